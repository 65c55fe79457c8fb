import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fr from '@/messages/fr.json';
import nl from '@/messages/nl.json';
import { randomExports } from '@/testing/randomDrafts';
import { readDocx, wellFormed } from '@/testing/readBackDocx';
import { renderDocx } from './render';

const MESSAGES = { nl, fr } as const;

describe('Word export of random drafts', () => {
  it('always generates a well-formed document that ends with the approval', async () => {
    await fc.assert(
      fc.asyncProperty(randomExports, async (request) => {
        const docx = readDocx(await renderDocx(request));
        for (const part of [docx.document, docx.styles, docx.core, docx.relationships, ...docx.footers]) {
          expect(wellFormed(part)).toBeNull();
        }
        const doc = MESSAGES[request.locale].export.doc;
        expect(docx.headings.at(-1)?.text).toBe(doc.approval.title);
        expect(docx.text).toContain(doc.status[request.options.status]);
      }),
      // Bounded, like the PDF property: enough random drafts to vary every field.
      { numRuns: 15 },
    );
  }, 300_000);
});
