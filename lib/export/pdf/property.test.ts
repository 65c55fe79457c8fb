import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomDraft, randomSteps } from '../randomDrafts';
import { renderPdfInNode } from './node';

describe('PDF export of random drafts', () => {
  it('always renders', async () => {
    await fc.assert(
      fc.asyncProperty(
        randomSteps,
        fc.constantFrom('nl' as const, 'fr' as const),
        fc.constantFrom('draft' as const, 'final' as const),
        async (data, locale, status) => {
          const draft = randomDraft(data, locale);
          const pdf = await renderPdfInNode({ draft, locale, options: { status, date: '2026-11-23' } });
          expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        },
      ),
      { numRuns: 25 },
    );
  }, 300_000);
});
