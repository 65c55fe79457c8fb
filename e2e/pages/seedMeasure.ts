import { expect, type Page } from '@playwright/test';

/**
 * Steps 2, 3, 4 and 6 are built in parallel with step 7, so its tests put the
 * data they need straight into the draft's IndexedDB record (database
 * `welzijnskompas`, store `drafts`, key = draft uid: see lib/draft/storage.ts),
 * then reload so the app reads it through `parseDraft` like any stored draft.
 */

export interface MeasureSeed {
  lastRiskAnalysis?: string | null;
  stakeholders?: { uid: string; actor: string; who?: string; customName?: string }[];
  strategicObjectives?: { uid: string; name: string }[];
  operationalObjectives?: { uid: string; name: string }[];
  actions?: { uid: string; title: string }[];
  /** Step 7's own stored data, e.g. indicators with links to entities that no longer exist. */
  measure?: Record<string, unknown>;
}

/** Seeds the open draft (the page's `?d=` uid) and reloads. */
export async function seedMeasure(page: Page, seed: MeasureSeed) {
  const uid = new URL(page.url()).searchParams.get('d');
  expect(uid, 'the page shows a draft').toBeTruthy();
  await page.evaluate(
    async ({ uid, seed }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('welzijnskompas');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const store = db.transaction('drafts', 'readwrite').objectStore('drafts');
      const record = await new Promise<Record<string, unknown>>((resolve, reject) => {
        const request = store.get(uid as string);
        request.onsuccess = () => resolve(request.result as Record<string, unknown>);
        request.onerror = () => reject(request.error);
      });
      const steps = (record.steps ?? {}) as Record<string, Record<string, unknown>>;
      const next = {
        ...record,
        steps: {
          ...steps,
          'as-is': { ...steps['as-is'], figures: { lastRiskAnalysis: seed.lastRiskAnalysis ?? null } },
          roles: { ...steps.roles, stakeholders: seed.stakeholders ?? [] },
          'to-be': { ...steps['to-be'], objectives: seed.strategicObjectives ?? [] },
          action: {
            ...steps.action,
            operationalObjectives: seed.operationalObjectives ?? [],
            actions: seed.actions ?? [],
          },
          ...(seed.measure ? { measure: seed.measure } : {}),
        },
      };
      await new Promise<void>((resolve, reject) => {
        const request = db.transaction('drafts', 'readwrite').objectStore('drafts').put(next, uid as string);
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      });
      db.close();
    },
    { uid, seed },
  );
  await page.reload();
}
