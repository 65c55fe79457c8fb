import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { HomePage } from './pages/HomePage';
import { fill, isolate, messages } from './pages/messages';

/**
 * Where two characters of a link's text are drawn, left to right: the app's
 * words after a user's name must read in their own order, whatever the name holds.
 */
async function drawnLeftOf(page: Page, linkName: string, first: string, second: string): Promise<boolean> {
  return page.getByRole('link', { name: linkName, exact: true }).evaluate(
    (link, [a, b]) => {
      const text = link.textContent ?? '';
      const x = (char: string) => {
        const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
        let offset = 0;
        const index = text.lastIndexOf(char);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (index < offset + length) {
            const range = document.createRange();
            range.setStart(node, index - offset);
            range.setEnd(node, index - offset + 1);
            return range.getBoundingClientRect().left;
          }
          offset += length;
        }
        return Number.NaN;
      };
      return x(a!) < x(b!);
    },
    [first, second],
  );
}

for (const locale of ['nl', 'fr'] as const) {
  test(`a name with a right-to-left override cannot flip the app's own words next to it (${locale})`, async ({
    page,
  }) => {
    const m = messages[locale];
    const home = new HomePage(page, locale);
    const name = 'Plan \u202eABC';
    await home.goto();
    await home.createDraft(name, 'Org \u202eXYZ');
    await home.goto();
    await home.duplicate(name);

    // "(kopie)" / "(copie)" after the name reads left to right: its "p" is drawn left of its "e".
    const copy = fill(m.home.duplicateName, { name: isolate(name) });
    expect(await drawnLeftOf(page, copy, 'p', 'e')).toBe(true);
    // The name and the organisation in the table are isolated from the cells around them.
    const row = home.row(copy);
    await expect(row.getByRole('rowheader').locator('bdi')).toHaveText(copy);
    await expect(row.locator('td bdi').first()).toHaveText('Org \u202eXYZ');
  });
}
