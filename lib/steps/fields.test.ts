import { describe, expect, it } from 'vitest';
import { choiceOr, emptyToNull, fieldMeta, parseDecimal, parseWholeNumber } from './fields';

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

describe('decimal input', () => {
  it.each([
    ['6,8', 6.8],
    ['6.8', 6.8],
    [' 0,5 ', 0.5],
    ['12.500', 12500],
    ['12 500', 12500],
    ['12\u202f500', 12500],
    ['1.250,50', 1250.5],
    ['1,250.50', 1250.5],
    ['1.250.000', 1250000],
    ['€ 2.000', 2000],
    ['25%', 25],
    ['1,250', 1.25],
    ['', null],
    ['ongeveer 5', 'ongeveer 5'],
    ['5,5,5', '5,5,5'],
  ])('reads %j as %j', (input, expected) => {
    expect(parseDecimal(input)).toBe(expected);
  });

  it('leaves numbers and null alone', () => {
    expect(parseDecimal(3.5)).toBe(3.5);
    expect(parseDecimal(null)).toBeNull();
  });
});

describe('choiceOr', () => {
  const status = choiceOr(['planned', 'done'], 'planned');
  it('is a choice field that always holds a code: the fallback until another is picked', () => {
    expect(fieldMeta(status)).toEqual({ kind: 'choice', always: true });
    expect(status.parse(undefined)).toBe('planned');
    expect(status.parse('done')).toBe('done');
    expect(status.safeParse('gone').error?.issues[0]?.message).toBe('validation.invalidChoice');
    expect(status.safeParse(null).success).toBe(false);
  });
});
