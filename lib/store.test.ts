import { describe, expect, it } from 'vitest';
import { createStore } from './store';

describe('createStore', () => {
  it('holds the latest value and tells subscribers when it changes', () => {
    const store = createStore({ count: 1 });
    const seen: number[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.get().count));
    store.set({ count: 2 });
    store.set({ count: 3 });
    unsubscribe();
    store.set({ count: 4 });
    expect(seen).toEqual([2, 3]);
    expect(store.get().count).toBe(4);
  });

  it('does not notify when the same value is set again', () => {
    const value = { count: 1 };
    const store = createStore(value);
    let calls = 0;
    store.subscribe(() => (calls += 1));
    store.set(value);
    expect(calls).toBe(0);
  });

  it('lets a listener unsubscribe while being notified', () => {
    const store = createStore(0);
    const calls: string[] = [];
    const unsubscribeFirst = store.subscribe(() => {
      calls.push('first');
      unsubscribeFirst();
    });
    store.subscribe(() => calls.push('second'));
    store.set(1);
    store.set(2);
    expect(calls).toEqual(['first', 'second', 'second']);
  });
});
