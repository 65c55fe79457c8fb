import { expect, type Page } from '@playwright/test';
import { storedDraft } from './seed';

/**
 * Steps 3, 4, 5 and 7 have forms of their own; step 6's tests put the data
 * they link to straight into IndexedDB (database `welzijnskompas`, store
 * `drafts`, one record per draft keyed by uid: see lib/draft/storage.ts), then
 * reload. Step data given here replaces the named lists of that step.
 */

export type StepPatch = Record<string, Record<string, unknown>>;

/** Step 3, 4 and 5 data for step 6 to link to, from the names a language uses. */
function links(names: {
  hr: string;
  adviser: string;
  rangers: string;
  strategic: [string, string];
  budgetLine: string;
}) {
  const stakeholder = (uid: string, actor: string, who: string, customName = '') => ({
    uid,
    actor,
    customName,
    who,
    influence: 'high',
    interest: 'high',
    role: '',
  });
  return {
    roles: {
      stakeholders: [
        stakeholder('s-hr', 'hr', names.hr),
        stakeholder('s-pa', 'prevention-adviser-psychosocial', names.adviser),
        stakeholder('s-rangers', 'other', '', names.rangers),
      ],
    },
    'to-be': {
      objectives: [
        { uid: 'so-1', name: names.strategic[0], description: '', levers: ['work-life-balance'] },
        { uid: 'so-2', name: names.strategic[1], description: '', levers: ['leadership'] },
      ],
    },
    resources: {
      budgetLines: [{ uid: 'b-1', category: 'training', description: names.budgetLine, amount: 12500, year: 2027 }],
    },
  };
}

/** Stakeholders, strategic objectives and a budget line, in the language of the test. */
export const seedLinks = {
  nl: links({
    hr: 'Jan Peeters',
    adviser: 'Ann Claes',
    rangers: 'Parkwachters',
    strategic: ['Werkdruk in de buitenploegen onder controle', 'Leidinggevenden coachen hun team'],
    budgetLine: 'Coachtraject',
  }),
  fr: links({
    hr: 'Sophie Lambert',
    adviser: 'Karim Benali',
    rangers: 'Agents des tunnels',
    strategic: ['Réduire la charge au centre de contact', 'Des responsables qui coachent'],
    budgetLine: 'Parcours de coaching',
  }),
} satisfies Record<'nl' | 'fr', StepPatch>;

/** Merge step data into the stored draft, then reload so the app reads it. */
export { seedSteps } from './seed';

/** Waits until the stored step satisfies `check`. */
export async function expectStored(page: Page, step: string, check: (data: Record<string, unknown>) => boolean) {
  await expect.poll(async () => check((await storedDraft(page)).steps[step] ?? {})).toBe(true);
}
