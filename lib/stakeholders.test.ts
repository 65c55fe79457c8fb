import { describe, expect, it } from 'vitest';
import { actorLabels } from '@/content/reference/roles';
import { engagementOf, gridNames, placeOnGrid, stakeholderName } from './stakeholders';

describe('engagementOf (power–interest grid)', () => {
  it('classifies each quadrant', () => {
    expect(engagementOf('high', 'high')).toBe('manage-closely');
    expect(engagementOf('high', 'low')).toBe('keep-satisfied');
    expect(engagementOf('low', 'high')).toBe('keep-informed');
    expect(engagementOf('low', 'low')).toBe('monitor');
  });

  it('has no answer until both influence and interest are given', () => {
    expect(engagementOf(null, 'high')).toBeNull();
    expect(engagementOf('high', null)).toBeNull();
    expect(engagementOf(undefined, undefined)).toBeNull();
  });
});

describe('stakeholderName', () => {
  const nl = actorLabels.nl;

  it('uses the catalogue label in the UI language, followed by who it is', () => {
    expect(stakeholderName({ actor: 'hr', who: 'Sofie Claes' }, nl)).toBe(
      'HR (businesspartner en specialisten) — Sofie Claes',
    );
    expect(stakeholderName({ actor: 'hr', who: 'Sofie Claes' }, actorLabels.fr)).toBe(
      'RH (business partner et spécialistes) — Sofie Claes',
    );
    expect(stakeholderName({ actor: 'unions', who: '  ' }, nl)).toBe('Vakbonden');
  });

  it('uses the custom name of another actor, or says "other actor" while it is empty', () => {
    expect(stakeholderName({ actor: 'other', customName: ' Parkwachters ', who: 'ploeg Noord' }, nl)).toBe(
      'Parkwachters — ploeg Noord',
    );
    expect(stakeholderName({ actor: 'other', customName: '' }, nl)).toBe('Andere actor');
  });

  it('ignores a custom name left over from before the actor was picked from the catalogue', () => {
    expect(stakeholderName({ actor: 'staff', customName: 'Oud' }, nl)).toBe('Medewerkers');
  });

  it('is who alone, or empty, while no actor is chosen', () => {
    expect(stakeholderName({ actor: null, who: 'Jan' }, nl)).toBe('Jan');
    expect(stakeholderName({}, nl)).toBe('');
  });
});

describe('placeOnGrid', () => {
  it('groups stakeholders by quadrant in list order, and keeps the unplaced apart', () => {
    const a = { uid: 'a', influence: 'high', interest: 'high' } as const;
    const b = { uid: 'b', influence: 'low', interest: 'high' } as const;
    const c = { uid: 'c', influence: 'high', interest: 'high' } as const;
    const d = { uid: 'd', influence: null, interest: 'low' } as const;
    const { quadrants, unplaced } = placeOnGrid([a, b, c, d]);
    expect(quadrants['manage-closely']).toEqual([a, c]);
    expect(quadrants['keep-informed']).toEqual([b]);
    expect(quadrants['keep-satisfied']).toEqual([]);
    expect(quadrants.monitor).toEqual([]);
    expect(unplaced).toEqual([d]);
  });
});

describe('gridNames', () => {
  const nl = actorLabels.nl;

  it('shows the actor alone, and the full name where two stakeholders share an actor', () => {
    expect(
      gridNames(
        [
          { actor: 'hr', who: 'Sofie Claes' },
          { actor: 'unions', who: 'ACV en ACOD' },
          { actor: 'line-managers', who: 'De 45 leidinggevenden' },
          { actor: 'line-managers', who: 'Ploegleiders' },
          { actor: 'other', customName: 'Parkwachters', who: 'ploeg Noord' },
        ],
        nl,
      ),
    ).toEqual([
      nl.hr.label,
      nl.unions.label,
      `${nl['line-managers'].label} — De 45 leidinggevenden`,
      `${nl['line-managers'].label} — Ploegleiders`,
      'Parkwachters',
    ]);
  });

  it('falls back to who it is when no actor is picked, and to nothing when both are empty', () => {
    expect(gridNames([{ who: 'Team Noord' }, {}], nl)).toEqual(['Team Noord', '']);
  });
});
