import 'fake-indexeddb/auto';
import { clear, createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { memoryStorage } from '@/testing/testStorage';
import { createDraft, type Draft } from './envelope';
import { bindPage, DraftSession, type ReadySnapshot, type SessionEnvironment } from './session';
import { conflictCopies, writeRescue } from './rescue';
import { DB_NAME, insertDraft, loadDraft, saveDraft, STORE_NAME, storageMode } from './storage';
import type { TabMessage } from './tabSync';

const raw = createStore(DB_NAME, STORE_NAME);
const copyName = (name: string) => `${name} (kopie uit ander tabblad)`;

/** One device: one IndexedDB (fake-indexeddb), one localStorage and one channel between its tabs. */
function device() {
  const local = memoryStorage();
  const tabs = new Set<(message: TabMessage) => void>();
  let ids = 0;
  const tab = (): SessionEnvironment => {
    let own: ((message: TabMessage) => void) | null = null;
    const post = (message: TabMessage) => {
      for (const listener of tabs) if (listener !== own) listener(message);
    };
    return {
      load: loadDraft,
      save: async (draft) => {
        const stored = await saveDraft(draft);
        post({ type: 'saved', uid: stored.uid, revision: stored.revision });
        return stored;
      },
      insert: insertDraft,
      mode: storageMode,
      local: () => local,
      listen: (listener) => {
        own = listener;
        tabs.add(listener);
        return () => tabs.delete(listener);
      },
      delayMs: 5,
      newId: () => `id-${(ids += 1)}`,
    };
  };
  return { local, tab };
}

async function opened(uid: string, env: SessionEnvironment): Promise<DraftSession> {
  const session = new DraftSession(uid, env);
  await session.open();
  return session;
}

const notes = (session: DraftSession) => session.current().steps.roles.notes;
const typeNotes = (session: DraftSession, text: string) =>
  session.updateStep('roles', { ...session.current().steps.roles, notes: text });
const ready = (session: DraftSession): ReadySnapshot => session.ready;

let draft: Draft;
beforeEach(async () => {
  await clear(raw);
  draft = await insertDraft(createDraft({ name: 'Twee tabbladen', organisation: '', locale: 'nl' }));
});

describe('DraftSession', () => {
  it('loads, notifies subscribers of each edit and saves it', async () => {
    const session = await opened(draft.uid, device().tab());
    let calls = 0;
    const unsubscribe = session.subscribe(() => (calls += 1));
    typeNotes(session, 'Eerste zin');
    expect(notes(session)).toBe('Eerste zin');
    expect(ready(session).saveState.kind).toBe('pending');
    await session.flush();
    expect(ready(session).saveState.kind).toBe('saved');
    expect((await loadDraft(draft.uid)).steps.roles.notes).toBe('Eerste zin');
    expect(calls).toBeGreaterThan(0);
    unsubscribe();
    session.close();
  });

  it('reports a missing draft as an error snapshot', async () => {
    const session = await opened('missing', device().tab());
    expect(session.getSnapshot()).toEqual({ phase: 'error', error: 'not-found' });
  });

  it('takes back an unsaved copy of the stored version and saves it', async () => {
    const { local, tab } = device();
    writeRescue(
      { ...draft, steps: { ...draft.steps, roles: { ...draft.steps.roles, notes: 'Bij het sluiten' } } },
      local,
    );
    const session = await opened(draft.uid, tab());
    expect(notes(session)).toBe('Bij het sluiten');
    await session.flush();
    expect((await loadDraft(draft.uid)).steps.roles.notes).toBe('Bij het sluiten');
    expect(local.items.size).toBe(0);
  });

  it('hiding the tab copies unsaved text synchronously; the save that holds it clears the copy', async () => {
    const { local, tab } = device();
    const session = await opened(draft.uid, tab());
    typeNotes(session, 'Net getypt');
    session.hide();
    expect(local.items.size).toBe(1);
    await session.flush();
    expect(local.items.size).toBe(0);
    expect(session.warnOnLeave).toBe(false);
  });

  it('stops at another tab’s save, warns before leaving, and keeps what it typed for the next open', async () => {
    const { local, tab } = device();
    const first = await opened(draft.uid, tab());
    const second = await opened(draft.uid, tab());
    typeNotes(first, 'Tekst uit tabblad 1');
    await first.flush();
    expect(ready(second).saveState).toEqual({ kind: 'error', error: 'conflict' });
    expect(second.warnOnLeave).toBe(false);
    typeNotes(second, 'Tekst uit tabblad 2');
    expect(second.warnOnLeave).toBe(true);
    second.hide();
    second.close();
    expect((await loadDraft(draft.uid)).steps.roles.notes).toBe('Tekst uit tabblad 1');

    const next = await opened(draft.uid, tab());
    expect(notes(next)).toBe('Tekst uit tabblad 1');
    expect(ready(next).offers.map((offer) => offer.draft.steps.roles.notes)).toEqual(['Tekst uit tabblad 2']);
    const copy = await next.keepOffer(copyName);
    expect(copy?.name).toBe('\u2068Twee tabbladen\u2069 (kopie uit ander tabblad)');
    expect(copy && (await loadDraft(copy.uid)).steps.roles.notes).toBe('Tekst uit tabblad 2');
    expect(ready(next).offers).toEqual([]);
    expect(conflictCopies(draft.uid, local)).toEqual([]);
  });

  it('discards an offered copy only when asked, and offers it again until then', async () => {
    const { tab } = device();
    const first = await opened(draft.uid, tab());
    const second = await opened(draft.uid, tab());
    typeNotes(first, 'Eerst');
    await first.flush();
    typeNotes(second, 'Later');
    second.hide();
    expect((await opened(draft.uid, tab())).ready.offers).toHaveLength(1);
    const again = await opened(draft.uid, tab());
    expect(again.ready.offers).toHaveLength(1);
    again.discardOffer();
    expect(again.ready.offers).toEqual([]);
    expect((await opened(draft.uid, tab())).ready.offers).toEqual([]);
  });

  it('after choosing the newest version or a copy, leaving neither warns nor keeps a conflict copy', async () => {
    const { local, tab } = device();
    const first = await opened(draft.uid, tab());
    const second = await opened(draft.uid, tab());
    typeNotes(first, 'Eerst');
    await first.flush();
    typeNotes(second, 'Later');
    second.hide();
    const copy = await second.keepCopy((name) => `${name} (mijn versie)`);
    expect(copy && (await loadDraft(copy.uid)).steps.roles.notes).toBe('Later');
    expect(second.warnOnLeave).toBe(false);
    second.hide();
    expect(conflictCopies(draft.uid, local)).toEqual([]);
  });

  it('binds to the page: hidden saves, and beforeunload is cancelled only while text would be lost', async () => {
    const { local, tab } = device();
    const first = await opened(draft.uid, tab());
    const second = await opened(draft.uid, tab());
    const page = new EventTarget() as unknown as Window;
    const doc = Object.assign(new EventTarget(), { visibilityState: 'hidden' });
    Object.assign(page, { document: doc });
    const unbind = bindPage(second, page);
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      page.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    typeNotes(first, 'Eerst');
    await first.flush();
    typeNotes(second, 'Later');
    expect(leave()).toBe(true);
    page.dispatchEvent(new Event('pagehide'));
    expect(conflictCopies(draft.uid, local)).toHaveLength(1);
    unbind();
    expect(leave()).toBe(false);
  });
});
