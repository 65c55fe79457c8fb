import { describe, expect, it } from 'vitest';
import { FSI, isolate, isolateUserText, PDI } from './bidi';
import { largeDraft } from '@/testing/fixtures';

describe('isolate', () => {
  it('wraps text holding a bidi control or right-to-left letters in a first-strong isolate', () => {
    expect(isolate('Plan \u202e2027')).toBe(`${FSI}Plan \u202e2027${PDI}`);
    expect(isolate('مخطط الرفاه')).toBe(`${FSI}مخطط الرفاه${PDI}`);
    expect(isolate('תוכנית')).toBe(`${FSI}תוכנית${PDI}`);
  });

  it('isolates each line on its own, so a paragraph split keeps every part closed', () => {
    expect(isolate('eerste\n\u202etweede\nderde')).toBe(`eerste\n${FSI}\u202etweede${PDI}\nderde`);
  });

  it('leaves left-to-right text, codes and dates as they are', () => {
    for (const text of ['Welzijnsbeleid 2027–2029', 'Ελληνικά', 'Кириллица', 'leadership', '2027-03', '']) {
      expect(isolate(text)).toBe(text);
    }
  });
});

describe('isolateUserText', () => {
  it('isolates every user string of a draft and leaves the draft itself unchanged', () => {
    const draft = largeDraft('nl');
    const hostile = {
      ...draft,
      name: 'Plan \u202eabc',
      steps: { ...draft.steps, 'to-be': { ...draft.steps['to-be'], slogan: '\u202bשלום' } },
    };
    const isolated = isolateUserText(hostile);
    expect(isolated.name).toBe(`${FSI}Plan \u202eabc${PDI}`);
    expect(isolated.steps['to-be'].slogan).toBe(`${FSI}\u202bשלום${PDI}`);
    expect(hostile.name).toBe('Plan \u202eabc');
    expect({ ...isolated, name: hostile.name, steps: { ...isolated.steps, 'to-be': hostile.steps['to-be'] } }).toEqual(
      hostile,
    );
  });
});
