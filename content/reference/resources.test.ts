import { describe, expect, it } from 'vitest';
import { researchFigures, ROI_SUGGESTIONS } from './resources';

describe('research figures for the step 5 calculator', () => {
  it('label every figure and its source in both languages', () => {
    for (const figure of researchFigures) {
      for (const locale of ['nl', 'fr'] as const) {
        expect(figure.label[locale].trim(), `${figure.id} label ${locale}`).not.toBe('');
        expect(figure.source[locale].trim(), `${figure.id} source ${locale}`).not.toBe('');
        if (!figure.range) expect(figure.finding?.[locale].trim(), `${figure.id} finding ${locale}`).toBeTruthy();
      }
    }
    expect(new Set(researchFigures.map((figure) => figure.id)).size).toBe(researchFigures.length);
  });

  it('give ranges from low to high', () => {
    for (const { range, id } of researchFigures) if (range) expect(range.low, id).toBeLessThanOrEqual(range.high);
  });

  it('offer suggestions that match the research they cite, with the cautious scenario lowest', () => {
    const figure = (id: string) => researchFigures.find((candidate) => candidate.id === id)?.range;
    expect(figure('working-days')?.low).toBe(ROI_SUGGESTIONS.workingDaysPerFte);
    expect(figure('psychosocial-share')?.low).toBe(ROI_SUGGESTIONS.psychosocialShare);
    const { cautious, middle, optimistic } = ROI_SUGGESTIONS.reduction;
    expect(cautious).toBeLessThan(middle);
    expect(middle).toBeLessThan(optimistic);
    // The cautious scenario stays below the research range, since some trials found no effect.
    expect(cautious).toBeLessThan(figure('absence-drop')?.low ?? 0);
  });
});
