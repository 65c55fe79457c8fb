import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { PRESENTATION_KEY } from '@/lib/presentation';
import { BACKUP_LOG_KEY } from './backupLog';
import { createDraft } from './envelope';
import { deleteAllDrafts, insertDraft, listDrafts } from './storage';
import { memoryStorage } from '@/testing/testStorage';
import { wipeDevice } from './wipe';

const local = () =>
  memoryStorage({
    [BACKUP_LOG_KEY]: '{}',
    'welzijnskompas:unsaved:a': '{}',
    [PRESENTATION_KEY]: 'on',
    'other-app': 'keep',
  });

beforeEach(async () => {
  await deleteAllDrafts();
  await insertDraft(createDraft({ name: 'Groep 1 – duo A', organisation: '', locale: 'nl' }));
  await insertDraft(createDraft({ name: 'Groupe 1 – duo B', organisation: '', locale: 'fr' }));
});

describe('wiping the device', () => {
  it('“delete all my data” removes every draft and every local key of the app', async () => {
    const storage = local();
    expect(await wipeDevice({}, storage)).toEqual({ local: true });
    expect(await listDrafts()).toEqual({ drafts: [], damaged: [] });
    expect([...storage.items.keys()]).toEqual(['other-app']);
  });

  it('the trainer’s reset removes the same but keeps the room’s presentation setting', async () => {
    const storage = local();
    expect(await wipeDevice({ keepPresentation: true }, storage)).toEqual({ local: true });
    expect(await listDrafts()).toEqual({ drafts: [], damaged: [] });
    expect([...storage.items.keys()].sort()).toEqual(['other-app', PRESENTATION_KEY].sort());
  });

  it('says so when local storage could not be cleared', async () => {
    const broken = {
      ...local(),
      key: () => {
        throw new Error('blocked');
      },
    };
    expect(await wipeDevice({}, broken)).toEqual({ local: false });
  });
});
