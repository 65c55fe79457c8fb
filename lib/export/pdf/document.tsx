import { Font, pdf } from '@react-pdf/renderer';
import type { Locale } from '@/i18n/routing';
import type { Draft } from '@/lib/draft/envelope';
import { isolateUserText } from '../bidi';
import { buildExportView, type ExportOptions } from '../viewModel';
import { ExportDocument } from './ExportDocument';
import { loadHyphenation } from './hyphenation';
import { FONT_FAMILY } from './theme';

/** The font files in public/fonts. */
export const FONT_FILES = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  italic: 'NotoSans-Italic.ttf',
} as const;

let registered = false;

/**
 * Registers Noto Sans once: from a folder (a file path ending in `/` in Node),
 * or with `sources` mapping each file name to a data URL (the worker).
 */
export function registerFonts(base: string, sources: Record<string, string> = {}): void {
  if (registered) return;
  const src = (file: string) => sources[file] ?? base + file;
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: src(FONT_FILES.regular), fontWeight: 'normal', fontStyle: 'normal' },
      { src: src(FONT_FILES.bold), fontWeight: 'bold', fontStyle: 'normal' },
      { src: src(FONT_FILES.italic), fontWeight: 'normal', fontStyle: 'italic' },
    ],
  });
  registered = true;
}

export interface RenderRequest {
  draft: Draft;
  locale: Locale;
  options: ExportOptions;
}

/** Draft → react-pdf document instance (call `.toBlob()` in a browser, `.toBuffer()` in Node). */
export async function exportInstance({ draft, locale, options }: RenderRequest) {
  // User text enters the document here, isolated, so it cannot reorder the document's own words.
  const view = buildExportView(isolateUserText(draft), locale, options);
  const hyphenation = await loadHyphenation(locale);
  return pdf(<ExportDocument view={view} hyphenation={hyphenation} />);
}
