import { describe, expect, it } from 'vitest';
import { isolate } from './bidi';

describe('isolate', () => {
  it('closes every direction control the user text opens before the app words that follow', () => {
    const name = 'Plan \u202eA';
    const label = `${isolate(name)} (uit bestand)`;
    expect(label).toBe('\u2068Plan \u202eA\u2069 (uit bestand)');
    // The isolate ends before the label, so the label's characters stay after it, unchanged.
    expect(label.slice(label.indexOf('\u2069') + 1)).toBe(' (uit bestand)');
  });
});
