import { describe, expect, it } from 'vitest';
import { createDraft } from './envelope';
import { sanitizeStepData, withStepData } from './update';

const draft = createDraft({ name: 'D', organisation: 'Old name', locale: 'nl' });

describe('sanitizeStepData', () => {
  it('keeps valid form values as they are', () => {
    const values = { ...draft.steps.why, mission: 'Onze missie' };
    expect(sanitizeStepData('why', values, draft.steps.why)).toEqual(values);
  });

  it('falls back to the stored value for a field the schema rejects, keeping the rest', () => {
    const previous = { ...draft.steps.why, profile: { ...draft.steps.why.profile, staffCount: 40 } };
    const values = { ...previous, mission: 'Nieuw', profile: { ...previous.profile, staffCount: '4O' } };
    const result = sanitizeStepData('why', values, previous);
    expect(result.profile.staffCount).toBe(40);
    expect(result.mission).toBe('Nieuw');
  });

  it('drops keys the schema does not know', () => {
    const result = sanitizeStepData('as-is', { notes: 'n', injected: true }, draft.steps['as-is']);
    expect(result).toEqual({ ...draft.steps['as-is'], notes: 'n' });
  });
});

describe('withStepData', () => {
  it('replaces one step and keeps the others', () => {
    const next = withStepData(draft, 'roles', { ...draft.steps.roles, notes: 'HR en preventieadviseur' });
    expect(next.steps.roles.notes).toBe('HR en preventieadviseur');
    expect(next.steps.why).toBe(draft.steps.why);
    expect(next.revision).toBe(draft.revision);
  });

  it('keeps the draft organisation in step with the step 1 profile name', () => {
    const named = withStepData(draft, 'why', {
      ...draft.steps.why,
      profile: { ...draft.steps.why.profile, name: ' New name ' },
    });
    expect(named.organisation).toBe('New name');
    const blank = withStepData(draft, 'why', draft.steps.why);
    expect(blank.organisation).toBe('Old name');
  });
});
