import { extractText, getDocumentProxy, getMeta } from 'unpdf';

const squash = (text: string) => text.replace(/[ \t\r\n]+/g, ' ');

/** No-break spaces as plain ones: for comparing French text with what a PDF reader extracts. */
export const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** The text (all pages), title and language of a PDF, as a reader would see them. */
export async function readPdf(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(bytes.slice());
  const { text } = await extractText(pdf, { mergePages: true });
  const { info } = await getMeta(pdf);
  const lang = /\/Lang\s*\(([^)]*)\)/.exec(Buffer.from(bytes).toString('latin1'))?.[1];
  return { text: squash(text), title: (info as { Title?: string }).Title, lang };
}

/** The text of each page of a PDF, in order. */
export async function readPdfPages(bytes: Uint8Array): Promise<string[]> {
  // A copy as a plain Uint8Array (page.pdf() gives a Buffer, which pdf.js refuses).
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  return text.map(squash);
}
