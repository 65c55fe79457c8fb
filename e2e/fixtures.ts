import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test runs with the origin guard: the app may only talk to its own
 * origin (drafts never leave the device). Any other request fails the test,
 * from any tab of the test or from the service worker.
 */
export const test = base.extend<{ originGuard: void }>({
  originGuard: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const foreign: string[] = [];
      context.on('request', (request) => {
        const url = request.url();
        if (/^(https?|wss?):/.test(url) && new URL(url).origin !== origin) foreign.push(url);
      });
      await use();
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

const WCAG21_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe with the WCAG 2.0 and 2.1 A and AA rules (and 2.2 AA's with `wcag22`); returns the violations. */
export async function axeViolations(page: Page, { wcag22 = false }: { wcag22?: boolean } = {}) {
  const tags = wcag22 ? [...WCAG21_TAGS, 'wcag22aa'] : WCAG21_TAGS;
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/**
 * How far the page scrolls sideways (0 when it reflows, WCAG 1.4.10), with the
 * elements that stick out past the window when it does: the deepest ones that
 * are not inside a scrolling or clipping box.
 */
export function horizontalOverflow(page: Page): Promise<{ pixels: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const pixels = Math.max(0, root.scrollWidth - width);
    if (pixels === 0) return { pixels, culprits: [] };
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    const sticksOut = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && rect.left + Math.max(rect.width, element.scrollWidth) > width + 0.5;
    };
    const culprits = Array.from(document.body.querySelectorAll('*'))
      .filter((element) => sticksOut(element) && !clipped(element))
      .filter((element) => !Array.from(element.children).some(sticksOut))
      .slice(0, 5)
      .map((element) => {
        const name = typeof element.className === 'string' && element.className ? `.${element.className}` : '';
        return `${element.tagName.toLowerCase()}${name} “${(element.textContent ?? '').trim().slice(0, 40)}”`;
      });
    return { pixels, culprits };
  });
}

/** The reflow width of WCAG 1.4.10 (1280 px at 400 % zoom) and the desktop width. */
export const WIDTHS = [1280, 320] as const;

/** At each width: axe (WCAG 2.2 A/AA) finds nothing and the page does not scroll sideways. */
export async function checkAtEveryWidth(page: Page, name: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    expect(await horizontalOverflow(page), `${name} at ${width} px: horizontal scroll`).toEqual({
      pixels: 0,
      culprits: [],
    });
    expect(await axeViolations(page, { wcag22: true }), `${name} at ${width} px: axe`).toEqual([]);
  }
  await page.setViewportSize({ width: WIDTHS[0], height: 800 });
}
