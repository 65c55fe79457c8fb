import { describe, expect, it } from 'vitest';
import { DRIVERS, LEVERS, ORGANISATION_TYPES, RELEVANCE, SECTORS } from '@/lib/steps/why';
import { STEP_IDS } from '@/lib/steps/registry';
import { leverLabels } from './reference/levers';
import { driverLabels, organisationTypeLabels, relevanceLabels, sectorLabels } from './reference/why';
import { stepContent } from './steps';
import { ACTION_STATUSES, BUILDING_BLOCKS, CHANNELS, NUDGES } from '@/lib/steps/action';
import { JOB_DEMANDS, JOB_RESOURCES, QUADRANTS } from '@/lib/steps/as-is';
import { FREQUENCIES, INDICATOR_CATALOGUE, PDCA_PHASES } from '@/lib/steps/measure';
import { BUDGET_CATEGORIES, EXPERTISE_SOURCES, SCENARIOS } from '@/lib/steps/resources';
import { ACTORS, ENGAGEMENT, GRID_LEVELS, PARTICIPATION_CHANNELS, RACI_ROLES } from '@/lib/steps/roles';
import { LEVELS } from '@/lib/steps/shared';
import { FINDING_METHODS } from '@/lib/followUp/schema';
import { findingMethodLabels } from './reference/followUp';
import { actionStatusLabels, buildingBlockLabels, channelLabels, nudgeLabels } from './reference/action';
import { demandLabels, quadrantLabels, resourceLabels } from './reference/as-is';
import { levelLabels } from './reference/levels';
import { frequencyLabels, indicatorCatalogueLabels, pdcaPhaseLabels } from './reference/measure';
import { budgetCategoryLabels, expertiseSourceLabels, scenarioLabels } from './reference/resources';
import { actorLabels, engagementLabels, gridLevelLabels, participationLabels, raciLabels } from './reference/roles';

describe('content', () => {
  it('has guidance for every step in both languages', () => {
    for (const locale of ['nl', 'fr'] as const) {
      const content = stepContent(locale);
      expect(Object.keys(content).sort()).toEqual([...STEP_IDS].sort());
      for (const id of STEP_IDS) {
        const step = content[id];
        expect(step.purpose.length, `${locale} ${id} purpose`).toBeGreaterThan(0);
        expect(step.guidance.length, `${locale} ${id} guidance`).toBeGreaterThan(0);
        expect(step.tips.length, `${locale} ${id} tips`).toBeGreaterThan(0);
        expect(step.example.paragraphs.length, `${locale} ${id} example`).toBeGreaterThan(0);
      }
    }
  });

  it('labels every code of every step in both languages', () => {
    const lists = [
      [ORGANISATION_TYPES, organisationTypeLabels],
      [SECTORS, sectorLabels],
      [DRIVERS, driverLabels],
      [RELEVANCE, relevanceLabels],
      [LEVERS, leverLabels],
      [LEVELS, levelLabels],
      [JOB_DEMANDS, demandLabels],
      [JOB_RESOURCES, resourceLabels],
      [QUADRANTS, quadrantLabels],
      [ACTORS, actorLabels],
      [GRID_LEVELS, gridLevelLabels],
      [ENGAGEMENT, engagementLabels],
      [RACI_ROLES, raciLabels],
      [PARTICIPATION_CHANNELS, participationLabels],
      [BUDGET_CATEGORIES, budgetCategoryLabels],
      [EXPERTISE_SOURCES, expertiseSourceLabels],
      [SCENARIOS, scenarioLabels],
      [BUILDING_BLOCKS, buildingBlockLabels],
      [ACTION_STATUSES, actionStatusLabels],
      [CHANNELS, channelLabels],
      [NUDGES, nudgeLabels],
      [INDICATOR_CATALOGUE, indicatorCatalogueLabels],
      [FREQUENCIES, frequencyLabels],
      [PDCA_PHASES, pdcaPhaseLabels],
      [FINDING_METHODS, findingMethodLabels],
    ] as const;
    for (const [codes, labels] of lists) {
      expect(Object.keys(labels.nl).sort()).toEqual([...codes].sort());
      expect(Object.keys(labels.fr).sort()).toEqual([...codes].sort());
      for (const code of codes) {
        const nl = (labels.nl as Record<string, { label: string }>)[code]?.label;
        const fr = (labels.fr as Record<string, { label: string }>)[code]?.label;
        expect(nl?.trim()).toBeTruthy();
        expect(fr?.trim()).toBeTruthy();
      }
    }
  });
});
