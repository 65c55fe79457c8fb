import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { unzlibSync } from 'fflate';

/** What a reader of the PDF sees: its text (whitespace normalised), page count and metadata. Tests only. */
export async function readPdf(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  const { text: pageTexts } = await extractText(pdf, { mergePages: false });
  const { info } = await getMeta(pdf);
  const meta = info as { Title?: string; Language?: string; Lang?: string };
  const catalogue = await pdf.getMetadata();
  const destinations: Record<string, number> = {};
  for (const [name, target] of Object.entries(await pdf.getDestinations())) {
    const ref = Array.isArray(target) ? target[0] : null;
    if (ref && typeof ref === 'object') destinations[name] = (await pdf.getPageIndex(ref)) + 1;
  }
  return {
    pages: totalPages,
    /** Spaces of any kind (NBSP, U+202F) kept as they are; runs of ordinary whitespace collapsed. */
    text: text.replace(/[ \t\r\n]+/g, ' '),
    /** Each page's text in reading order, as extracted (whitespace kept). */
    pageTexts,
    /** Named destinations (the contents' link targets) and the page number each points to. */
    destinations,
    title: meta.Title ?? '',
    info: catalogue.info,
  };
}

/** The document language from the PDF catalogue (/Lang), read from the raw bytes. */
export function pdfLanguage(bytes: Uint8Array): string | null {
  const match = /\/Lang\s*\(([^)]*)\)/.exec(Buffer.from(bytes).toString('latin1'));
  return match?.[1] ?? null;
}

/** The PDF's streams inflated (content streams hold the drawing operators), as latin1 text. */
export function pdfStreams(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes).toString('latin1');
  const streams: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const data = Buffer.from(match[1] ?? '', 'latin1');
    try {
      streams.push(Buffer.from(unzlibSync(new Uint8Array(data))).toString('latin1'));
    } catch {
      streams.push(data.toString('latin1'));
    }
  }
  return streams;
}
