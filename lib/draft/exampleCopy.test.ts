import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '@/content/examples';
import { exampleCopy } from './exampleCopy';
import { insertDraft, listDrafts, saveDraft } from './storage';

const now = new Date('2026-11-20T10:00:00.000Z');

describe.each(['nl', 'fr'] as const)('a copy of the %s example', (locale) => {
  it('is a valid draft of its own: new uid, a name saying it is an example copy, a fresh history', () => {
    const example = EXAMPLES[locale](now);
    const copy = exampleCopy(example, `Voorbeeld – ${example.name}`, now, `copy-${locale}`);
    expect(copy.ok).toBe(true);
    if (!copy.ok) return;
    expect(copy.draft.uid).toBe(`copy-${locale}`);
    expect(copy.draft.name).toBe(`Voorbeeld – ${example.name}`);
    expect([copy.draft.revision, copy.draft.createdAt, copy.draft.updatedAt]).toEqual([
      0,
      now.toISOString(),
      now.toISOString(),
    ]);
    expect(copy.draft.steps).toEqual(example.steps);
    expect(copy.draft.locale).toBe(locale);
  });

  it('never overwrites: two copies are two drafts, and changing one leaves the other', async () => {
    const first = exampleCopy(EXAMPLES[locale](now), 'Voorbeeld (kopie)', now, `a-${locale}`);
    const second = exampleCopy(EXAMPLES[locale](now), 'Voorbeeld (kopie)', now, `b-${locale}`);
    if (!first.ok || !second.ok) throw new Error('an example did not parse');
    await insertDraft(first.draft);
    await insertDraft(second.draft);
    await expect(insertDraft(first.draft)).rejects.toMatchObject({ kind: 'conflict' });
    await saveDraft({ ...first.draft, name: 'Mijn versie' });
    const names = (await listDrafts()).drafts.filter((d) => d.uid.endsWith(locale)).map((d) => [d.uid, d.name]);
    expect(names.sort()).toEqual([
      [`a-${locale}`, 'Mijn versie'],
      [`b-${locale}`, 'Voorbeeld (kopie)'],
    ]);
  });

  it('refuses a name the draft format does not allow instead of storing it', () => {
    expect(exampleCopy(EXAMPLES[locale](now), '   ', now).ok).toBe(false);
  });
});
