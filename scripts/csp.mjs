#!/usr/bin/env node
// Adds a Content-Security-Policy to every page of the static export (out/).
//
// Next's static export inlines small scripts (the React Server Components
// payload, the `/` language redirect), different on every page and every
// build. This step hashes each page's inline scripts and puts the policy in a
// <meta http-equiv="Content-Security-Policy"> at the top of its <head>, so the
// policy holds on any static host. It also writes out/csp-header.txt: the same
// policy with the hashes of all pages plus frame-ancestors (which a meta tag
// cannot carry), for web servers that send the header (see README).
// Idempotent: running it twice gives the same files.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Everything the app needs, nothing more: no other origin, no eval, no plugins. */
export const BASE_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // React's style attributes and Next's style tags; styles cannot run code.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  // The PDF export renders in a same-origin module worker.
  'worker-src': ["'self'", 'blob:'],
  // Downloads and a PDF preview come from blob: URLs made in the page.
  'frame-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/gi;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

export function policyText(hashes, extra = {}) {
  const policy = { ...BASE_POLICY, 'script-src': [...BASE_POLICY['script-src'], ...[...hashes].sort()], ...extra };
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    if (!match[1]) continue;
    hashes.add(`'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/** The page with exactly one CSP meta tag, right after <meta charset> (which must stay in the first bytes). */
export function withCspMeta(html) {
  const clean = html.replace(META, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyText(inlineScriptHashes(clean))}"/>`;
  const charset = /<head[^>]*>\s*<meta charSet="utf-8"\s*\/?>/i.exec(clean) ?? /<head[^>]*>/i.exec(clean);
  if (!charset) return clean;
  const at = charset.index + charset[0].length;
  return clean.slice(0, at) + meta + clean.slice(at);
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Adds the meta tag to every page in `root`; writes and returns the header policy. */
export function applyCsp(root) {
  const all = new Set();
  for (const file of htmlFiles(root)) {
    const html = withCspMeta(readFileSync(file, 'utf8'));
    for (const hash of inlineScriptHashes(html)) all.add(hash);
    writeFileSync(file, html);
  }
  const header = policyText(all, { 'frame-ancestors': ["'none'"] });
  writeFileSync(join(root, 'csp-header.txt'), `${header}\n`);
  return header;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? 'out');
  applyCsp(root);
  console.log(`Content-Security-Policy added to the pages in ${root} (header: ${join(root, 'csp-header.txt')})`);
}
