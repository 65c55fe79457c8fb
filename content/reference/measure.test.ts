import { describe, expect, it } from 'vitest';
import { CATALOGUE_GROUPS, CATALOGUE_SUGGESTIONS } from '@/lib/indicators';
import { LEGAL_MOMENTS } from '@/lib/steps/measure';
import { catalogueGroupLabels, indicatorCatalogueLabels, indicatorSourceLabels, legalMomentLabels } from './measure';

describe('step 7 reference texts', () => {
  for (const locale of ['nl', 'fr'] as const) {
    it(`name and define every catalogue indicator, with a source (${locale})`, () => {
      for (const code of Object.keys(CATALOGUE_SUGGESTIONS) as (keyof typeof CATALOGUE_SUGGESTIONS)[]) {
        expect(indicatorCatalogueLabels[locale][code].label.trim(), code).not.toBe('');
        expect(indicatorCatalogueLabels[locale][code].hint?.trim(), code).toBeTruthy();
        expect(indicatorSourceLabels[locale][code].trim(), code).not.toBe('');
      }
    });

    it(`label every catalogue group and legal moment (${locale})`, () => {
      for (const { group } of CATALOGUE_GROUPS) expect(catalogueGroupLabels[locale][group].label.trim()).not.toBe('');
      for (const moment of LEGAL_MOMENTS) {
        const labels = legalMomentLabels[locale][moment];
        for (const text of [labels.label, labels.hint, labels.title, labels.participants]) {
          expect(text.trim(), moment).not.toBe('');
        }
      }
    });
  }

  it('keep the annual action plan deadline of 1 November in both languages', () => {
    expect(legalMomentLabels.nl['annual-action-plan'].hint).toMatch(/1 november/);
    expect(legalMomentLabels.fr['annual-action-plan'].hint).toMatch(/1er novembre/);
  });
});
