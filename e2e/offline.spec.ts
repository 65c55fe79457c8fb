import { expect, test } from './fixtures';
import { DraftPage, STEP_KEYS } from './pages/DraftPage';
import { HomePage } from './pages/HomePage';
import { messages } from './pages/messages';

// These specs test the service worker: allow it (playwright.config.ts blocks it by default).
test.use({ serviceWorkers: 'allow' });

for (const locale of ['nl', 'fr'] as const) {
  test(`after loading, every step can be walked and filled offline, and it is all saved (${locale})`, async ({
    page,
    context,
  }) => {
    const m = messages[locale];
    const home = new HomePage(page, locale);
    const draft = new DraftPage(page, locale);
    await home.goto();
    await home.createDraft('Offline', 'Org');

    await context.setOffline(true);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    // Step 1 from the overview, then back.
    await draft.openStep('why');
    await page.getByRole('textbox', { name: m.steps.why.mission, exact: true }).fill(`Missie offline ${locale}`);
    await draft.expectSaved();
    await draft.backToOverview();
    await expect(draft.stepStatus('why')).toHaveText(m.status['in-progress']);

    // Steps 2–7 from the overview: working notes in each (every step form keeps them).
    const notesSteps = STEP_KEYS.filter((key) => key !== 'why');
    for (const key of notesSteps) {
      await draft.openStep(key);
      await draft.expectOnStep(key);
      await draft.notes().fill(`Notities ${key} zonder netwerk`);
      await draft.backToOverview();
      await expect(draft.stepStatus(key)).toHaveText(m.status['in-progress']);
    }

    // And back again with the browser's back button.
    await page.goBack();
    await draft.expectOnStep('measure');
    await expect(draft.notes()).toHaveValue('Notities measure zonder netwerk');
    expect(requests, 'no request while walking the steps offline').toEqual([]);

    await context.setOffline(false);
    await page.goto(page.url().replace(/&step=[^&]+/, ''));
    for (const key of notesSteps) await expect(draft.stepStatus(key)).toHaveText(m.status['in-progress']);
    await draft.openStep('why');
    await expect(page.getByRole('textbox', { name: m.steps.why.mission, exact: true })).toHaveValue(
      `Missie offline ${locale}`,
    );
    for (const key of notesSteps) {
      await draft.backToOverview();
      await draft.openStep(key);
      await expect(draft.notes()).toHaveValue(`Notities ${key} zonder netwerk`);
    }
  });
}
