import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import nl from '@/messages/nl.json';
import fr from '@/messages/fr.json';
import { randomDraft, randomSteps } from '../randomDrafts';
import { readDocx, wellFormed } from './readBack';
import { renderDocx } from './render';

const MESSAGES = { nl, fr } as const;

describe('Word export of random drafts', () => {
  it('always generates a well-formed document that ends with the approval', async () => {
    await fc.assert(
      fc.asyncProperty(
        randomSteps,
        fc.constantFrom('nl' as const, 'fr' as const),
        fc.constantFrom('draft' as const, 'final' as const),
        async (data, locale, status) => {
          const draft = randomDraft(data, locale);
          const docx = readDocx(await renderDocx({ draft, locale, options: { status, date: '2026-11-23' } }));
          for (const part of [docx.document, docx.styles, docx.core, docx.relationships, ...docx.footers]) {
            expect(wellFormed(part)).toBeNull();
          }
          expect(docx.headings.at(-1)?.text).toBe(MESSAGES[locale].export.doc.approval.title);
          expect(docx.text).toContain(MESSAGES[locale].export.doc.status[status]);
        },
      ),
      { numRuns: 40 },
    );
  }, 300_000);
});
