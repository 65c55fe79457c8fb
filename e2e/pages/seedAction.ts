import { expect, type Page } from '@playwright/test';

/**
 * Steps 3, 4, 5 and 7 have forms of their own; step 6's tests put the data
 * they link to straight into IndexedDB (database `welzijnskompas`, store
 * `drafts`, one record per draft keyed by uid: see lib/draft/storage.ts), then
 * reload. Step data given here replaces the named lists of that step.
 */

export type StepPatch = Record<string, Record<string, unknown>>;

/** Step 3, 4 and 5 data for step 6 to link to, from the names a language uses. */
function links(names: { hr: string; adviser: string; rangers: string; strategic: [string, string]; budgetLine: string }) {
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

export function draftUid(page: Page): string {
  const uid = new URL(page.url()).searchParams.get('d');
  if (!uid) throw new Error('not on a draft page');
  return uid;
}

/**
 * Reads the stored draft's steps in the page; with a patch, merges it into
 * the named steps first and saves the record as a newer revision.
 */
function stepsInDatabase(page: Page, patch: StepPatch | null): Promise<Record<string, Record<string, unknown>>> {
  return page.evaluate(
    async ({ uid, patch }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('welzijnskompas');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const done = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const store = () => db.transaction('drafts', 'readwrite').objectStore('drafts');
      const record = (await done(store().get(uid))) as Record<string, unknown>;
      const steps = record.steps as Record<string, Record<string, unknown>>;
      if (patch) {
        for (const [step, data] of Object.entries(patch)) steps[step] = { ...steps[step], ...data };
        record.revision = Number(record.revision) + 1;
        record.updatedAt = new Date().toISOString();
        await done(store().put(record, uid));
      }
      db.close();
      return steps;
    },
    { uid: draftUid(page), patch },
  );
}

/** Merge step data into the stored draft, then reload so the app reads it. */
export async function seedSteps(page: Page, patch: StepPatch) {
  await stepsInDatabase(page, patch);
  await page.reload();
}

/** Waits until the stored step satisfies `check`. */
export async function expectStored(page: Page, step: string, check: (data: Record<string, unknown>) => boolean) {
  await expect.poll(async () => check((await stepsInDatabase(page, null))[step] ?? {})).toBe(true);
}
