import { describe, expect, it } from 'vitest';
import { DRIVERS, LEVERS, ORGANISATION_TYPES, RELEVANCE, SECTORS } from '@/lib/steps/why';
import { STEP_IDS } from '@/lib/steps/registry';
import { leverLabels } from './reference/levers';
import { driverLabels, organisationTypeLabels, relevanceLabels, sectorLabels } from './reference/why';
import { stepContent } from './steps';

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

  it('labels every code of step 1 in both languages, differently', () => {
    const lists = [
      [ORGANISATION_TYPES, organisationTypeLabels],
      [SECTORS, sectorLabels],
      [DRIVERS, driverLabels],
      [RELEVANCE, relevanceLabels],
      [LEVERS, leverLabels],
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
