import { strFromU8, unzipSync } from 'fflate';

/**
 * A .docx read back the way a test checks it (unit and end-to-end): the parts'
 * XML and the text of each paragraph with its style. Tests only.
 */
export interface DocxParagraph {
  style: string | null;
  text: string;
  /** Uses a list from numbering.xml. */
  numbered: boolean;
}

const unescape = (text: string) =>
  text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] ?? '',
  );

function paragraphs(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    numbered: /<w:numPr>/.test(p),
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\/>/g)]
      .map((match) => (match[2] ? ' ' : unescape(match[1] ?? '')))
      .join(''),
  }));
}

export function readDocx(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const part = (path: string) => {
    const file = files[path];
    return file ? strFromU8(file) : '';
  };
  const document = part('word/document.xml');
  const all = paragraphs(document);
  return {
    files: Object.keys(files),
    document,
    styles: part('word/styles.xml'),
    core: part('docProps/core.xml'),
    numbering: part('word/numbering.xml'),
    footers: Object.keys(files)
      .filter((path) => /^word\/footer\d+\.xml$/.test(path))
      .map(part),
    relationships: part('word/_rels/document.xml.rels'),
    paragraphs: all,
    /** All paragraph text, whitespace collapsed. */
    text: all
      .map((p) => p.text)
      .join(' ')
      .replace(/[ \t\r\n]+/g, ' '),
    headings: all.filter((p) => p.style && /^Heading\d$/.test(p.style)),
  };
}

/**
 * Whether a part is well-formed XML as Word requires: every tag closed in
 * order, attribute values quoted, only the five entities or character
 * references, no character XML 1.0 forbids. A strict reader for tests, not a
 * validating parser.
 */
export function wellFormed(xml: string): string | null {
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(xml)) return 'a character XML does not allow';
  if (/&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(xml)) return 'a bare &';
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  for (const [tag] of body.matchAll(/<[^>]*>?/g)) {
    if (!tag.endsWith('>')) return `an unclosed tag: ${tag.slice(0, 40)}`;
    const close = /^<\/([\w:.-]+)\s*>$/.exec(tag);
    if (close) {
      if (stack.pop() !== close[1]) return `</${close[1]}> closes something else`;
      continue;
    }
    const open = /^<([\w:.-]+)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>$/.exec(tag);
    if (!open) return `a malformed tag: ${tag.slice(0, 60)}`;
    if (!open[3]) stack.push(open[1] ?? '');
  }
  return stack.length ? `<${stack.at(-1)}> is never closed` : null;
}
