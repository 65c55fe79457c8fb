import type { Page } from '@playwright/test';
import { seedSteps } from './seed';

/**
 * Steps 2, 3, 4 and 6 are built in parallel with step 7, so its tests put the
 * data they need straight into the draft's IndexedDB record (e2e/pages/seed.ts),
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
  await seedSteps(page, {
    'as-is': { figures: { lastRiskAnalysis: seed.lastRiskAnalysis ?? null } },
    roles: { stakeholders: seed.stakeholders ?? [] },
    'to-be': { objectives: seed.strategicObjectives ?? [] },
    action: { operationalObjectives: seed.operationalObjectives ?? [], actions: seed.actions ?? [] },
    ...(seed.measure ? { measure: seed.measure } : {}),
  });
}
