import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { largeDraft } from '@/testing/fixtures';
import { readPdf } from '@/testing/readBackPdf';
import { FONT_FAMILIES } from './document';
import { renderPdfInNode } from './node';

/**
 * The patched react-pdf layout (patches/, see its README) keeps the lines of texts it laid
 * out, and pdfkit reuses a font it has already opened. A second render must give the same
 * file, and a changed text must be laid out anew.
 */
const options = { status: 'draft', date: '2026-11-23' } as const;

/** Counts fontkit's shaping calls: every text that is laid out (not taken from the kept lines) shapes its runs. */
function countShaping() {
  const font = fontkit.create(
    readFileSync(new URL(`../../../public/fonts/${FONT_FAMILIES['Noto Sans'].regular}`, import.meta.url)),
  );
  const prototype = Object.getPrototypeOf(font) as { layout: (...args: unknown[]) => unknown };
  const shape = prototype.layout;
  const counter = { calls: 0, stop: () => (prototype.layout = shape) };
  prototype.layout = function counted(...args: unknown[]) {
    counter.calls += 1;
    return shape.apply(this, args);
  };
  return counter;
}

/** The file without what differs between any two renders: creation date, file id and the offset table's start. */
const comparable = (bytes: Uint8Array) =>
  Buffer.from(bytes)
    .toString('latin1')
    .replace(/\(D:\d+Z\)/g, '')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/g, '')
    .replace(/startxref\n\d+/g, '');

describe('rendering a draft again', () => {
  it('reuses every laid-out text of the same draft and writes the same file', async () => {
    const draft = largeDraft('nl');
    // Shaping is wrapped once the fonts are installed, so the first render happens before counting.
    const first = await renderPdfInNode({ draft, locale: 'nl', options });
    const shaping = countShaping();
    try {
      const second = await renderPdfInNode({ draft, locale: 'nl', options });
      expect(shaping.calls).toBe(0);
      expect(comparable(second)).toBe(comparable(first));
    } finally {
      shaping.stop();
    }
  });

  it('lays out a changed text anew, and only the texts that changed', async () => {
    const draft = largeDraft('fr');
    await renderPdfInNode({ draft, locale: 'fr', options });
    // The last action: "… 40" is no prefix of another title.
    const actions = draft.steps.action.actions;
    const action = actions[actions.length - 1]!;
    const renamed = {
      ...draft,
      steps: {
        ...draft.steps,
        action: {
          ...draft.steps.action,
          actions: [...actions.slice(0, -1), { ...action, title: 'Atelier ergonomie renouvelé' }],
        },
      },
    };
    const shaping = countShaping();
    try {
      const pdf = await readPdf(await renderPdfInNode({ draft: renamed, locale: 'fr', options }));
      expect(pdf.text).toContain('Atelier ergonomie renouvelé');
      expect(pdf.text).not.toContain(action.title);
      // The title appears in a few places (action table, timeline, matrix list); the rest is reused.
      expect(shaping.calls).toBeGreaterThan(0);
      expect(shaping.calls).toBeLessThan(40);
    } finally {
      shaping.stop();
    }
  });
});
