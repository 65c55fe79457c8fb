import { expect, type Locator, type Page } from '@playwright/test';
import { quadrantLabels } from '../../content/reference/as-is';
import { quadrantOf } from '../../lib/matrix';
import { openEntry, openGroup } from './example';
import { fill, messages, type Locale } from './messages';

const m = (locale: Locale) => messages[locale].steps.asIs;

/** One current initiative, as a user gives it: labels in the UI language, scores as numbers. */
export interface InitiativeAnswers {
  title: string;
  description: string;
  lever: string;
  level: string;
  targetGroup: string;
  effort: number;
  impact: number;
}

export interface AsIsAnswers {
  initiatives: InitiativeAnswers[];
  /** As typed (Belgian notation), and as shown after a reload. */
  figures: { year: string; absencePercentage: string; frequency: string; averageDuration: string };
  lastRiskAnalysis: string;
  lastSurvey: string;
  demands: string[];
  demandOther: string;
  resources: string[];
  resourceOther: string;
}

export const asIsAnswers: Record<Locale, AsIsAnswers> = {
  nl: {
    initiatives: [
      {
        title: 'Vertrouwenspersonen',
        description: 'Vier collega’s die luisteren en doorverwijzen.',
        lever: 'Leiderschap',
        level: 'Organisatie',
        targetGroup: 'Alle medewerkers',
        effort: 2,
        impact: 4,
      },
      {
        title: 'Gezondheidsweek',
        description: 'Een week met workshops op het hoofdkantoor.',
        lever: 'Werk-privébalans',
        level: 'Individu',
        targetGroup: '',
        effort: 5,
        impact: 2,
      },
    ],
    figures: { year: '2025', absencePercentage: '6,8', frequency: '1,4', averageDuration: '11,5' },
    lastRiskAnalysis: '2023-05-10',
    lastSurvey: '2024-11-20',
    demands: ['Hoge werklast', 'Tijdsdruk en deadlines'],
    demandOther: 'Fysiek zwaar werk in de buitenploegen',
    resources: ['Autonomie'],
    resourceOther: 'Trots op het erfgoed',
  },
  fr: {
    initiatives: [
      {
        title: 'Personnes de confiance',
        description: 'Trois collègues formés qui écoutent et orientent.',
        lever: 'Leadership',
        level: 'Organisation',
        targetGroup: 'Tout le personnel',
        effort: 2,
        impact: 4,
      },
      {
        title: 'Journée sportive',
        description: 'Une journée par an, surtout pour le siège.',
        lever: 'Équilibre vie professionnelle – vie privée',
        level: 'Individu',
        targetGroup: '',
        effort: 5,
        impact: 2,
      },
    ],
    figures: { year: '2025', absencePercentage: '6,5', frequency: '1,6', averageDuration: '9,2' },
    lastRiskAnalysis: '2022-09-15',
    lastSurvey: '2024-03-01',
    demands: ['Travail émotionnellement lourd', 'Charge de travail élevée'],
    demandOther: 'Agressions verbales au centre de contact',
    resources: ['Soutien des collègues et du responsable'],
    resourceOther: 'Horaires prévisibles',
  },
};

export class AsIsStep {
  readonly t: ReturnType<typeof m>;
  readonly optional: string;

  constructor(
    readonly page: Page,
    readonly locale: Locale,
  ) {
    this.t = m(locale);
    this.optional = messages[locale].common.optional;
  }

  private textbox(name: string) {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  private select(name: string) {
    return this.page.getByRole('combobox', { name, exact: true });
  }

  field(key: 'initiativeTitle' | 'initiativeDescription' | 'targetGroup', number: number): Locator {
    const label = fill(this.t[key], { number });
    return this.textbox(key === 'initiativeTitle' ? label : `${label} ${this.optional}`);
  }

  choice(key: 'lever' | 'level' | 'effort' | 'impact', number: number): Locator {
    return this.select(fill(this.t[key], { number }));
  }

  scoreLabel(score: number): string {
    return this.t.scale[String(score) as keyof typeof this.t.scale];
  }

  quadrantName(effort: number, impact: number): string {
    return quadrantLabels[this.locale][quadrantOf(effort, impact)].label;
  }

  /** Opens initiative `number` (closing the open one): its fields are drawn only while it is open. */
  async openInitiative(number: number) {
    await openEntry(this.page, 'initiatives', number);
  }

  /**
   * Runs `action` (which may click a toggle or a summary to show a part), then gives focus
   * back to the element that had it, so that checking never moves the user's focus.
   */
  private async keepingFocus(action: () => Promise<void>) {
    const focused = await this.page.evaluateHandle(() => document.activeElement);
    await action();
    await focused.evaluate((element) => {
      if (element instanceof HTMLElement && element.isConnected && element !== document.body) element.focus();
    });
    await focused.dispose();
  }

  async addInitiative(number: number, answers: InitiativeAnswers) {
    await this.page.getByRole('button', { name: this.t.addInitiative }).click();
    // A new entry opens (closing the one open before) with its title focused.
    await expect(this.page.locator(`#f-initiatives-${number - 1}`)).toHaveAttribute('aria-expanded', 'true');
    await expect(this.field('initiativeTitle', number)).toBeFocused();
    await this.field('initiativeTitle', number).fill(answers.title);
    await this.field('initiativeDescription', number).fill(answers.description);
    await this.choice('lever', number).selectOption({ label: answers.lever });
    await this.choice('level', number).selectOption({ label: answers.level });
    await this.field('targetGroup', number).fill(answers.targetGroup);
    await this.choice('effort', number).selectOption({ label: this.scoreLabel(answers.effort) });
    await this.choice('impact', number).selectOption({ label: this.scoreLabel(answers.impact) });
  }

  figure(key: 'year' | 'absencePercentage' | 'frequency' | 'averageDuration' | 'lastRiskAnalysis' | 'lastSurvey') {
    return this.page.getByLabel(`${this.t[key]} ${this.optional}`, { exact: true });
  }

  otherEntry(kind: 'demandOther' | 'resourceOther', number: number) {
    return this.textbox(fill(this.t[kind], { number }));
  }

  async fill(answers: AsIsAnswers) {
    for (const [index, initiative] of answers.initiatives.entries()) await this.addInitiative(index + 1, initiative);
    await openGroup(this.page, 'figures');
    for (const [key, value] of Object.entries(answers.figures)) {
      await this.figure(key as keyof AsIsAnswers['figures']).fill(value);
    }
    await this.figure('lastRiskAnalysis').fill(answers.lastRiskAnalysis);
    await this.figure('lastSurvey').fill(answers.lastSurvey);
    for (const demand of answers.demands) await this.page.getByRole('checkbox', { name: demand, exact: true }).check();
    await this.page.getByRole('button', { name: this.t.addDemand }).click();
    await this.otherEntry('demandOther', 1).fill(answers.demandOther);
    for (const resource of answers.resources) {
      await this.page.getByRole('checkbox', { name: resource, exact: true }).check();
    }
    await this.page.getByRole('button', { name: this.t.addResource }).click();
    await this.otherEntry('resourceOther', 1).fill(answers.resourceOther);
  }

  async expectInitiative(number: number, answers: InitiativeAnswers) {
    await this.openInitiative(number);
    await expect(this.field('initiativeTitle', number)).toHaveValue(answers.title);
    await expect(this.field('initiativeDescription', number)).toHaveValue(answers.description);
    await expect(this.choice('lever', number).locator('option:checked')).toHaveText(answers.lever);
    await expect(this.choice('level', number).locator('option:checked')).toHaveText(answers.level);
    await expect(this.field('targetGroup', number)).toHaveValue(answers.targetGroup);
    await this.expectScores(number, answers.title, answers.effort, answers.impact);
  }

  async expectValues(answers: AsIsAnswers) {
    for (const [index, initiative] of answers.initiatives.entries()) await this.expectInitiative(index + 1, initiative);
    await openGroup(this.page, 'figures');
    for (const [key, value] of Object.entries(answers.figures)) {
      await expect(this.figure(key as keyof AsIsAnswers['figures'])).toHaveValue(value);
    }
    await expect(this.figure('lastRiskAnalysis')).toHaveValue(answers.lastRiskAnalysis);
    await expect(this.figure('lastSurvey')).toHaveValue(answers.lastSurvey);
    for (const demand of answers.demands) {
      await expect(this.page.getByRole('checkbox', { name: demand, exact: true })).toBeChecked();
    }
    await expect(this.otherEntry('demandOther', 1)).toHaveValue(answers.demandOther);
    for (const resource of answers.resources) {
      await expect(this.page.getByRole('checkbox', { name: resource, exact: true })).toBeChecked();
    }
    await expect(this.otherEntry('resourceOther', 1)).toHaveValue(answers.resourceOther);
  }

  // The matrix

  matrix(): Locator {
    return this.page.getByRole('group', { name: this.t.matrixLabel });
  }

  marker(number: number, title: string): Locator {
    return this.page.getByRole('button', { name: fill(this.t.marker, { number, title }), exact: true });
  }

  /** A cell of the grid: it has no role of its own (the markers and the table carry the information). */
  cell(effort: number, impact: number): Locator {
    return this.matrix().locator(`[data-effort="${effort}"][data-impact="${impact}"]`);
  }

  table(): Locator {
    return this.page.getByRole('table', { name: this.t.tableCaption });
  }

  /** The disclosure that holds the matrix as a table (closed by default). */
  tableDisclosure(): Locator {
    return this.page.locator('details').filter({
      has: this.page.locator('summary', { hasText: new RegExp(`^\\s*${this.t.tableSummary}\\s*$`) }),
    });
  }

  /** Opens the matrix's table (clicking its summary) when it is closed. */
  async openTable() {
    const details = this.tableDisclosure();
    if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
      await details.locator('summary').click();
    }
    await expect(details).toHaveAttribute('open', '');
    await expect(this.table()).toBeVisible();
  }

  status(): Locator {
    return this.page.getByRole('status').filter({ hasText: /./ }).first();
  }

  /** The list, the matrix and the table all show the same scores for initiative `number`. */
  async expectScores(number: number, title: string, effort: number, impact: number) {
    // The entry's fields and the table are shown for the check; the user's focus stays where it was.
    await this.keepingFocus(async () => {
      await this.openInitiative(number);
      await this.openTable();
    });
    await expect(this.choice('effort', number).locator('option:checked')).toHaveText(this.scoreLabel(effort));
    await expect(this.choice('impact', number).locator('option:checked')).toHaveText(this.scoreLabel(impact));
    const quadrant = this.quadrantName(effort, impact);
    await expect(
      this.cell(effort, impact).getByRole('button', { name: fill(this.t.marker, { number, title }) }),
    ).toBeVisible();
    await expect(this.marker(number, title)).toHaveAccessibleDescription(
      `${fill(this.t.markerPosition, { effort, impact, quadrant })} ${this.t.matrixInstructions}`,
    );
    const row = this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: title, exact: true }) });
    await expect(row.getByRole('cell')).toHaveText([String(number), String(effort), String(impact), quadrant]);
  }
}
