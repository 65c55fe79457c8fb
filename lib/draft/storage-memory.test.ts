// No fake-indexeddb here: this file runs as a browser without usable IndexedDB.
import { describe, expect, it } from 'vitest';
import { createDraft } from './envelope';
import { deleteAllDrafts, insertDraft, listDrafts, loadDraft, saveDraft, storageMode } from './storage';

describe('draft storage when IndexedDB is unavailable', () => {
  it('keeps drafts in memory for this tab, with the same rules', async () => {
    expect(await storageMode()).toBe('memory');
    const draft = await insertDraft(createDraft({ name: 'Privévenster', organisation: '', locale: 'nl' }));
    await expect(insertDraft(draft)).rejects.toMatchObject({ kind: 'conflict' });
    const saved = await saveDraft({ ...draft, name: 'Bewaard' });
    expect((await loadDraft(draft.uid)).name).toBe('Bewaard');
    await expect(saveDraft({ ...draft, name: 'Oud' })).rejects.toMatchObject({ kind: 'conflict' });
    // What is stored is a copy: changing the returned object changes nothing stored.
    saved.name = 'changed outside';
    expect((await loadDraft(draft.uid)).name).toBe('Bewaard');
    await deleteAllDrafts();
    expect(await listDrafts()).toEqual({ drafts: [], damaged: [] });
  });
});
