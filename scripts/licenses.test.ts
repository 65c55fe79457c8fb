import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { licencesDocument, shippedPackages } from './licenses.mjs';

describe('the licences file of the build', () => {
  it('lists runtime packages, not development tools', () => {
    const lock = {
      packages: {
        '': { name: 'app' },
        'node_modules/zod': { version: '4.6.7', license: 'MIT' },
        'node_modules/vitest': { version: '4.1.12', license: 'MIT', dev: true },
        'node_modules/a/node_modules/b': { version: '1.0.0', license: 'ISC' },
      },
    };
    expect(shippedPackages(lock).map((p) => `${p.name}@${p.version} ${p.license}`)).toEqual([
      'b@1.0.0 ISC',
      'zod@4.6.7 MIT',
    ]);
  });

  it('holds the Noto fonts under OFL 1.1 and every dependency of package.json with its licence text', () => {
    const text = licencesDocument(process.cwd());
    expect(text).toContain(
      'Noto Sans Regular, Bold and Italic; Noto Sans Arabic and Noto Sans Hebrew Regular and Bold; Noto Emoji Regular (fonts/) — SIL Open Font License 1.1',
    );
    expect(text).toContain('The goals of the Open Font License (OFL)');
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    for (const [name, version] of Object.entries(pkg.dependencies)) expect(text).toContain(`${name} ${version} — `);
    expect(text).toContain('hyphen 1.6.6 — ');
    expect(text).toContain('Hyphenation patterns for Dutch (hyph-utf8, in the hyphen package) — LPPL');
    expect(text).toContain('url: https://latex-project.org/lppl/');
    expect(text).toContain('Hyphenation patterns for French (hyph-utf8, in the hyphen package) — MIT');
    expect(text).not.toContain('vitest 4.1.12');
  });
});
