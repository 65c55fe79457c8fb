import type { Draft } from './envelope';
import { storageErrorKind, type StorageErrorKind } from './storage';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; error: StorageErrorKind };

export interface AutosaverOptions {
  initial: Draft;
  /** Writes the draft and returns it as stored (revision and time updated). */
  persist: (draft: Draft) => Promise<Draft>;
  onChange: (draft: Draft, state: SaveState) => void;
  delayMs?: number;
}

/**
 * Debounced, serialised saving of one draft. Changes are applied to the
 * in-memory draft at once; a save runs `delayMs` after the last change, or
 * immediately on `flush()` (tab hidden or closed, leaving the step). Saves
 * never overlap, and a failed save keeps the changes for the next attempt.
 * A conflict (another tab saved) stops autosaving: nothing is overwritten.
 */
export class Autosaver {
  private draft: Draft;
  private state: SaveState = { kind: 'idle' };
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inflight: Promise<void> | null = null;
  private readonly delayMs: number;
  private halted: 'conflict' | 'not-found' | null = null;

  constructor(private readonly options: AutosaverOptions) {
    this.draft = options.initial;
    this.delayMs = options.delayMs ?? 600;
  }

  get current(): Draft {
    return this.draft;
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.inflight !== null;
  }

  update(change: (draft: Draft) => Draft): void {
    const next = change(this.draft);
    if (next === this.draft) return;
    this.draft = next;
    this.dirty = true;
    if (this.stopped) {
      this.emit();
      return;
    }
    this.setState({ kind: 'pending' });
    this.schedule();
  }

  /** Save now if anything is unsaved; resolves when the draft is stored (or failed). */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.inflight) await this.inflight;
    if (this.dirty) await this.run();
  }

  /**
   * Another tab saved this draft or deleted it: stop saving at once, so
   * nothing is overwritten. The changes stay in memory (`current`).
   */
  stop(error: 'conflict' | 'not-found'): void {
    this.clearTimer();
    this.halted = error;
    this.setState({ kind: 'error', error });
  }

  private get stopped(): boolean {
    return this.halted !== null || (this.state.kind === 'error' && this.state.error === 'conflict');
  }

  dispose(): void {
    this.clearTimer();
  }

  private schedule(): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.delayMs);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private run(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.dirty = false;
    const snapshot = this.draft;
    this.setState({ kind: 'saving' });
    const attempt = this.options
      .persist(snapshot)
      .then((stored) => {
        // Keep edits made while saving; take over the stored revision and time.
        this.draft = { ...this.draft, revision: stored.revision, updatedAt: stored.updatedAt };
        if (this.halted) return this.setState({ kind: 'error', error: this.halted });
        this.setState(this.dirty ? { kind: 'pending' } : { kind: 'saved', at: stored.updatedAt });
        if (this.dirty) this.schedule();
      })
      .catch((error: unknown) => {
        this.dirty = true;
        this.setState({ kind: 'error', error: storageErrorKind(error) });
      })
      .finally(() => {
        this.inflight = null;
      });
    this.inflight = attempt;
    return attempt;
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.emit();
  }

  private emit(): void {
    this.options.onChange(this.draft, this.state);
  }
}
