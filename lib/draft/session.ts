import { withoutReferencesTo } from '@/lib/links';
import type { StepId } from '@/lib/steps/registry';
import { timed, timedAsync } from '@/lib/timing';
import { Autosaver, type SaveState } from './autosave';
import type { Draft } from './envelope';
import { localStore, type SyncStorage } from './localData';
import { duplicated, nameAround } from './operations';
import {
  clearRescue,
  conflictCopies,
  conflictKey,
  dropConflictCopy,
  takeRescue,
  writeConflictCopy,
  writeRescue,
  type ConflictCopy,
} from './rescue';
import {
  insertDraft,
  loadDraft,
  saveDraft,
  storageErrorKind,
  storageMode,
  type StorageErrorKind,
  type StorageMode,
} from './storage';
import { onTabMessage, tabMessageEffect, type TabMessage } from './tabSync';
import { withStepValues } from './update';

/** What a session needs from the browser; tests give fakes. */
export interface SessionEnvironment {
  load: (uid: string) => Promise<Draft>;
  save: (draft: Draft) => Promise<Draft>;
  insert: (draft: Draft) => Promise<Draft>;
  mode: () => Promise<StorageMode>;
  local: () => SyncStorage | null;
  /** Messages from the other tabs (lib/draft/tabSync.ts); returns the unsubscribe function. */
  listen: (listener: (message: TabMessage) => void) => () => void;
  delayMs?: number;
  now?: () => Date;
  newId?: () => string;
}

export const browserEnvironment: SessionEnvironment = {
  load: loadDraft,
  save: (draft) => timedAsync('write', () => saveDraft(draft)),
  insert: insertDraft,
  mode: storageMode,
  local: localStore,
  listen: onTabMessage,
};

export type SessionSnapshot =
  | { phase: 'loading' }
  | { phase: 'error'; error: StorageErrorKind }
  | {
      phase: 'ready';
      draft: Draft;
      saveState: SaveState;
      /** `memory`: storage is blocked and the draft lives only in this tab. */
      mode: StorageMode;
      /** Text from a tab that had stopped saving (rescue.ts): offered to keep as a copy or discard. */
      offers: readonly ConflictCopy[];
    };
export type ReadySnapshot = Extract<SessionSnapshot, { phase: 'ready' }>;

/** Another tab saved (`conflict`) or deleted (`not-found`) the draft: this tab stopped saving. */
export function haltOf(saveState: SaveState): 'conflict' | 'not-found' | null {
  if (saveState.kind !== 'error') return null;
  return saveState.error === 'conflict' || saveState.error === 'not-found' ? saveState.error : null;
}

/**
 * One open draft in one tab, without React: loading, autosave (`Autosaver`),
 * the other tabs' messages, the rescue copies of a closing tab and the
 * conflict copies (rescue.ts), and what leaving the page should do. The UI
 * subscribes (`subscribe` / `getSnapshot`, for useSyncExternalStore) and calls
 * the actions; `bindPage` wires the page's events.
 */
export class DraftSession {
  private snapshot: SessionSnapshot = { phase: 'loading' };
  private saver: Autosaver | null = null;
  private readonly listeners = new Set<() => void>();
  private unlisten: (() => void) | null = null;
  /** Bumped by each open and close: a load that finishes after a close (or a newer open) is dropped. */
  private generation = 0;
  /** Counts edits, so a rescue copy is cleared only by a save that holds it. */
  private edits = 0;
  private rescued: { text: string; edits: number } | null = null;
  /** The user chose the newest version or kept a copy: this tab's text may go. */
  private resolved = false;
  private readonly tabId: string;

  constructor(
    readonly uid: string,
    private readonly env: SessionEnvironment = browserEnvironment,
  ) {
    this.tabId = (env.newId ?? (() => crypto.randomUUID()))();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getSnapshot = (): SessionSnapshot => this.snapshot;

  /** The ready snapshot; throws before the draft is loaded (the UI shows the draft only once it is). */
  get ready(): ReadySnapshot {
    if (this.snapshot.phase !== 'ready') throw new Error('Draft session not ready');
    return this.snapshot;
  }

  /** The draft as it is now (edits included, saved or not). */
  current = (): Draft => this.ready.draft;

  /** Loads the draft; a session closed can be opened again (React runs effects twice in development). */
  async open(): Promise<void> {
    const generation = (this.generation += 1);
    try {
      const [draft, mode] = await Promise.all([this.env.load(this.uid), this.env.mode()]);
      if (generation !== this.generation) return;
      const saver = new Autosaver({
        initial: draft,
        persist: (next) => this.persist(next),
        onChange: (current, saveState) => this.patch({ draft: current, saveState }),
        delayMs: this.env.delayMs,
      });
      this.saver = saver;
      // Changes typed just before the tab was closed last time: restore and save them.
      const rescued = takeRescue(draft, this.env.local(), this.newId());
      this.set({
        phase: 'ready',
        draft,
        saveState: { kind: 'idle' },
        mode,
        offers: conflictCopies(this.uid, this.local),
      });
      if (rescued) this.change(() => rescued);
      // Another tab saved or deleted this draft: stop autosaving at once (the
      // revision check in saveDraft is the safety net when a message is missed).
      this.unlisten = this.env.listen((message) => {
        const effect = tabMessageEffect(message, this.uid, saver.current.revision);
        if (effect) saver.stop(effect === 'gone' ? 'not-found' : 'conflict');
      });
    } catch (error) {
      if (generation === this.generation) this.set({ phase: 'error', error: storageErrorKind(error) });
    }
  }

  /** Record what a step's form holds now; saved shortly after (debounced). */
  updateStep = (id: StepId, values: unknown): void => {
    this.change((draft) => timed('sanitize', () => withStepValues(draft, id, values)));
  };

  /** Apply a pure edit to the whole draft (the follow-up's, lib/followUp/operations.ts); saved shortly after. */
  edit = (change: (draft: Draft) => Draft): void => {
    this.change(change);
  };

  /**
   * Remove references to deleted entities (lib/links.ts) from every step
   * except `formStep`, whose open form removes its own.
   */
  unlink = (targets: readonly string[], formStep: StepId): void => {
    this.change((draft) => {
      const cleaned = withoutReferencesTo(draft.steps, targets);
      return cleaned === draft.steps ? draft : { ...draft, steps: { ...cleaned, [formStep]: draft.steps[formStep] } };
    });
  };

  /** Save pending changes now. */
  flush = async (): Promise<void> => {
    await this.saver?.flush();
  };

  /**
   * The tab is hidden or closing: save now. The browser may abort an
   * IndexedDB write while the page unloads, so what is not stored yet is also
   * copied synchronously (rescue.ts): as an unsaved copy, or, when this tab
   * stopped saving because another tab saved, as a conflict copy that the
   * next open offers.
   */
  hide = (): void => {
    const saver = this.saver;
    if (!saver) return;
    if (saver.hasUnsavedChanges) timed('rescue', () => this.rescue(saver));
    void saver.flush();
  };

  /** Leaving the page would lose text: storage is blocked, or this tab stopped saving and holds unsaved text. */
  get warnOnLeave(): boolean {
    if (this.snapshot.phase !== 'ready' || !this.saver) return false;
    if (this.snapshot.mode === 'memory') return true;
    return haltOf(this.snapshot.saveState) !== null && this.saver.hasUnsavedChanges && !this.resolved;
  }

  /** The user loads the newest version: what this tab typed since the other change goes, as the notice says. */
  discardChanges = (): void => {
    this.resolve();
  };

  /** Keeps what is on screen as a new draft (after a conflict); returns it, or null when it could not be stored. */
  keepCopy = async (format: (isolatedName: string) => string): Promise<Draft | null> => {
    const copy = await this.insertCopy(this.current(), format);
    if (copy) this.resolve();
    return copy;
  };

  /** Keeps the first offered conflict copy as a new draft; null when it could not be stored. */
  keepOffer = async (format: (isolatedName: string) => string): Promise<Draft | null> => {
    const offer = this.ready.offers[0];
    if (!offer) return null;
    const copy = await this.insertCopy(offer.draft, format);
    if (copy) this.dropOffer(offer);
    return copy;
  };

  /** Discards the first offered conflict copy (the user chose to). */
  discardOffer = (): void => {
    const offer = this.ready.offers[0];
    if (offer) this.dropOffer(offer);
  };

  /** The draft is closed (another draft opened, the page left): save what is pending, stop listening. */
  close(): void {
    this.generation += 1;
    this.unlisten?.();
    this.unlisten = null;
    if (this.saver) {
      void this.saver.flush();
      this.saver.dispose();
    }
  }

  private get local(): SyncStorage | null {
    return this.env.local();
  }

  private newId(): string {
    return (this.env.newId ?? (() => crypto.randomUUID()))();
  }

  private change(edit: (draft: Draft) => Draft): void {
    this.edits += 1;
    this.saver?.update(edit);
  }

  private async persist(draft: Draft): Promise<Draft> {
    const upTo = this.edits;
    const stored = await this.env.save(draft);
    // This save holds what the unsaved copy held: the copy is not needed any more.
    if (this.rescued && this.rescued.edits <= upTo) {
      clearRescue(this.uid, this.rescued.text, this.local);
      this.rescued = null;
    }
    return stored;
  }

  private rescue(saver: Autosaver): void {
    const halt = this.snapshot.phase === 'ready' ? haltOf(this.snapshot.saveState) : null;
    if (halt === null) {
      const text = writeRescue(saver.current, this.local);
      this.rescued = text === null ? null : { text, edits: this.edits };
    } else if (halt === 'conflict' && !this.resolved) {
      if (this.rescued) clearRescue(this.uid, this.rescued.text, this.local);
      this.rescued = null;
      writeConflictCopy(saver.current, this.tabId, this.local);
    }
  }

  private resolve(): void {
    this.resolved = true;
    dropConflictCopy(conflictKey(this.uid, this.tabId), this.local);
  }

  private async insertCopy(draft: Draft, format: (isolatedName: string) => string): Promise<Draft | null> {
    try {
      const copy = duplicated(draft, nameAround(format, draft.name), (this.env.now ?? (() => new Date()))());
      return await this.env.insert(copy);
    } catch {
      return null;
    }
  }

  private dropOffer(offer: ConflictCopy): void {
    dropConflictCopy(offer.key, this.local);
    this.patch({ offers: this.ready.offers.filter((one) => one.key !== offer.key) });
  }

  private patch(change: Partial<Omit<ReadySnapshot, 'phase'>>): void {
    this.set({ ...this.ready, ...change });
  }

  private set(snapshot: SessionSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of [...this.listeners]) listener();
  }
}

/** Wires a session to the page: save and rescue when the tab is hidden or closed, warn before losing text. */
export function bindPage(session: DraftSession, page: Window = window): () => void {
  const onVisibility = () => {
    if (page.document.visibilityState === 'hidden') session.hide();
  };
  const onPageHide = () => session.hide();
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (session.warnOnLeave) event.preventDefault();
  };
  page.document.addEventListener('visibilitychange', onVisibility);
  page.addEventListener('pagehide', onPageHide);
  page.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    page.document.removeEventListener('visibilitychange', onVisibility);
    page.removeEventListener('pagehide', onPageHide);
    page.removeEventListener('beforeunload', onBeforeUnload);
  };
}
