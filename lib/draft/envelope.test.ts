import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '@/lib/steps/registry';
import { createDraft, draftSchema, SCHEMA_VERSION } from './envelope';
import { parseDraft } from './parse';

const now = new Date('2026-11-23T14:32:00.000Z');
const fresh = () => createDraft({ name: 'Beleid 2027', organisation: 'Agentschap X', locale: 'nl' }, now, 'uid-1');

describe('draft envelope', () => {
  it('creates a versioned envelope with every registry step empty', () => {
    const draft = fresh();
    expect(draft).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      uid: 'uid-1',
      name: 'Beleid 2027',
      organisation: 'Agentschap X',
      locale: 'nl',
      createdAt: '2026-11-23T14:32:00.000Z',
      updatedAt: '2026-11-23T14:32:00.000Z',
      revision: 0,
    });
    expect(Object.keys(draft.steps)).toEqual([...STEP_IDS]);
  });

  it('round-trips through JSON unchanged', () => {
    const draft = fresh();
    expect(parseDraft(JSON.parse(JSON.stringify(draft)))).toEqual({ ok: true, draft });
  });

  it('fills missing steps from the schemas (older or partial files)', () => {
    const { steps: _steps, ...withoutSteps } = fresh();
    const parsed = parseDraft(withoutSteps);
    expect(parsed.ok && parsed.draft.steps.why.profile.name).toBe('');
  });

  it.each([
    ['a name of only spaces', { name: '   ' }, 'name'],
    ['an unknown locale', { locale: 'de' }, 'locale'],
    ['a negative revision', { revision: -1 }, 'revision'],
    ['a date that is not a date', { updatedAt: 'yesterday' }, 'updatedAt'],
    ['an unknown step code', { steps: { why: { profile: { type: 'castle' } } } }, 'steps.why.profile.type'],
  ])('rejects %s and says where', (_label, change, path) => {
    const result = parseDraft({ ...fresh(), ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe('invalid');
      expect(result.issues?.map((issue) => issue.path.join('.'))).toContain(path);
    }
  });

  it('refuses things that are not drafts, and drafts from a newer version', () => {
    expect(parseDraft(null)).toEqual({ ok: false, reason: 'not-an-object' });
    expect(parseDraft([])).toEqual({ ok: false, reason: 'not-an-object' });
    expect(parseDraft({ name: 'x' })).toEqual({ ok: false, reason: 'no-version' });
    expect(parseDraft({ ...fresh(), schemaVersion: SCHEMA_VERSION + 1 })).toEqual({
      ok: false,
      reason: 'newer-version',
    });
  });

  it('drops unknown keys instead of keeping them', () => {
    const parsed = draftSchema.parse({ ...fresh(), extra: '<script>' });
    expect('extra' in parsed).toBe(false);
  });
});
