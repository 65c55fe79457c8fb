import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STEPS } from '@/lib/steps/registry';
import nl from './nl.json';

/**
 * Every message key is used by some source file. A key `a.b.c` counts as used
 * by a file when the file holds a string (or a template-literal piece) that is
 * the whole key, or a tail of it (`'c'`, `'b.c'`, `.c` in `${ns}.c`) together
 * with the rest as a namespace (`'a.b'`, `'a'`): how `useTranslations('a.b')`
 * plus `t('c')`, and explicit maps of keys, read in code. A file that looks a
 * step up in the registry (`.messages`) may use every step's namespace.
 */

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : keys(value, `${prefix}${key}.`),
  );
}

const ROOT = join(__dirname, '..');
const SOURCE_DIRS = ['app', 'components', 'lib', 'content', 'i18n'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The strings of a file: quoted literals and the literal pieces of template strings, without edge dots. */
function strings(source: string): Set<string> {
  const found = new Set<string>();
  // Quoted strings are read separately from template strings, so `${t('key')}` inside a template counts too.
  const quoted = source.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g);
  const templates = source.matchAll(/`((?:[^`\\]|\\.)*)`/g);
  for (const match of [...quoted, ...templates]) {
    const text = match[1] ?? match[2] ?? '';
    for (const piece of text.split(/\$\{[^}]*\}/)) {
      const trimmed = piece.replace(/^\.+|\.+$/g, '');
      if (trimmed) found.add(trimmed);
    }
  }
  return found;
}

/**
 * Keys still built at run time from a code or a field name (`t(\`status.${code}\`)`,
 * `t(\`${name}Hint\`)`). Each should become an explicit map; until then they are
 * listed here by pattern, and only here. A new dynamic key fails the test.
 */
const BUILT_AT_RUN_TIME: readonly RegExp[] = [
  /^steps\.asIs\.\w+Hint$/,
  /^steps\.asIs\.scale\.\d$/,
  /^steps\.measure\.legalDue\.[\w-]+$/,
  /^steps\.measure\.legalStatus\.\w+$/,
  /^steps\.measure\.levelHints\.\w+$/,
  /^steps\.resources\.roi\.\w+Hint$/,
  /^steps\.resources\.roi\.research\.unit\.\w+$/,
  /^steps\.toBe\.confirmRemove\.kinds\.\w+$/,
  /^steps\.toBe\.sloganTips\.\w+$/,
  /^steps\.toBe\.status\.\w+$/,
];

const STEP_NAMESPACES = STEPS.map((step) => step.messages);

const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir))).map((path) => {
  const source = readFileSync(path, 'utf8');
  const found = strings(source);
  if (/\.messages\b/.test(source)) for (const namespace of STEP_NAMESPACES) found.add(namespace);
  return { path: relative(ROOT, path), found };
});

/** A tail as code writes it: whole, or a code plus a template suffix (`${name}Hint`, `${first}Heading`). */
function hasTail(tail: string, found: Set<string>): boolean {
  if (found.has(tail)) return true;
  const leaf = /^(.*?)([A-Z][a-zA-Z]*)$/.exec(tail);
  return !!leaf && found.has(leaf[1] ?? '') && found.has(leaf[2] ?? '');
}

function usedBy(key: string, found: Set<string>): boolean {
  const parts = key.split('.');
  for (let split = 0; split < parts.length; split++) {
    const namespace = parts.slice(0, split).join('.');
    const tail = parts.slice(split).join('.');
    if (hasTail(tail, found) && (split === 0 || found.has(namespace))) return true;
  }
  return false;
}

/** The key's own segments that are codes somewhere in the sources (a code list's values). */
function codesUnder(key: string): string[] {
  return key.split('.').filter((part) => everywhere.has(part) && /[-\d]|^[a-z]+$/.test(part));
}

/** Codes (status, step ids, code-list values) are strings anywhere in lib/; keys built from them use the file's namespace. */
const everywhere = new Set(files.flatMap((file) => [...file.found]));

describe('UI messages', () => {
  it('are each used by some source file', () => {
    const unused = keys(nl as Tree).filter(
      (key) =>
        !BUILT_AT_RUN_TIME.some((pattern) => pattern.test(key)) &&
        !files.some((file) => usedBy(key, new Set([...file.found, ...codesUnder(key)]))),
    );
    expect(unused).toEqual([]);
  });

  it('finds a key nothing uses (the check itself works)', () => {
    expect(files.some((file) => usedBy('steps.why.noSuchKeyAnywhere', file.found))).toBe(false);
    expect(files.some((file) => usedBy('steps.why.title', file.found))).toBe(true);
  });
});
