'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import { WorkspaceLink } from '@/components/workspace/WorkspaceLink';
import type { Draft } from '@/lib/draft/envelope';

type Glyphs = typeof import('@/lib/export/glyphs');

/** How many characters the note names; the count says how many there are in all. */
const SHOWN = 20;

export interface MissingGlyphsResult {
  missing: string[];
  glyphs: Glyphs | null;
}

/**
 * The characters of the draft that no PDF font can draw (they come out as a
 * placeholder). The check and the fonts' coverage table load after the page,
 * so first-load JS stays as it was; until then nothing is reported.
 */
export function useMissingGlyphs(draft: Draft): MissingGlyphsResult {
  const [glyphs, setGlyphs] = useState<Glyphs | null>(null);
  useEffect(() => {
    let cancelled = false;
    void import('@/lib/export/glyphs').then((module) => !cancelled && setGlyphs(module));
    return () => {
      cancelled = true;
    };
  }, []);
  const missing = useMemo(() => (glyphs ? glyphs.missingGlyphs(draft) : []), [glyphs, draft]);
  return { missing, glyphs };
}

/**
 * Before a PDF download: which characters the PDF cannot show, and where they
 * do show — the Word document and the accessible version. Nothing when every
 * character has a glyph.
 */
export function MissingGlyphsNote({ missing, glyphs, id }: MissingGlyphsResult & { id: string }) {
  const t = useTranslations('export.ui');
  if (!glyphs || missing.length === 0) return null;
  const shown = missing.slice(0, SHOWN).map((char) => `${char} (${glyphs.codePointLabel(char)})`);
  return (
    <div className="notice notice--warning" id={id}>
      <p>
        {t('missingGlyphs', {
          count: missing.length,
          placeholder: glyphs.PLACEHOLDER,
          characters: shown.join(', ') + (missing.length > SHOWN ? ', …' : ''),
        })}
      </p>
      <p>
        {t.rich('missingGlyphsAlternatives', {
          link: (text) => <WorkspaceLink step={{ view: 'print' }}>{text}</WorkspaceLink>,
        })}
      </p>
    </div>
  );
}
