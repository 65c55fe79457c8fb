import { describe, expect, it } from 'vitest';
import { emptyToNull, parseWholeNumber } from './fields';

describe('form input conversion', () => {
  it.each([
    ['250', 250],
    [' 420 ', 420],
    ['1.250', 1250],
    ['1 250', 1250],
    ['1\u202f250', 1250],
    ['', null],
    ['   ', null],
    ['veel', 'veel'],
    ['2,5', '2,5'],
    ['-3', '-3'],
  ])('reads %j as %j', (input, expected) => {
    expect(parseWholeNumber(input)).toBe(expected);
  });

  it('leaves non-text values alone', () => {
    expect(parseWholeNumber(12)).toBe(12);
    expect(parseWholeNumber(null)).toBeNull();
  });

  it('treats an empty choice as not answered', () => {
    expect(emptyToNull('')).toBeNull();
    expect(emptyToNull('ict')).toBe('ict');
  });
});
