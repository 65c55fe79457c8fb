import { describe, expect, it } from 'vitest';
import fr from '@/messages/fr.json';
import nl from '@/messages/nl.json';
import { STEP_IDS } from '@/lib/steps/registry';
import { WORKSHEETS, type WorksheetText } from './worksheets';

const lookup = (messages: unknown, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      messages,
    );

function textsOf(step: (typeof STEP_IDS)[number]): WorksheetText[] {
  return WORKSHEETS[step].flatMap((item) => {
    switch (item.kind) {
      case 'fields':
        return item.fields;
      case 'question':
        return [item.label, ...(item.hint ? [item.hint] : [])];
      case 'table':
        return [item.title, ...item.columns, ...(item.hint ? [item.hint] : [])];
      case 'tool':
        return [];
    }
  });
}

describe('worksheets', () => {
  it('has a sheet for every step of the registry, each with questions or a tool', () => {
    expect(Object.keys(WORKSHEETS).sort()).toEqual([...STEP_IDS].sort());
    for (const step of STEP_IDS) expect(WORKSHEETS[step].length).toBeGreaterThan(0);
  });

  it.each(STEP_IDS)(
    'asks step %s’s questions with texts that exist in Dutch and French, placeholders filled',
    (step) => {
      for (const { key, values } of textsOf(step)) {
        for (const messages of [nl, fr]) {
          const message = lookup(messages, key);
          expect(typeof message, key).toBe('string');
          const placeholders = [...String(message).matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
          expect(
            placeholders.filter((name) => !(name && values && name in values)),
            key,
          ).toEqual([]);
        }
      }
    },
  );
});
