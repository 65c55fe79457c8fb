import { describe, expect, it } from 'vitest';
import { STEPS } from '@/lib/steps/registry';
import { typeset } from '@/lib/typography';
import fr from './fr.json';
import nl from './nl.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) out.set(inner, text);
  }
  return out;
}

const nlKeys = flatten(nl as Tree);
const frKeys = flatten(fr as Tree);

describe('UI messages', () => {
  it('have the same keys in Dutch and French', () => {
    expect([...frKeys.keys()].sort()).toEqual([...nlKeys.keys()].sort());
  });

  it('set French as French: the typography function finds nothing left to change', () => {
    const untypeset = [...frKeys].filter(([, text]) => typeset(text, 'fr') !== text).map(([key]) => key);
    expect(untypeset).toEqual([]);
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...nlKeys, ...frKeys]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?=[,}])/g)].map((match) => match[1]).sort();
    for (const [key, text] of nlKeys) expect(placeholders(frKeys.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('name every registry step in both languages, with the titles of the compass', () => {
    const titles = (keys: Map<string, string>) => STEPS.map((step) => keys.get(`${step.messages}.title`));
    expect(titles(nlKeys)).toEqual([
      'Waarom',
      'Huidige situatie',
      'Rollen en verantwoordelijkheden',
      'Gewenste situatie',
      'Middelen en terugverdieneffect',
      'Actie',
      'Meten en weten',
    ]);
    expect(titles(frKeys)).toEqual([
      'Pourquoi',
      'État des lieux',
      'Rôles et responsabilités',
      'Situation visée',
      'Moyens et retour sur investissement',
      'Plan d’action',
      'Mesurer et ajuster',
    ]);
  });
});
