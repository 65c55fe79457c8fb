import { Font, pdf } from '@react-pdf/renderer';
import type { Locale } from '@/i18n/routing';
import type { Draft } from '@/lib/draft/envelope';
import { isolateUserText } from '../bidi';
import { withPlaceholdersIn } from '../glyphs';
import { buildDocumentView } from '../documentView';
import type { ExportOptions } from '../viewModel';
import { ExportDocument } from './ExportDocument';
import { loadHyphenation } from './hyphenation';
import { FONT_STACK } from './theme';

/**
 * The font files in public/fonts, per family (see its README): Noto Sans for
 * Latin, Greek and Cyrillic, then the fallbacks react-pdf picks per character
 * (FONT_STACK). A family without its own italic or bold uses its regular or bold.
 */
export const FONT_FAMILIES = {
  [FONT_STACK[0]]: { regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf', italic: 'NotoSans-Italic.ttf' },
  [FONT_STACK[1]]: { regular: 'NotoEmoji-Regular.ttf' },
  [FONT_STACK[2]]: { regular: 'NotoSansArabic-Regular.ttf', bold: 'NotoSansArabic-Bold.ttf' },
  [FONT_STACK[3]]: { regular: 'NotoSansHebrew-Regular.ttf', bold: 'NotoSansHebrew-Bold.ttf' },
} as const satisfies Record<(typeof FONT_STACK)[number], { regular: string; bold?: string; italic?: string }>;

/** Every font file, for fetching and precaching. */
export const FONT_FILES: readonly string[] = Object.values(FONT_FAMILIES).flatMap((files) => Object.values(files));

let registered = false;

/**
 * Registers the fonts once: from a folder (a file path ending in `/` in Node),
 * or with `sources` mapping each file name to a data URL (the worker).
 */
export function registerFonts(base: string, sources: Record<string, string> = {}): void {
  if (registered) return;
  const src = (file: string) => sources[file] ?? base + file;
  for (const [family, files] of Object.entries(FONT_FAMILIES)) {
    const { regular } = files;
    const bold = 'bold' in files ? files.bold : regular;
    const italic = 'italic' in files ? files.italic : regular;
    Font.register({
      family,
      fonts: [
        { src: src(regular), fontWeight: 'normal', fontStyle: 'normal' },
        { src: src(bold), fontWeight: 'bold', fontStyle: 'normal' },
        { src: src(italic), fontWeight: 'normal', fontStyle: 'italic' },
      ],
    });
  }
  registered = true;
}

export interface RenderRequest {
  draft: Draft;
  locale: Locale;
  options: ExportOptions;
}

/** Draft → react-pdf document instance of the plan or the evaluation report (`options.document`) (call `.toBlob()` in a browser, `.toBuffer()` in Node). */
export async function exportInstance({ draft, locale, options }: RenderRequest) {
  // User text enters the document here: a character no font has drawn as a placeholder (the UI
  // said so before), each line isolated, so it cannot reorder the document's own words.
  const view = buildDocumentView(isolateUserText(withPlaceholdersIn(draft)), locale, options);
  const hyphenation = await loadHyphenation(locale);
  return pdf(<ExportDocument view={view} hyphenation={hyphenation} />);
}
