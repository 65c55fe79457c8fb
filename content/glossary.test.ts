import { describe, expect, it } from 'vitest';
import type { Locale } from '@/i18n/routing';
import fr from '@/messages/fr.json';
import nl from '@/messages/nl.json';
import { typeset } from '@/lib/typography';
import { EXAMPLES } from './examples';
import { GLOSSARY } from './glossary';

type Found = { language: Locale; where: string; text: string };

/**
 * Every string below `value`, with its language: a key `nl` or `fr` sets it;
 * strings outside any such key belong to `language` (null: to both).
 */
function collect(value: unknown, where: string, language: Locale | null, out: Found[]): Found[] {
  if (typeof value === 'string') {
    for (const each of language ? [language] : (['nl', 'fr'] as const))
      out.push({ language: each, where, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => collect(item, `${where}[${index}]`, language, out));
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const next = key === 'nl' || key === 'fr' ? key : language;
      collect(inner, `${where}.${key}`, next, out);
    }
  }
  return out;
}

// Every module of content/ except the tests and the glossary itself (it lists the wrong variants).
const modules = import.meta.glob<Record<string, unknown>>(['./**/*.ts', '!./**/*.test.ts', '!./glossary.ts'], {
  eager: true,
});

function allTexts(): Found[] {
  const out: Found[] = [];
  collect(nl, 'messages/nl.json', 'nl', out);
  collect(fr, 'messages/fr.json', 'fr', out);
  for (const [path, exports] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value !== 'function') collect(value, `content/${path.slice(2)}:${name}`, null, out);
    }
  }
  // The worked examples are functions: their drafts are written in one language each.
  for (const language of ['nl', 'fr'] as const) collect(EXAMPLES[language](), `example ${language}`, language, out);
  return out;
}

describe('glossary', () => {
  const texts = allTexts();

  it('reads every message and every content module, in both languages', () => {
    expect(texts.some((found) => found.where.startsWith('messages/nl.json'))).toBe(true);
    expect(texts.some((found) => found.where.startsWith('content/steps/why.ts'))).toBe(true);
    expect(texts.some((found) => found.where.startsWith('content/reference/roles.ts'))).toBe(true);
    expect(texts.some((found) => found.where === 'example fr.organisation')).toBe(true);
  });

  it('gives each concept a term and a source in both languages', () => {
    const concepts = GLOSSARY.map((entry) => entry.concept);
    expect(new Set(concepts).size).toBe(concepts.length);
    for (const entry of GLOSSARY) {
      for (const language of ['nl', 'fr'] as const) {
        expect(entry.term[language].trim(), entry.concept).not.toBe('');
        expect(entry.source[language].trim(), entry.concept).not.toBe('');
      }
    }
  });

  it('catches a listed variant when it appears', () => {
    const planted: Found[] = [
      { language: 'nl', where: 'test', text: 'Vraag het aan de arbeidsgeneesheer.' },
      { language: 'fr', where: 'test', text: 'Un marché-cadre existe.' },
    ];
    expect(wrongVariants(planted).map((hit) => hit.concept)).toEqual(['occupational-physician', 'framework-agreement']);
  });

  it('sets the French content as French when it is shown (typesetFrench in each module)', () => {
    const french = texts.filter((found) => found.language === 'fr' && found.where.startsWith('content/'));
    expect(french.length).toBeGreaterThan(500);
    expect(french.filter((found) => typeset(found.text, 'fr') !== found.text).map((found) => found.where)).toEqual([]);
  });

  it('finds no wrong variant in messages/ or content/', () => {
    expect(wrongVariants(texts)).toEqual([]);
  });
});

function wrongVariants(texts: readonly Found[]) {
  const hits: { concept: string; language: Locale; where: string; match: string }[] = [];
  for (const entry of GLOSSARY) {
    for (const language of ['nl', 'fr'] as const) {
      for (const pattern of entry.avoid[language] ?? []) {
        for (const found of texts) {
          if (found.language !== language) continue;
          const match = pattern.exec(found.text);
          if (match) hits.push({ concept: entry.concept, language, where: found.where, match: match[0] });
        }
      }
    }
  }
  return hits;
}
