import { ExternalHyperlink, TextRun, type IRunOptions } from 'docx';
import { safeHref } from '@/lib/draft/safeLink';

/**
 * Characters XML 1.0 cannot hold (C0 controls other than tab, line feed and
 * carriage return, lone surrogates, U+FFFE/U+FFFF): Word refuses a file with
 * any of them, so they are left out. Everything else stays as typed.
 */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const xmlSafe = (text: string) => text.replace(NOT_XML, '');

/** What may be a URL the user wrote out; trailing punctuation is not part of it. */
const URL_CANDIDATE = /(?:https?:\/\/|mailto:)[^\s<>"]+/gi;
const TRAILING = /[.,;:!?)\]}»”’'"]+$/;

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;
export type Inline = TextRun | ExternalHyperlink;

/** One line of user text: plain runs, and links where (and only where) `safeHref` allows one. */
function line(text: string, style: RunStyle, first: boolean): Inline[] {
  const out: Inline[] = [];
  let rest = 0;
  let breakBefore = !first;
  const plain = (value: string) => {
    if (!value && !breakBefore) return;
    out.push(new TextRun({ ...style, text: value, ...(breakBefore ? { break: 1 } : {}) }));
    breakBefore = false;
  };
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const candidate = match[0].replace(TRAILING, '');
    const href = safeHref(candidate);
    if (!href) continue;
    plain(text.slice(rest, match.index));
    if (breakBefore) plain('');
    out.push(
      new ExternalHyperlink({ link: href, children: [new TextRun({ ...style, text: candidate, style: 'Hyperlink' })] }),
    );
    rest = match.index + candidate.length;
  }
  plain(text.slice(rest));
  return out;
}

/** User or document text as runs: line breaks kept, never interpreted as markup (docx escapes it). */
export function runs(text: string, style: RunStyle = {}): Inline[] {
  return xmlSafe(text)
    .split(/\r\n|\r|\n/)
    .flatMap((part, index) => line(part, style, index === 0));
}
