import { describe, expect, it } from 'vitest';
import { createDraft } from './envelope';
import { parseDraft } from './parse';
import { sanitizeStepData, typedInputs, withStepData, withStepValues, withTyped } from './update';

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

describe('withStepValues: nothing typed is dropped or altered', () => {
  it('keeps an over-limit paste whole beside the last valid text, and gives it back to the form', () => {
    const paste = 'é'.repeat(10_000);
    const values = { ...draft.steps.why, mission: paste, vision: 'Kort' };
    const next = withStepValues(draft, 'why', values);
    expect(next.steps.why.mission).toBe('');
    expect(next.steps.why.vision).toBe('Kort');
    expect(next.typed.why).toEqual({ mission: paste });
    expect(withTyped(next.steps.why, next.typed.why)).toEqual(values);
  });

  it('keeps a word typed in a number field, and forgets it once the field holds a number', () => {
    const values = { ...draft.steps.why, profile: { ...draft.steps.why.profile, staffCount: 'ongeveer 250' } };
    const typed = withStepValues(draft, 'why', values);
    expect(typed.steps.why.profile.staffCount).toBeNull();
    expect(typed.typed.why).toEqual({ 'profile.staffCount': 'ongeveer 250' });
    const fixed = withStepValues(typed, 'why', { ...values, profile: { ...values.profile, staffCount: 250 } });
    expect(fixed.steps.why.profile.staffCount).toBe(250);
    expect(fixed.typed.why).toBeUndefined();
  });

  it('keeps typed text in list entries by their position, and survives a store and reload', () => {
    const long = 'w'.repeat(201);
    const values = { ...draft.steps.why, values: [{ uid: 'v1', name: long, meaning: '' }] };
    const next = withStepValues(draft, 'why', values);
    expect(next.typed.why).toEqual({ 'values.0.name': long });
    const reloaded = parseDraft(JSON.parse(JSON.stringify(next)));
    expect(reloaded.ok).toBe(true);
    if (reloaded.ok) expect(withTyped(reloaded.draft.steps.why, reloaded.draft.typed.why)).toEqual(values);
  });

  it('keeps a number out of its range, and gives it back as that number (with its error) after a reload', () => {
    const values = { ...draft.steps.why, profile: { ...draft.steps.why.profile, staffCount: 2_000_000_000 } };
    const next = withStepValues(draft, 'why', values);
    expect(next.steps.why.profile.staffCount).toBeNull();
    expect(next.typed.why).toEqual({ 'profile.staffCount': '2000000000' });
    expect(withTyped(next.steps.why, next.typed.why, 'why')).toEqual(values);
  });

  it('cuts only beyond the hard cap of ten times the limit', () => {
    const values = { ...draft.steps.why, profile: { ...draft.steps.why.profile, name: 'n'.repeat(2500) } };
    expect(typedInputs('why', values, draft.steps.why)).toEqual({ 'profile.name': 'n'.repeat(2000) });
  });

  it('stores nothing beside valid values', () => {
    const next = withStepValues(draft, 'why', { ...draft.steps.why, mission: 'Onze missie' });
    expect(next.typed).toEqual({});
  });
});
