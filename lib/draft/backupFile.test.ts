import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  asImported,
  backupFile,
  backupFileName,
  backupFileText,
  MAX_BACKUP_BYTES,
  parseJsonSafely,
  readBackupFile,
  summarise,
} from './backupFile';
import { createDraft, SCHEMA_VERSION } from './envelope';
import { withStepData } from './update';

const fixture = (version: number) => readFileSync(join(__dirname, 'fixtures', `v${version}.json`), 'utf8');
const now = new Date('2026-11-23T14:32:00.000Z');
const base = createDraft({ name: 'Welzijnsbeleid 2027', organisation: 'Agentschap Groen Erfgoed', locale: 'nl' }, now);
const draft = withStepData(base, 'roles', { ...base.steps.roles, notes: 'Met de preventieadviseur' });

describe('backup file format', () => {
  it('names the app, the kind and the format version', () => {
    expect(backupFile([draft], now)).toEqual({
      app: 'welzijnskompas',
      kind: 'draft',
      schemaVersion: SCHEMA_VERSION,
      exportedAt: '2026-11-23T14:32:00.000Z',
      drafts: [draft],
    });
    expect(backupFile([draft, draft], now).kind).toBe('drafts');
  });

  it('round-trips: what is exported reads back unchanged', () => {
    expect(readBackupFile(backupFileText([draft], now))).toEqual({ ok: true, drafts: [draft] });
  });

  it('carries the follow-up (measurements, action history, evaluations) both ways', () => {
    const text = fixture(6);
    const read = readBackupFile(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const [followed] = read.drafts;
    expect(followed?.followUp.measurements).toHaveLength(3);
    expect(followed && readBackupFile(backupFileText([followed], now))).toEqual({ ok: true, drafts: [followed] });
  });

  it('gives files a dated name without unsafe characters', () => {
    expect(backupFileName([{ name: 'Één plan: 2027/2029?' }], now)).toBe(
      'welzijnskompas-een-plan-2027-2029-2026-11-23.json',
    );
    expect(backupFileName([draft, draft], now)).toBe('welzijnskompas-alle-2026-11-23.json');
    expect(backupFileName([{ name: '***' }], now)).toBe('welzijnskompas-ontwerp-2026-11-23.json');
  });

  it.each([1, 2])('loads the version %i fixture, bare and wrapped, into the current version', (version) => {
    for (const text of [
      fixture(version),
      JSON.stringify({
        app: 'welzijnskompas',
        kind: 'draft',
        schemaVersion: version,
        exportedAt: now.toISOString(),
        drafts: [JSON.parse(fixture(version))],
      }),
    ]) {
      const result = readBackupFile(text);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.drafts[0]?.schemaVersion).toBe(SCHEMA_VERSION);
      expect(result.drafts[0]?.steps.why.profile.staffCount).toBe(420);
    }
  });
});

describe('reading a bad file changes nothing and says why', () => {
  const wrap = (drafts: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      app: 'welzijnskompas',
      kind: 'drafts',
      schemaVersion: SCHEMA_VERSION,
      exportedAt: now.toISOString(),
      drafts,
      ...extra,
    });

  it.each([
    ['', 'empty'],
    ['   \n', 'empty'],
    ['{ "app": "welzijnskompas", ', 'not-json'],
    ['<html>', 'not-json'],
    ['[1, 2]', 'not-ours'],
    ['"text"', 'not-ours'],
    ['null', 'not-ours'],
    ['{"app":"another-app","drafts":[]}', 'not-ours'],
    ['{"hello":"world"}', 'not-ours'],
    [wrap([]), 'no-drafts'],
    [wrap([], { schemaVersion: SCHEMA_VERSION + 1 }), 'newer-version'],
  ])('%j → %s', (text, kind) => {
    const result = readBackupFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe(kind);
  });

  it('refuses a draft made by a newer version inside a current wrapper', () => {
    const result = readBackupFile(wrap([{ ...draft, schemaVersion: SCHEMA_VERSION + 1 }]));
    expect(result).toEqual({ ok: false, error: { kind: 'newer-version' } });
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(readBackupFile('{}', MAX_BACKUP_BYTES + 1)).toEqual({ ok: false, error: { kind: 'too-large' } });
    expect(readBackupFile(' '.repeat(MAX_BACKUP_BYTES + 1))).toEqual({ ok: false, error: { kind: 'too-large' } });
  });

  it('says which draft, step, field and list item is wrong', () => {
    const broken = {
      ...draft,
      steps: {
        ...draft.steps,
        why: {
          ...draft.steps.why,
          values: [
            { uid: 'a', name: 'ok', meaning: '' },
            { uid: 'b', name: 42 },
          ],
        },
      },
    };
    const result = readBackupFile(wrap([draft, broken]));
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== 'invalid') return;
    expect(result.error.issues).toContainEqual({
      draft: 2,
      draftName: 'Welzijnsbeleid 2027',
      step: 'why',
      fields: ['values', 'name'],
      item: 2,
    });
  });

  it('points at the envelope when the draft details are wrong', () => {
    const result = readBackupFile(wrap([{ ...draft, name: '', createdAt: 'yesterday' }]));
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== 'invalid') return;
    expect(result.error.issues.map((issue) => [issue.step, issue.fields])).toEqual([
      [null, ['name']],
      [null, ['createdAt']],
    ]);
  });

  it('says the list of drafts is missing', () => {
    const result = readBackupFile(JSON.stringify({ app: 'welzijnskompas', schemaVersion: 2, drafts: 'none' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('invalid');
  });
});

describe('prototype pollution', () => {
  it('drops __proto__, constructor and prototype keys at every depth', () => {
    const parsed = parseJsonSafely(
      '{"a":{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},"b":[{"__proto__":1}]}}',
    );
    expect(parsed).toEqual({ ok: true, value: { a: { b: [{}] } } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('imports a hostile draft without touching Object.prototype', () => {
    const hostile = backupFileText([draft], now).replace(
      '"steps": {',
      '"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "steps": {',
    );
    const result = readBackupFile(hostile);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.keys(result.drafts[0] ?? {})).not.toContain('__proto__');
  });
});

describe('import', () => {
  it('summarises a draft for the preview', () => {
    expect(summarise(draft)).toEqual({
      name: 'Welzijnsbeleid 2027',
      organisation: 'Agentschap Groen Erfgoed',
      updatedAt: '2026-11-23T14:32:00.000Z',
      filled: 1,
      completed: 0,
    });
  });

  it('gives an imported draft a new identity and never reuses a taken name', () => {
    const suffix = (name: string) => `${name} (uit bestand)`;
    const copy = asImported({ ...draft, revision: 12 }, new Set(['Welzijnsbeleid 2027']), suffix, 'new-uid');
    expect(copy).toMatchObject({ uid: 'new-uid', revision: 0, name: 'Welzijnsbeleid 2027 (uit bestand)' });
    expect(copy.steps).toEqual(draft.steps);
    expect(asImported(draft, new Set(), suffix, 'x').name).toBe('Welzijnsbeleid 2027');
  });
});
