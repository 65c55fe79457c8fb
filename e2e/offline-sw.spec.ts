import type { Page } from '@playwright/test';
import { axeViolations, expect, test as base } from './fixtures';
import { DraftPage } from './pages/DraftPage';
import { ExportPanel } from './pages/ExportPanel';
import { HomePage } from './pages/HomePage';
import { messages, type Locale } from './pages/messages';
import {
  cacheName,
  cacheNames,
  reloadButton,
  startSite,
  updateNotice,
  waitUntilOfflineReady,
  type Site,
} from './pages/Offline';
import { readDocx } from '../testing/readBackDocx';
import { readPdf } from './pages/pdf';
import { collectCspViolations, expectNoCspViolations } from './pages/Safety';

/**
 * The real service worker in Chromium, against a copy of the build on its own
 * port (baseURL follows it, so the origin guard checks that origin), which a
 * test can "deploy" a new version to.
 */
const test = base.extend<{ site: Site }>({
  site: async ({}, provide) => {
    const site = await startSite();
    await provide(site);
    await site.close();
  },
  baseURL: async ({ site }, provide) => provide(site.url),
});

// These specs test the service worker: allow it (playwright.config.ts blocks it by default).
test.use({ serviceWorkers: 'allow' });

/** Every export the overview offers, each checked offline. */
const OFFLINE_EXPORTS: { format: string; check: (page: Page, locale: Locale, draftName: string) => Promise<void> }[] = [
  {
    format: 'PDF',
    check: async (page, locale, draftName) => {
      const { bytes } = await new ExportPanel(page, locale).export();
      const pdf = await readPdf(bytes);
      expect(pdf.title).toBe(draftName);
      expect(pdf.text).toContain(`1. ${messages[locale].steps.why.title}`);
    },
  },
  {
    format: 'Word',
    check: async (page, locale, draftName) => {
      const { bytes } = await new ExportPanel(page, locale).export('docx');
      const docx = readDocx(bytes);
      expect(docx.core).toContain(`<dc:title>${draftName}</dc:title>`);
      expect(docx.headings.map((p) => p.text)).toContain(`1. ${messages[locale].steps.why.title}`);
    },
  },
];

test('after one visit the app works offline: home, a draft, a step, every export; a deploy is announced (nl)', async ({
  page,
  context,
  site,
}) => {
  const m = messages.nl;
  const home = new HomePage(page, 'nl');
  const draft = new DraftPage(page, 'nl');
  const violations = await collectCspViolations(page);
  const name = 'Plan zonder netwerk';
  const mission = 'Wij werken ook op de trein.';

  // The one visit.
  await home.goto();
  await home.createDraft(name, 'Agentschap Groen Erfgoed');
  await waitUntilOfflineReady(page);
  expect(await cacheNames(page)).toEqual([cacheName(site.version)]);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await home.goto();
  await home.row(name).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await draft.openStep('why');
  const missionField = page.getByRole('textbox', { name: m.steps.why.mission, exact: true });
  await missionField.fill(mission);
  await draft.expectSaved();
  await page.reload();
  await draft.expectOnStep('why');
  await expect(missionField).toHaveValue(mission);
  await draft.backToOverview();
  for (const { check } of OFFLINE_EXPORTS) await check(page, 'nl', name);
  // `/` picks a language and sends the browser on, offline too.
  await page.goto('/');
  await expect(page).toHaveURL(/\/nl\/$/);
  await expect(page.getByRole('heading', { level: 1, name: m.home.title })).toBeVisible();

  // Back online after a deploy: the next visit announces the new version, downloading only what changed.
  const version = site.deploy();
  const downloaded: string[] = [];
  context.on('request', (request) => {
    if (request.serviceWorker()) downloaded.push(new URL(request.url()).pathname);
  });
  await context.setOffline(false);
  await page.reload();
  await expect(updateNotice(page, 'nl', 'available')).toBeVisible();
  await expect(page.locator('[aria-live="polite"]').filter({ has: reloadButton(page, 'nl') })).toContainText(
    m.offline.update.hint,
  );
  // Apart from the worker script itself, only the file the deploy changed.
  expect(downloaded.filter((path) => path !== '/sw.js')).toEqual(['/fonts/OFL.txt']);
  expect(await axeViolations(page)).toEqual([]);

  await reloadButton(page, 'nl').click();
  await expect(page.getByRole('heading', { level: 1, name: m.home.title })).toBeVisible();
  await expect(updateNotice(page, 'nl', 'available')).toHaveCount(0);
  await waitUntilOfflineReady(page);
  // The new version serves the page, and the old one is gone.
  expect(await cacheNames(page)).toEqual([cacheName(version)]);
  await expectNoCspViolations(violations);
});

test('a new version never reloads a tab by itself: the other tab is told, keeps its typing, and reloads when asked (fr)', async ({
  page,
  context,
  site,
}) => {
  const m = messages.fr;
  const home = new HomePage(page, 'fr');
  const draft = new DraftPage(page, 'fr');
  await home.goto();
  await home.createDraft('Plan deux onglets', 'Bruxelles Mobilité Services');
  await waitUntilOfflineReady(page);
  await draft.openStep('why');
  const stepUrl = page.url();
  await home.goto();

  const other = await context.newPage();
  const otherDraft = new DraftPage(other, 'fr');
  await other.goto(stepUrl);
  await otherDraft.expectOnStep('why');
  await waitUntilOfflineReady(other);
  // A mark that a reload would wipe out.
  await other.evaluate(() => Object.assign(window, { __sameDocument: true }));

  const version = site.deploy();
  await page.reload();
  await expect(updateNotice(page, 'fr', 'available')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // Every tab learns of it; the one being typed in stays as it is.
  await expect(updateNotice(other, 'fr', 'available')).toBeVisible();
  const typed = other.getByRole('textbox', { name: m.steps.why.mission, exact: true });
  await typed.fill('Nous tapons pendant la mise à jour');

  await reloadButton(page, 'fr').click();
  await expect(page.getByRole('heading', { level: 1, name: m.home.title })).toBeVisible();
  await expect(updateNotice(page, 'fr', 'available')).toHaveCount(0);
  expect(await cacheNames(page)).toEqual([cacheName(version)]);

  await expect(updateNotice(other, 'fr', 'installed')).toBeVisible();
  expect(await axeViolations(other)).toEqual([]);
  await expect(typed).toHaveValue('Nous tapons pendant la mise à jour');
  expect(await other.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  // Reloading right after typing saves the typing first.
  await typed.press('End');
  await typed.pressSequentially(', puis nous rechargeons');
  await reloadButton(other, 'fr').click();
  await otherDraft.expectOnStep('why');
  await expect(updateNotice(other, 'fr', 'installed')).toHaveCount(0);
  await expect(typed).toHaveValue('Nous tapons pendant la mise à jour, puis nous rechargeons');
});
