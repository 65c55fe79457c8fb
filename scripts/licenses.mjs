#!/usr/bin/env node
// Writes out/licenses.txt: every font and package the build ships, with its
// licence text. Packages are the lockfile's non-development packages (the
// runtime dependencies and what they pull in); their text comes from the
// LICENSE file in node_modules. Run after `next build`, before sw.mjs (which
// hashes every file in out/).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LICENSES_FILE = 'licenses.txt';

/** The shipped packages of a package-lock (v2/v3): name, version, declared licence, folder; sorted by name. */
export function shippedPackages(lock) {
  return Object.entries(lock.packages ?? {})
    .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev && !entry.devOptional && !entry.link)
    .map(([path, entry]) => ({
      name: entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length),
      version: entry.version ?? '',
      license: typeof entry.license === 'string' ? entry.license : 'UNKNOWN',
      path,
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

function licenceText(folder) {
  if (!existsSync(folder)) return null;
  const file = readdirSync(folder).find((name) => /^(licen[cs]e|copying)(\.|-|$)/i.test(name));
  return file ? readFileSync(join(folder, file), 'utf8').trim() : null;
}

/**
 * The PDF export hyphenates with the Dutch and French patterns of hyph-utf8, inside the
 * `hyphen` package but under their own licences (Dutch: LPPL 1.0 or later; French: MIT).
 * Their notice is the comment block at the top of each pattern file.
 */
export function patternNotices(projectRoot) {
  return ['nl', 'fr'].map((language) => {
    const lines = readFileSync(join(projectRoot, 'node_modules', 'hyphen', 'patterns', `${language}.js`), 'utf8')
      .split('\n')
      .map((line) => line.trim());
    const start = lines.findIndex((line) => line.startsWith('// title:'));
    const block = [];
    for (const line of lines.slice(start)) {
      if (!line.startsWith('//') || line.startsWith('// ===')) break;
      block.push(line.replace(/^\/\/ ?/, ''));
    }
    const licence = /licence:\s*\n\s*name: (\S+)/.exec(block.join('\n'))?.[1] ?? 'UNKNOWN';
    return { language, title: block[0]?.replace(/^title: /, '') ?? '', licence, text: block.join('\n') };
  });
}

/** The text of licenses.txt for the project in `projectRoot`. */
export function licencesDocument(projectRoot) {
  const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8'));
  const rule = '='.repeat(72);
  const parts = [
    'Welzijnskompas: fonts and packages shipped in this build, with their licences.',
    '',
    rule,
    'Noto Sans Regular, Bold and Italic; Noto Sans Arabic and Noto Sans Hebrew Regular and Bold; Noto Emoji Regular (fonts/) — SIL Open Font License 1.1',
    rule,
    readFileSync(join(projectRoot, 'public', 'fonts', 'OFL.txt'), 'utf8').trim(),
  ];
  for (const notice of patternNotices(projectRoot)) {
    parts.push('', rule, `${notice.title} (hyph-utf8, in the hyphen package) — ${notice.licence}`, rule, notice.text);
  }
  for (const pkg of shippedPackages(lock)) {
    const text = licenceText(join(projectRoot, pkg.path));
    parts.push('', rule, `${pkg.name} ${pkg.version} — ${pkg.license}`, rule);
    parts.push(text ?? `No licence file in the package; its declared licence is ${pkg.license}.`);
  }
  return `${parts.join('\n')}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = resolve(process.argv[2] ?? 'out');
  writeFileSync(join(out, LICENSES_FILE), licencesDocument(process.cwd()));
  console.log(`Wrote ${join(out, LICENSES_FILE)}`);
}
