import { extractText, getDocumentProxy, getMeta } from 'unpdf';

/** What a reader of an exported PDF sees: its text (spaces collapsed), title and language. */
export async function readPdf(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(bytes.slice());
  const { text } = await extractText(pdf, { mergePages: true });
  const { info } = await getMeta(pdf);
  const lang = /\/Lang\s*\(([^)]*)\)/.exec(Buffer.from(bytes).toString('latin1'))?.[1];
  return { text: text.replace(/[ \t\r\n]+/g, ' '), title: (info as { Title?: string }).Title, lang };
}
