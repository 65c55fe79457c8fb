import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontVersion, npmPurl, sbomDocument } from './sbom.mjs';

interface Component {
  type: string;
  'bom-ref': string;
  group?: string;
  name: string;
  version: string;
  scope?: string;
  purl?: string;
  licenses: ({ license: { id: string } | { name: string; text: { content: string } } } | { expression: string })[];
  hashes: { alg: string; content: string }[];
  components?: Component[];
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string; dev?: boolean; devOptional?: boolean }>;
};
const sbom = sbomDocument(process.cwd()) as {
  bomFormat: string;
  specVersion: string;
  serialNumber: string;
  version: number;
  metadata: { component: { name: string; version: string; purl: string } };
  components: Component[];
  dependencies: { ref: string; dependsOn: string[] }[];
};
const libraries = sbom.components.filter((component) => component.type === 'library');
const byPurl = new Map(libraries.map((component) => [component.purl, component]));

describe('the CycloneDX SBOM of the build', () => {
  it('is a CycloneDX 1.5 document about the app, the same for the same lockfile', () => {
    expect(sbom.bomFormat).toBe('CycloneDX');
    expect(sbom.specVersion).toBe('1.5');
    expect(sbom.version).toBe(1);
    expect(sbom.serialNumber).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(sbom.metadata.component).toMatchObject({ name: 'welzijnskompas', purl: 'pkg:npm/welzijnskompas@0.1.0' });
    expect(JSON.stringify(sbomDocument(process.cwd()))).toBe(JSON.stringify(sbom));
  });

  it('lists every package with name, version, purl, licence and the lockfile hash', () => {
    expect(libraries.length).toBeGreaterThan(50);
    for (const component of libraries) {
      expect(component.name, component['bom-ref']).not.toBe('');
      expect(component.version, component.name).toMatch(/^\d+\.\d+\.\d+/);
      expect(component.purl).toBe(
        npmPurl(component.group ? `${component.group}/${component.name}` : component.name, component.version),
      );
      expect(component.licenses.length, component.purl).toBeGreaterThan(0);
      expect(component.hashes[0]?.alg).toBe('SHA-512');
    }
    expect(new Set(sbom.components.map((component) => component['bom-ref'])).size).toBe(sbom.components.length);
  });

  it('holds next, react and react-pdf at the lockfile’s versions, and no development tool', () => {
    for (const name of ['next', 'react', 'react-dom', '@react-pdf/renderer', 'zod']) {
      const version = lock.packages[`node_modules/${name}`]?.version ?? '';
      expect(version).not.toBe('');
      expect(byPurl.get(npmPurl(name, version))?.licenses, name).toEqual([{ license: { id: 'MIT' } }]);
    }
    // png-js declares no licence; its LICENSE file says MIT.
    const pngJs = libraries.find((component) => component.name === 'png-js');
    expect(pngJs?.licenses[0]).toMatchObject({ license: { name: 'MIT License' } });
    expect(npmPurl('@react-pdf/renderer', '4.9.0')).toBe('pkg:npm/%40react-pdf/renderer@4.9.0');
    const vitest = lock.packages['node_modules/vitest'];
    expect(vitest?.dev).toBe(true);
    expect(byPurl.has(npmPurl('vitest', vitest?.version ?? ''))).toBe(false);
  });

  it('has the fonts and the hyphenation patterns as components with their licences', () => {
    const fonts = sbom.components.filter((component) => component.type === 'file');
    // Every font the PDF export ships, and nothing else.
    expect(fonts.map((font) => font['bom-ref']).sort()).toEqual(
      readdirSync('public/fonts')
        .filter((file) => file.endsWith('.ttf'))
        .map((file) => `fonts/${file}`)
        .sort(),
    );
    expect(fonts.map((font) => font.name)).toContain('Noto Emoji Regular');
    for (const font of fonts) {
      expect(font.version).toMatch(/^\d+\.\d+/);
      expect(font.licenses).toEqual([{ license: { id: 'OFL-1.1' } }]);
      expect(font.hashes[0]?.content).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(fontVersion(readFileSync('public/fonts/NotoSans-Regular.ttf'))).toMatch(/^Version \d+\.\d+/);
    const hyphen = byPurl.get(npmPurl('hyphen', lock.packages['node_modules/hyphen']?.version ?? ''));
    expect(hyphen?.components?.map((patterns) => [patterns.name, patterns.licenses])).toEqual([
      ['hyph-utf8 Dutch hyphenation patterns', [{ expression: 'LPPL-1.0+' }]],
      ['hyph-utf8 French hyphenation patterns', [{ license: { id: 'MIT' } }]],
    ]);
  });

  it('says what depends on what, by references that exist', () => {
    const refs = new Set(sbom.components.map((component) => component['bom-ref']));
    const app = sbom.dependencies.find((entry) => entry.ref === sbom.metadata.component.purl);
    expect(app?.dependsOn).toContain('pkg:npm/next@16.4.5');
    expect(app?.dependsOn).toContain('pkg:npm/react@19.3.1');
    for (const entry of sbom.dependencies) for (const ref of entry.dependsOn) expect(refs.has(ref), ref).toBe(true);
    const reactDom = sbom.dependencies.find((entry) => entry.ref === 'pkg:npm/react-dom@19.3.1');
    expect(reactDom?.dependsOn.some((ref) => ref.startsWith('pkg:npm/scheduler@'))).toBe(true);
  });
});
