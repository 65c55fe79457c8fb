import * as fontkit from 'fontkit';

/**
 * A shaping cache for react-pdf. textkit asks fontkit to shape every text run
 * of every measure, and yoga measures a text several times at different widths:
 * the large fixture shapes some 1,900 runs per render, of only 740 distinct
 * strings, and a second render (the PDF rendered ahead, then another language
 * or version) shapes the same labels again. Shaping is pure for a font, the
 * string and the options, so its result is kept per font (up to LIMIT runs).
 *
 * react-pdf copies the positions before changing them; the glyph array is
 * copied on each hit, so no caller can change a kept result.
 */
interface GlyphRun {
  glyphs: unknown[];
}
type Layout = (this: object, string: string, ...options: unknown[]) => GlyphRun;

const LIMIT = 5000;
const INSTALLED = Symbol.for('welzijnskompas.shapingCache');

/** Installs the cache on fontkit's font class; `bytes` is any shipped font (used to reach the class). Idempotent. */
export function cacheShaping(bytes: Uint8Array): void {
  const prototype = Object.getPrototypeOf(fontkit.create(bytes)) as { layout: Layout; [INSTALLED]?: true };
  if (prototype[INSTALLED]) return;
  const shape = prototype.layout;
  const caches = new WeakMap<object, Map<string, GlyphRun>>();
  prototype.layout = function cachedLayout(string, ...options) {
    let cache = caches.get(this);
    if (!cache) caches.set(this, (cache = new Map()));
    const key = `${JSON.stringify(options)}\u0000${string}`;
    let run = cache.get(key);
    if (!run) {
      run = shape.call(this, string, ...options);
      if (cache.size >= LIMIT) cache.clear();
      cache.set(key, run);
    }
    return Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run, {
      glyphs: run.glyphs.slice(),
    });
  };
  prototype[INSTALLED] = true;
}
