import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ES module script without types
import { inlineScriptHashes, withCspMeta } from './csp.mjs';

const page =
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/_next/a.js"></script><script>self.x=1</script></head><body><script id="b">self.y=2</script></body></html>';
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('Content-Security-Policy for the static export', () => {
  it('hashes inline scripts only', () => {
    expect([...inlineScriptHashes(page)].sort()).toEqual([hash('self.x=1'), hash('self.y=2')].sort());
  });

  it('puts one policy right after the charset, and is idempotent', () => {
    const once = withCspMeta(page);
    expect(once).toMatch(
      /^<!DOCTYPE html><html><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy"/,
    );
    expect(once).toContain(`script-src 'self' ${[hash('self.x=1'), hash('self.y=2')].sort().join(' ')};`);
    expect(once).toContain("worker-src 'self' blob:");
    expect(once).toContain("object-src 'none'");
    expect(withCspMeta(once)).toBe(once);
  });
});
