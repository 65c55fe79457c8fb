import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from './envelope';
import { migrate, MIGRATIONS } from './migrations';
import { parseDraft } from './parse';
import { stepStatus } from './status';

const FIXTURES = join(__dirname, 'fixtures');
const fixtureFiles = readdirSync(FIXTURES).filter((name) => /^v\d+\.json$/.test(name));

describe('draft versions', () => {
  it('keeps a fixture of every released version, the current one included', () => {
    const versions = fixtureFiles.map((name) => Number(/\d+/.exec(name)?.[0])).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, index) => index + 1));
  });

  it('has a migration from every earlier version', () => {
    for (let version = 1; version < SCHEMA_VERSION; version += 1) expect(MIGRATIONS[version]).toBeTypeOf('function');
  });

  it.each(fixtureFiles)('loads %s into the current version with the user’s answers intact', (file) => {
    const raw: unknown = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));
    const parsed = parseDraft(raw);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.draft.schemaVersion).toBe(SCHEMA_VERSION);
    expect(parsed.draft.name).toBe('Welzijnsbeleid 2027–2029');
    expect(parsed.draft.steps.why.profile.staffCount).toBe(420);
    expect(stepStatus(parsed.draft, 'why')).toBe('completed');
  });

  it('refuses a draft made by a newer version instead of guessing', () => {
    expect(migrate({ schemaVersion: SCHEMA_VERSION + 1 })).toEqual({ ok: false, error: 'newer-version' });
    expect(migrate({ schemaVersion: 0 })).toEqual({ ok: false, error: 'no-version' });
    expect(migrate({ schemaVersion: '1' })).toEqual({ ok: false, error: 'no-version' });
  });
});

describe('migration 1 → 2', () => {
  it('keeps the working notes of steps 2–7 and gives the new fields their defaults', () => {
    const raw: unknown = JSON.parse(readFileSync(join(FIXTURES, 'v1.json'), 'utf8'));
    const parsed = parseDraft(raw);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.draft.steps['as-is'].notes).toBe('Gezondheidsweek: 60 deelnemers op 420.');
    expect(parsed.draft.steps['as-is'].initiatives).toEqual([]);
    expect(parsed.draft.steps.resources.roi.scenario).toBe('cautious');
  });
});

describe('version 2 fixture', () => {
  it('loads every step’s answers as stored', () => {
    const raw: unknown = JSON.parse(readFileSync(join(FIXTURES, 'v2.json'), 'utf8'));
    const parsed = parseDraft(raw);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { steps } = parsed.draft;
    expect(steps['as-is'].initiatives).toHaveLength(3);
    expect(steps.roles.stakeholders).toHaveLength(3);
    expect(steps['to-be'].slogan).not.toBe('');
    expect(steps.resources.budgetLines).toHaveLength(3);
    expect(steps.action.actions).toHaveLength(3);
    expect(steps.measure.indicators).toHaveLength(3);
    expect(stepStatus(parsed.draft, 'as-is')).toBe('completed');
  });
});

describe('migration 2 → 3', () => {
  it('gives step 2 an empty evaluation and keeps every answer of the version 2 draft', () => {
    const raw = JSON.parse(readFileSync(join(FIXTURES, 'v2.json'), 'utf8')) as Record<string, unknown>;
    const migrated = MIGRATIONS[2]?.(raw);
    expect(migrated?.steps).toMatchObject({ 'as-is': { evaluation: { previousPlan: '', findings: '' } } });
    const parsed = parseDraft(raw);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.draft.steps['as-is'].evaluation).toEqual({ previousPlan: '', findings: '' });
    expect(parsed.draft.steps['as-is'].initiatives).toHaveLength(3);
    expect(stepStatus(parsed.draft, 'as-is')).toBe('completed');
  });

  it('copes with a version 2 draft whose step 2 is missing', () => {
    const parsed = parseDraft({ ...JSON.parse(readFileSync(join(FIXTURES, 'v2.json'), 'utf8')), steps: { why: {} } });
    expect(parsed.ok && parsed.draft.steps['as-is'].evaluation).toEqual({ previousPlan: '', findings: '' });
  });
});

describe('version 3 fixture', () => {
  it('loads the evaluation of the plan it continues', () => {
    const parsed = parseDraft(JSON.parse(readFileSync(join(FIXTURES, 'v3.json'), 'utf8')));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.draft.steps['as-is'].evaluation.previousPlan).toBe('Welzijnsbeleid 2026');
    expect(parsed.draft.steps['as-is'].evaluation.findings).toMatch(/^De coaching voor ploegleiders werkte/);
    expect(stepStatus(parsed.draft, 'as-is')).toBe('completed');
  });

  it('counts step 2 of a continued plan as completed only once the evaluation is written down', () => {
    const raw = JSON.parse(readFileSync(join(FIXTURES, 'v3.json'), 'utf8')) as {
      steps: { 'as-is': { evaluation: object } };
    };
    raw.steps['as-is'].evaluation = { previousPlan: 'Welzijnsbeleid 2026', findings: ' ' };
    const parsed = parseDraft(raw);
    expect(parsed.ok && stepStatus(parsed.draft, 'as-is')).toBe('in-progress');
  });
});

describe('migration 3 → 4', () => {
  it('gives step 6 an empty approval record and keeps every answer of the version 3 draft', () => {
    const raw = JSON.parse(readFileSync(join(FIXTURES, 'v3.json'), 'utf8')) as Record<string, unknown>;
    const migrated = MIGRATIONS[3]?.(raw);
    const empty = {
      preventionServiceAdvice: null,
      psychosocialAdvice: null,
      committeeAdvice: null,
      managementApproval: null,
    };
    expect(migrated?.steps).toMatchObject({ action: { approval: empty } });
    const parsed = parseDraft(raw);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.draft.steps.action.approval).toEqual(empty);
    const before = JSON.parse(readFileSync(join(FIXTURES, 'v3.json'), 'utf8')) as { steps: { action: object } };
    expect(parsed.draft.steps.action).toMatchObject(before.steps.action);
  });
});

describe('version 4 fixture', () => {
  it('reads the approval dates back as stored', () => {
    const parsed = parseDraft(JSON.parse(readFileSync(join(FIXTURES, 'v4.json'), 'utf8')));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.draft.steps.action.approval).toEqual({
      preventionServiceAdvice: '2026-09-15',
      psychosocialAdvice: '2026-09-22',
      committeeAdvice: '2026-10-13',
      managementApproval: '2026-10-27',
    });
  });
});

describe('migration 4 → 5 and the version 5 fixture', () => {
  it('gives step 1 empty notes and keeps no typed texts', () => {
    const raw: unknown = JSON.parse(readFileSync(join(FIXTURES, 'v4.json'), 'utf8'));
    const parsed = parseDraft(raw);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.draft.steps.why.notes).toBe('');
    expect(parsed.draft.typed).toEqual({});
    expect(parsed.draft.steps.why.mission).toBe('Wij beheren historische parken en domeinen voor iedereen.');
  });

  it('reads the typed texts of a version-5 draft back as they were', () => {
    const raw = JSON.parse(readFileSync(join(FIXTURES, 'v5.json'), 'utf8')) as { typed: unknown };
    const parsed = parseDraft(raw);
    expect(parsed.ok && parsed.draft.typed).toEqual(raw.typed);
    expect(parsed.ok && stepStatus(parsed.draft, 'roles')).toBe('in-progress');
  });
});

describe('migration 5 → 6 and the version 6 fixture', () => {
  it('gives a version-5 draft an empty follow-up and keeps every step as stored', () => {
    const raw = JSON.parse(readFileSync(join(FIXTURES, 'v5.json'), 'utf8')) as { steps: object };
    const parsed = parseDraft(raw);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.draft.followUp).toEqual({
      measurements: [],
      benchmarks: [],
      findings: [],
      actions: [],
      evaluations: [],
      surveys: [],
    });
    expect(parsed.draft.steps).toMatchObject(raw.steps);
  });

  it('reads the follow-up of a version-6 draft back as stored, the small team included', () => {
    const raw = JSON.parse(readFileSync(join(FIXTURES, 'v6.json'), 'utf8')) as { followUp: unknown };
    const parsed = parseDraft(raw);
    expect(parsed.ok && parsed.draft.followUp).toEqual({ ...(raw.followUp as object), surveys: [] });
    expect(parsed.ok && parsed.draft.followUp.measurements.map((m) => m.headcount)).toEqual([null, null, 8]);
  });
});

describe('migration 6 → 7 and the version 7 fixture', () => {
  it('gives a version-6 draft an empty list of surveys and keeps its follow-up and steps as stored', () => {
    const raw = JSON.parse(readFileSync(join(FIXTURES, 'v6.json'), 'utf8')) as { followUp: object; steps: object };
    expect(MIGRATIONS[6]?.(raw)).toEqual({ ...raw, followUp: { ...raw.followUp, surveys: [] } });
    const parsed = parseDraft(raw);
    expect(parsed.ok && parsed.draft.followUp.surveys).toEqual([]);
    expect(parsed.ok && parsed.draft.steps).toMatchObject(raw.steps);
  });

  it('copes with a version-6 draft without a follow-up', () => {
    const { followUp: _dropped, ...raw } = JSON.parse(readFileSync(join(FIXTURES, 'v6.json'), 'utf8')) as {
      followUp: unknown;
    };
    const parsed = parseDraft(raw);
    expect(parsed.ok && parsed.draft.followUp.surveys).toEqual([]);
    expect(parsed.ok && parsed.draft.followUp.measurements).toEqual([]);
  });

  it('reads a version-7 survey back as stored: its results, the small group and the linked action', () => {
    const raw = JSON.parse(readFileSync(join(FIXTURES, 'v7.json'), 'utf8')) as { followUp: { surveys: unknown } };
    const parsed = parseDraft(raw);
    expect(parsed.ok && parsed.draft.followUp.surveys).toEqual(raw.followUp.surveys);
    if (!parsed.ok) return;
    const [survey] = parsed.draft.followUp.surveys;
    expect(survey?.results.map((result) => result.respondents)).toEqual([312, 305, 290, 7]);
    expect(survey?.results[0]?.actions).toEqual(['a0']);
  });
});
