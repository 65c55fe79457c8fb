import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomExports } from '@/testing/randomDrafts';
import { renderPdfInNode } from './node';

describe('PDF export of random drafts', () => {
  it('always renders', async () => {
    await fc.assert(
      fc.asyncProperty(randomExports, async (request) => {
        const pdf = await renderPdfInNode(request);
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      }),
      // Bounded: each render takes seconds on a shared 2-core machine; the random drafts still vary every field.
      { numRuns: 8 },
    );
  }, 300_000);
});
