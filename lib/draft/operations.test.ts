import { describe, expect, it } from 'vitest';
import { nameAround } from './operations';

const format = (name: string) => `${name} (kopie uit ander tabblad)`;

describe('nameAround', () => {
  it('puts the app’s words around the isolated name', () => {
    expect(nameAround(format, 'Plan 2027')).toBe('\u2068Plan 2027\u2069 (kopie uit ander tabblad)');
  });

  it('shortens only the user’s part, never splitting a character', () => {
    const name = nameAround(format, '😀'.repeat(100), 40);
    expect(name.length).toBeLessThanOrEqual(40);
    expect(name.endsWith('\u2069 (kopie uit ander tabblad)')).toBe(true);
    expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
