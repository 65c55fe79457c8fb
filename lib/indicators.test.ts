import { describe, expect, it } from 'vitest';
import { indicatorCatalogueLabels, indicatorSourceLabels } from '@/content/reference/measure';
import { actorLabels } from '@/content/reference/roles';
import { stepsSchema } from '@/lib/draft/envelope';
import { INDICATOR_CATALOGUE, indicatorSchema } from '@/lib/steps/measure';
import {
  CATALOGUE_GROUPS,
  CATALOGUE_SUGGESTIONS,
  emptyIndicator,
  indicatorFromCatalogue,
  isCatalogueCode,
  linkTargets,
  withoutStaleLinks,
} from './indicators';

const labels = (locale: 'nl' | 'fr') => ({
  names: indicatorCatalogueLabels[locale],
  sources: indicatorSourceLabels[locale],
});

describe('the catalogue', () => {
  it('groups every catalogue code exactly once (all but "custom")', () => {
    const grouped = CATALOGUE_GROUPS.flatMap((group) => group.codes);
    expect([...grouped].sort()).toEqual(INDICATOR_CATALOGUE.filter((code) => code !== 'custom').sort());
    expect(Object.keys(CATALOGUE_SUGGESTIONS).sort()).toEqual([...grouped].sort());
  });

  it('knows its codes', () => {
    expect(isCatalogueCode('absence-percentage')).toBe(true);
    expect(isCatalogueCode('custom')).toBe(false);
    expect(isCatalogueCode('toString')).toBe(false);
    expect(isCatalogueCode('')).toBe(false);
  });
});

describe('indicatorFromCatalogue', () => {
  it('prefills name, definition and source in the chosen language, with a suggested level and frequency', () => {
    const nl = indicatorFromCatalogue('absence-percentage', labels('nl'), 'i1');
    expect(nl).toMatchObject({
      uid: 'i1',
      catalogue: 'absence-percentage',
      name: 'Ziekteafwezigheidspercentage',
      level: 'team',
      frequency: 'quarterly',
      source: indicatorSourceLabels.nl['absence-percentage'],
    });
    expect(nl.definition).toMatch(/beschikbare dagen/);
    const fr = indicatorFromCatalogue('absence-percentage', labels('fr'), 'i2');
    expect(fr.name).toBe('Taux d’absentéisme pour maladie');
    expect(fr.definition).toMatch(/jours disponibles/);
  });

  it('never sets a target, an owner or links', () => {
    for (const code of Object.keys(CATALOGUE_SUGGESTIONS)) {
      if (!isCatalogueCode(code)) throw new Error(code);
      const indicator = indicatorFromCatalogue(code, labels('fr'), 'x');
      expect(indicator).toMatchObject({ target: '', baseline: '', owner: null, objectives: [], actions: [] });
      expect(indicatorSchema.safeParse(indicator).success, code).toBe(true);
    }
  });

  it('reports participation per person only in aggregate (individual level), absence per department', () => {
    expect(CATALOGUE_SUGGESTIONS['action-participation'].level).toBe('individual');
    expect(CATALOGUE_SUGGESTIONS['absence-frequency'].level).toBe('team');
  });

  it('starts an own indicator empty, marked as custom', () => {
    const own = emptyIndicator('o1');
    expect(own).toMatchObject({ uid: 'o1', catalogue: 'custom', name: '', level: null, frequency: null });
    expect(indicatorSchema.safeParse(own).success).toBe(true);
  });
});

const steps = stepsSchema.parse({
  roles: {
    stakeholders: [
      { uid: 's1', actor: 'hr', who: 'Els Peeters' },
      { uid: 's2', actor: 'other', customName: 'Stuurgroep welzijn' },
      { uid: 's3', actor: 'unions' },
      { uid: 's4' },
    ],
  },
  'to-be': {
    objectives: [
      { uid: 'so1', name: 'Minder verzuim' },
      { uid: 'so2', name: '  ' },
    ],
  },
  action: {
    operationalObjectives: [{ uid: 'oo1', name: 'Kwartaalgesprekken' }],
    actions: [{ uid: 'a1', title: 'Veerkrachtcoaching' }],
  },
});

describe('link targets', () => {
  it('lists stakeholders, strategic and operational objectives and actions, naming untitled ones', () => {
    const targets = linkTargets(steps, { actors: actorLabels.nl, untitled: 'Zonder titel' });
    expect(targets.stakeholders.map((item) => item.name)).toEqual([
      'HR (businesspartner en specialisten) — Els Peeters',
      'Stuurgroep welzijn',
      'Vakbonden',
      'Zonder titel',
    ]);
    expect(targets.strategic).toEqual([
      { uid: 'so1', name: 'Minder verzuim' },
      { uid: 'so2', name: 'Zonder titel' },
    ]);
    expect(targets.operational).toEqual([{ uid: 'oo1', name: 'Kwartaalgesprekken' }]);
    expect(targets.actions).toEqual([{ uid: 'a1', name: 'Veerkrachtcoaching' }]);
  });

  it('is empty for an empty draft', () => {
    const empty = linkTargets(stepsSchema.parse({}), { actors: actorLabels.fr, untitled: '-' });
    expect(empty).toEqual({ stakeholders: [], strategic: [], operational: [], actions: [] });
  });
});

describe('withoutStaleLinks', () => {
  const targets = linkTargets(steps, { actors: actorLabels.nl, untitled: '-' });

  it('keeps links to entities that still exist, as the same objects', () => {
    const linked = { ...emptyIndicator('i1'), owner: 's1', objectives: ['so1', 'oo1'], actions: ['a1'] };
    const [result] = withoutStaleLinks([linked], targets);
    expect(result).toBe(linked);
  });

  it('treats links to deleted owners, objectives and actions as not linked', () => {
    const stale = {
      ...emptyIndicator('i2'),
      owner: 'gone',
      objectives: ['so1', 'gone-objective'],
      actions: ['gone-action'],
    };
    const [result] = withoutStaleLinks([stale], targets);
    expect(result).toMatchObject({ owner: null, objectives: ['so1'], actions: [] });
    expect(stale.owner).toBe('gone');
  });

  it('drops every link when the other steps are empty', () => {
    const linked = { ...emptyIndicator('i3'), owner: 's1', objectives: ['so1'], actions: ['a1'] };
    const none = { stakeholders: [], strategic: [], operational: [], actions: [] };
    expect(withoutStaleLinks([linked], none)[0]).toMatchObject({ owner: null, objectives: [], actions: [] });
  });
});
