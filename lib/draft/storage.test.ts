import 'fake-indexeddb/auto';
import { set, createStore, clear } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDraft } from './envelope';
import {
  DB_NAME,
  deleteAllDrafts,
  deleteDraft,
  insertDraft,
  listDrafts,
  loadDraft,
  saveDraft,
  STORE_NAME,
} from './storage';
import { withStepData } from './update';

const raw = createStore(DB_NAME, STORE_NAME);

beforeEach(async () => {
  await clear(raw);
});

const draft = (name: string, at = '2026-11-20T10:00:00.000Z') =>
  createDraft({ name, organisation: 'Org', locale: 'nl' }, new Date(at));

describe('draft storage (IndexedDB)', () => {
  it('stores and loads a draft unchanged', async () => {
    const original = withStepData(draft('A'), 'why', {
      ...draft('A').steps.why,
      mission: 'Wij zorgen voor é, ç, œ en “aanhalingstekens”',
    });
    await insertDraft(original);
    expect(await loadDraft(original.uid)).toEqual(original);
  });

  it('bumps the revision and time on every save', async () => {
    const original = await insertDraft(draft('A'));
    const saved = await saveDraft({ ...original, name: 'B' }, new Date('2026-11-23T14:32:00.000Z'));
    expect(saved.revision).toBe(1);
    expect(saved.updatedAt).toBe('2026-11-23T14:32:00.000Z');
    expect(await loadDraft(original.uid)).toEqual(saved);
  });

  it('refuses a save based on an older revision (another tab saved first)', async () => {
    const original = await insertDraft(draft('A'));
    await saveDraft({ ...original, name: 'Tab 1' });
    await expect(saveDraft({ ...original, name: 'Tab 2' })).rejects.toMatchObject({ kind: 'conflict' });
    expect((await loadDraft(original.uid)).name).toBe('Tab 1');
  });

  it('never overwrites an existing draft on insert', async () => {
    const original = await insertDraft(draft('A'));
    await expect(insertDraft({ ...original, name: 'Other' })).rejects.toMatchObject({ kind: 'conflict' });
    expect((await loadDraft(original.uid)).name).toBe('A');
  });

  it('lists newest first and sets a damaged record apart without hiding the others', async () => {
    await insertDraft(draft('Old', '2026-01-01T00:00:00.000Z'));
    await insertDraft(draft('New', '2026-06-01T00:00:00.000Z'));
    await set('broken', { schemaVersion: 1, name: 42 }, raw);
    const { drafts, damaged } = await listDrafts();
    expect(drafts.map((item) => item.name)).toEqual(['New', 'Old']);
    expect(damaged).toEqual([{ key: 'broken', raw: { schemaVersion: 1, name: 42 }, reason: 'invalid' }]);
    await expect(loadDraft('broken')).rejects.toMatchObject({ kind: 'damaged' });
  });

  it('deletes, and reports a missing draft as not found', async () => {
    const original = await insertDraft(draft('A'));
    await deleteDraft(original.uid);
    await expect(loadDraft(original.uid)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(saveDraft(original)).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('storage faults', () => {
  it('reports a full disk as `quota` and keeps the last good version', async () => {
    const original = await insertDraft(draft('A'));
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await expect(saveDraft({ ...original, name: 'B' })).rejects.toMatchObject({ kind: 'quota' });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(await loadDraft(original.uid)).toEqual(original);
  });

  it('deletes every draft, damaged records included', async () => {
    await insertDraft(draft('A'));
    await set('broken', { schemaVersion: 1, name: 42 }, raw);
    await deleteAllDrafts();
    expect(await listDrafts()).toEqual({ drafts: [], damaged: [] });
  });
});
