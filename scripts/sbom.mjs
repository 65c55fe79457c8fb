#!/usr/bin/env node
// Writes out/sbom.cdx.json: a CycloneDX 1.5 software bill of materials of the
// build. Its packages are the ones licenses.mjs lists: the lockfile's
// non-development packages, i.e. all production dependencies with what they pull
// in. The lockfile cannot tell which of them end up in the exported JavaScript
// (Next's own build-time parts, such as its compiler binaries, are production
// dependencies too), so the SBOM lists the superset rather than guess; packages
// the lockfile marks optional (platform binaries) have the scope "optional".
// The fonts in fonts/ and the hyphenation patterns the PDF export loads are
// components too. No timestamp or random serial number: the same lockfile gives
// the same file. Run after `next build`, before sw.mjs (which hashes out/).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shippedPackages } from './licenses.mjs';

export const SBOM_FILE = 'sbom.cdx.json';

/** The package URL of an npm package (a scope's `@` is percent-encoded). */
export function npmPurl(name, version) {
  return `pkg:npm/${name.startsWith('@') ? `%40${name.slice(1)}` : name}@${version}`;
}

/** CycloneDX licence choice for an SPDX id or expression. */
function licenceChoice(license) {
  if (!license || license === 'UNKNOWN') return [];
  if (/\s(AND|OR|WITH)\s|[()+]/.test(license)) return [{ expression: license }];
  return [{ license: { id: license } }];
}

/**
 * A package that declares no licence (png-js) may still ship a licence file: then its first
 * line names it, and the text goes with it, rather than an SPDX id the package never claimed.
 */
function licenceFromFile(folder) {
  if (!existsSync(folder)) return [];
  const file = readdirSync(folder).find((name) => /^(licen[cs]e|copying)(\.|-|$)/i.test(name));
  if (!file) return [];
  const content = readFileSync(join(folder, file), 'utf8').trim();
  return [{ license: { name: content.split('\n')[0].trim(), text: { contentType: 'text/plain', content } } }];
}

/** npm's `sha512-<base64>` integrity as a CycloneDX hash. */
function integrityHash(integrity) {
  const match = /^sha512-([A-Za-z0-9+/=]+)$/.exec(integrity ?? '');
  return match ? [{ alg: 'SHA-512', content: Buffer.from(match[1], 'base64').toString('hex') }] : [];
}

/** A version-5 UUID (RFC 9562) of `text`, so the serial number follows the content. */
function uuidFor(text) {
  const namespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex'); // the URL namespace
  const bytes = createHash('sha1').update(namespace).update(text).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The version string (name id 5) of a TrueType font, e.g. "Version 2.013". */
export function fontVersion(bytes) {
  const tables = bytes.readUInt16BE(4);
  for (let index = 0; index < tables; index += 1) {
    const record = 12 + index * 16;
    if (bytes.toString('latin1', record, record + 4) !== 'name') continue;
    const table = bytes.readUInt32BE(record + 8);
    const count = bytes.readUInt16BE(table + 2);
    const strings = table + bytes.readUInt16BE(table + 4);
    for (let entry = 0; entry < count; entry += 1) {
      const at = table + 6 + entry * 12;
      const [platform, , , nameId, length, offset] = [0, 2, 4, 6, 8, 10].map((field) => bytes.readUInt16BE(at + field));
      if (nameId !== 5 || platform !== 3) continue;
      const utf16 = Buffer.from(bytes.subarray(strings + offset, strings + offset + length));
      return utf16.swap16().toString('utf16le').replace(/;.*$/, '').trim();
    }
  }
  return '';
}

/** Every font in public/fonts (see its README), with the name and where the subset was cut from. */
const DEBIAN = "Debian's fonts-noto-core";
const FONTS = [
  ['NotoSans-Regular.ttf', 'Noto Sans Regular', DEBIAN],
  ['NotoSans-Bold.ttf', 'Noto Sans Bold', DEBIAN],
  ['NotoSans-Italic.ttf', 'Noto Sans Italic', DEBIAN],
  ['NotoEmoji-Regular.ttf', 'Noto Emoji Regular', 'the npm package @fontsource/noto-emoji 5.3.2'],
  ['NotoSansArabic-Regular.ttf', 'Noto Sans Arabic Regular', DEBIAN],
  ['NotoSansArabic-Bold.ttf', 'Noto Sans Arabic Bold', DEBIAN],
  ['NotoSansHebrew-Regular.ttf', 'Noto Sans Hebrew Regular', DEBIAN],
  ['NotoSansHebrew-Bold.ttf', 'Noto Sans Hebrew Bold', DEBIAN],
];

/** The hyphenation patterns inside the `hyphen` package that the PDF export uses, with their own licences. */
const PATTERNS = [
  { language: 'nl', name: 'hyph-utf8 Dutch hyphenation patterns', license: 'LPPL-1.0+' },
  { language: 'fr', name: 'hyph-utf8 French hyphenation patterns', license: 'MIT' },
];

function patternsVersion(source) {
  return /\/\/ version: ([^\n]+)/.exec(source)?.[1]?.trim() ?? '';
}

/** The folder a dependency `name` of the package in `from` resolves to (Node's lookup through parent node_modules). */
function resolveDependency(packages, from, name) {
  for (let base = from; ;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return null;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

/** The CycloneDX 1.5 document (as an object) for the project in `projectRoot`. */
export function sbomDocument(projectRoot) {
  const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8'));
  const entries = lock.packages ?? {};
  const root = entries[''] ?? {};
  const rootRef = npmPurl(root.name ?? lock.name, root.version ?? lock.version);
  // One component per name and version, even where the lockfile holds the same package in two folders.
  const seen = new Set();
  const shipped = shippedPackages(lock).filter((pkg) => {
    const key = `${pkg.name}@${pkg.version}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const refOf = new Map(shippedPackages(lock).map((pkg) => [pkg.path, npmPurl(pkg.name, pkg.version)]));

  const components = shipped.map((pkg) => {
    const entry = entries[pkg.path];
    const slash = pkg.name.indexOf('/');
    const scoped = pkg.name.startsWith('@') && slash > 0;
    return {
      type: 'library',
      'bom-ref': refOf.get(pkg.path),
      ...(scoped ? { group: pkg.name.slice(0, slash) } : {}),
      name: scoped ? pkg.name.slice(slash + 1) : pkg.name,
      version: pkg.version,
      scope: entry.optional ? 'optional' : 'required',
      purl: npmPurl(pkg.name, pkg.version),
      licenses: pkg.license === 'UNKNOWN' ? licenceFromFile(join(projectRoot, pkg.path)) : licenceChoice(pkg.license),
      hashes: integrityHash(entry.integrity),
      ...(entry.resolved ? { externalReferences: [{ type: 'distribution', url: entry.resolved }] } : {}),
    };
  });

  const hyphen = shipped.find((pkg) => pkg.name === 'hyphen');
  if (hyphen) {
    const parent = components.find((component) => component['bom-ref'] === refOf.get(hyphen.path));
    parent.components = PATTERNS.map(({ language, name, license }) => {
      const source = readFileSync(join(projectRoot, hyphen.path, 'patterns', `${language}.js`), 'utf8');
      return {
        type: 'data',
        'bom-ref': `${refOf.get(hyphen.path)}#patterns/${language}`,
        name,
        version: patternsVersion(source),
        licenses: licenceChoice(license),
        hashes: [{ alg: 'SHA-256', content: createHash('sha256').update(source).digest('hex') }],
      };
    });
  }

  for (const [file, name, source] of FONTS) {
    const bytes = readFileSync(join(projectRoot, 'public', 'fonts', file));
    components.push({
      type: 'file',
      'bom-ref': `fonts/${file}`,
      name,
      version: fontVersion(bytes).replace(/^Version\s+/i, ''),
      description: `fonts/${file}: subset of ${source}, embedded in the PDF export`,
      licenses: licenceChoice('OFL-1.1'),
      hashes: [{ alg: 'SHA-256', content: createHash('sha256').update(bytes).digest('hex') }],
    });
  }

  const dependsOn = (path, entry) =>
    Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })
      .map((name) => refOf.get(resolveDependency(entries, path, name)))
      .filter((ref) => ref !== undefined)
      .sort();
  const dependencies = [
    { ref: rootRef, dependsOn: dependsOn('', root) },
    ...shipped.map((pkg) => ({ ref: refOf.get(pkg.path), dependsOn: dependsOn(pkg.path, entries[pkg.path]) })),
  ];

  const document = {
    $schema: 'http://cyclonedx.org/schema/bom-1.5.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    serialNumber: '',
    version: 1,
    metadata: {
      lifecycles: [{ phase: 'build' }],
      tools: { components: [{ type: 'application', name: 'scripts/sbom.mjs' }] },
      component: {
        type: 'application',
        'bom-ref': rootRef,
        name: root.name ?? lock.name,
        version: root.version ?? lock.version,
        purl: rootRef,
      },
    },
    components,
    dependencies,
  };
  document.serialNumber = `urn:uuid:${uuidFor(JSON.stringify(document))}`;
  return document;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = resolve(process.argv[2] ?? 'out');
  writeFileSync(join(out, SBOM_FILE), `${JSON.stringify(sbomDocument(process.cwd()), null, 2)}\n`);
  console.log(`Wrote ${join(out, SBOM_FILE)}`);
}
