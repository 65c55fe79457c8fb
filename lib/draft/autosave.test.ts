import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type SaveState } from './autosave';
import { createDraft, type Draft } from './envelope';
import { StorageError } from './storage';

const initial = createDraft({ name: 'A', organisation: '', locale: 'nl' });

function setup(persist: (draft: Draft) => Promise<Draft>) {
  const states: SaveState[] = [];
  const saver = new Autosaver({
    initial,
    persist,
    delayMs: 500,
    onChange: (_draft, state) => states.push(state),
  });
  return { saver, states };
}

const stored = (draft: Draft): Draft => ({
  ...draft,
  revision: draft.revision + 1,
  updatedAt: '2026-11-23T14:32:00.000Z',
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Autosaver', () => {
  it('debounces typing into one save after the pause', async () => {
    const persist = vi.fn(async (draft: Draft) => stored(draft));
    const { saver, states } = setup(persist);
    saver.update((draft) => ({ ...draft, name: 'AB' }));
    await vi.advanceTimersByTimeAsync(300);
    saver.update((draft) => ({ ...draft, name: 'ABC' }));
    await vi.advanceTimersByTimeAsync(300);
    expect(persist).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(persist).toHaveBeenCalledTimes(1);
    expect(persist.mock.calls[0]?.[0].name).toBe('ABC');
    expect(states.at(-1)).toEqual({ kind: 'saved', at: '2026-11-23T14:32:00.000Z' });
    expect(saver.current.revision).toBe(1);
  });

  it('saves at once on flush (tab hidden or closed)', async () => {
    const persist = vi.fn(async (draft: Draft) => stored(draft));
    const { saver } = setup(persist);
    saver.update((draft) => ({ ...draft, name: 'Now' }));
    await saver.flush();
    expect(persist).toHaveBeenCalledTimes(1);
    expect(saver.hasUnsavedChanges).toBe(false);
  });

  it('keeps edits made while a save is in flight and saves them next', async () => {
    let release: (() => void) | undefined;
    const persist = vi.fn(
      (draft: Draft) =>
        new Promise<Draft>((resolve) => {
          release = () => resolve(stored(draft));
        }),
    );
    const { saver } = setup(persist);
    saver.update((draft) => ({ ...draft, name: 'First' }));
    const first = saver.flush();
    saver.update((draft) => ({ ...draft, name: 'Second' }));
    release?.();
    await first;
    expect(saver.current).toMatchObject({ name: 'Second', revision: 1 });
    const second = saver.flush();
    release?.();
    await second;
    expect(persist).toHaveBeenCalledTimes(2);
    expect(persist.mock.calls[1]?.[0]).toMatchObject({ name: 'Second', revision: 1 });
  });

  it('reports a failed save and keeps the changes for the next attempt', async () => {
    const persist = vi
      .fn<(draft: Draft) => Promise<Draft>>()
      .mockRejectedValueOnce(new StorageError('quota'))
      .mockImplementation(async (draft) => stored(draft));
    const { saver, states } = setup(persist);
    saver.update((draft) => ({ ...draft, name: 'Big' }));
    await saver.flush();
    expect(states.at(-1)).toEqual({ kind: 'error', error: 'quota' });
    expect(saver.hasUnsavedChanges).toBe(true);
    await saver.flush();
    expect(persist).toHaveBeenCalledTimes(2);
    expect(states.at(-1)?.kind).toBe('saved');
  });

  it('stops saving after a conflict, so another tab’s work is never overwritten', async () => {
    const persist = vi.fn<(draft: Draft) => Promise<Draft>>().mockRejectedValue(new StorageError('conflict'));
    const { saver, states } = setup(persist);
    saver.update((draft) => ({ ...draft, name: 'Mine' }));
    await saver.flush();
    saver.update((draft) => ({ ...draft, name: 'Mine again' }));
    await vi.advanceTimersByTimeAsync(2000);
    await saver.flush();
    expect(persist).toHaveBeenCalledTimes(1);
    expect(states.at(-1)).toEqual({ kind: 'error', error: 'conflict' });
  });
});

describe('Autosaver.stop (another tab saved or deleted the draft)', () => {
  it('stops saving at once and keeps the changes in memory', async () => {
    vi.useFakeTimers();
    const initial = createDraft({ name: 'A', organisation: '', locale: 'nl' });
    const persist = vi.fn(async (draft: Draft) => ({ ...draft, revision: draft.revision + 1 }));
    const states: SaveState[] = [];
    const saver = new Autosaver({ initial, persist, onChange: (_draft, state) => states.push(state), delayMs: 100 });
    saver.update((draft) => ({ ...draft, name: 'B' }));
    saver.stop('conflict');
    await vi.advanceTimersByTimeAsync(500);
    saver.update((draft) => ({ ...draft, name: 'C' }));
    await saver.flush();
    expect(persist).not.toHaveBeenCalled();
    expect(saver.current.name).toBe('C');
    expect(states.at(-1)).toEqual({ kind: 'error', error: 'conflict' });
    vi.useRealTimers();
  });

  it('a save already under way does not hide the stop', async () => {
    const initial = createDraft({ name: 'A', organisation: '', locale: 'nl' });
    let finish: (draft: Draft) => void = () => undefined;
    const persist = vi.fn((draft: Draft) => new Promise<Draft>((resolve) => (finish = () => resolve(draft))));
    const states: SaveState[] = [];
    const saver = new Autosaver({ initial, persist, onChange: (_draft, state) => states.push(state) });
    saver.update((draft) => ({ ...draft, name: 'B' }));
    const flushing = saver.flush();
    saver.stop('not-found');
    finish(initial);
    await flushing;
    expect(states.at(-1)).toEqual({ kind: 'error', error: 'not-found' });
  });
});
