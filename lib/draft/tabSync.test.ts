import { describe, expect, it } from 'vitest';
import { tabMessageEffect } from './tabSync';

describe('what a tab does with another tab’s message', () => {
  it('stops on a newer save of the same draft only', () => {
    expect(tabMessageEffect({ type: 'saved', uid: 'a', revision: 5 }, 'a', 4)).toBe('conflict');
    expect(tabMessageEffect({ type: 'saved', uid: 'a', revision: 4 }, 'a', 4)).toBeNull();
    expect(tabMessageEffect({ type: 'saved', uid: 'b', revision: 9 }, 'a', 4)).toBeNull();
  });

  it('stops when the draft or all data is deleted', () => {
    expect(tabMessageEffect({ type: 'deleted', uid: 'a' }, 'a', 4)).toBe('gone');
    expect(tabMessageEffect({ type: 'deleted', uid: 'b' }, 'a', 4)).toBeNull();
    expect(tabMessageEffect({ type: 'cleared' }, 'a', 4)).toBe('gone');
    expect(tabMessageEffect({ type: 'changed' }, 'a', 4)).toBeNull();
  });
});
