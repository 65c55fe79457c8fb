import { expect, type Locator, type Page } from '@playwright/test';
import { entryToggle, openEntry, openGroup } from './example';
import { fill, messages, type Locale } from './messages';

const m = (locale: Locale) => messages[locale].steps.toBe;

/** Lever labels as the user reads them (content/reference/levers.ts), in LEVERS order. */
export const leverNames: Record<Locale, [string, string, string, string, string]> = {
  nl: ['Inzetbaarheid', 'Leiderschap', 'Zinvol werken', 'Werk-privébalans', 'Het nieuwe werken'],
  fr: [
    'Employabilité',
    'Leadership',
    'Travail porteur de sens',
    'Équilibre vie professionnelle – vie privée',
    'Nouvelles façons de travailler',
  ],
};

/** The lever codes (lib/steps/why.ts LEVERS), in the order of `leverNames`. */
const LEVER_CODES = ['employability', 'leadership', 'meaningful-work', 'work-life-balance', 'new-ways-of-working'];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A button's name: visible text and a visually hidden ": <what>" (browsers may add a space before the colon). */
const withHidden = (visible: string, hidden: string) => new RegExp(`^${escape(visible)}\\s?: ${escape(hidden)}$`);

export interface ToBeAnswers {
  results: string;
  objectives: { name: string; description: string; levers: string[] }[];
  slogan: string;
  /** Per lever label: what is written today and tomorrow, or why it is left out. */
  mirror: { lever: string; today?: string; tomorrow?: string; leftOutReason?: string }[];
  notes: string;
}

/** Answers for step 4 as a user gives them; "today" for two levers was taken over from step 2 (see the spec). */
export const toBeAnswers: Record<Locale, ToBeAnswers> = {
  nl: {
    results:
      'Over drie jaar ligt het verzuim op het gemiddelde van de Vlaamse overheid ' +
      'en vinden medewerkers hun werkdruk haalbaar.',
    objectives: [
      {
        name: 'Haalbare werkdruk in de buitenploegen',
        description: 'Pieken in het seizoen beter spreiden.',
        levers: ['Werk-privébalans', 'Zinvol werken'],
      },
      {
        name: 'Leidinggevenden coachen',
        description: 'Elke ploegbaas voert maandelijks een teamgesprek.',
        levers: ['Leiderschap'],
      },
    ],
    slogan: 'Zorg voor groen, zorg voor elkaar',
    mirror: [
      {
        lever: 'Inzetbaarheid',
        today: 'Weinig loopbaangesprekken.',
        tomorrow: 'Elke 55-plusser heeft een loopbaangesprek gehad.',
      },
      {
        lever: 'Leiderschap',
        today: '• Opleiding coachend leiderschap\n• Teamgesprekken over werkdruk',
        tomorrow: 'Leidinggevenden coachen hun ploeg.',
      },
      {
        lever: 'Zinvol werken',
        today: 'Medewerkers zien weinig van het resultaat.',
        tomorrow: 'Elke ploeg ziet wat haar werk oplevert.',
      },
      {
        lever: 'Werk-privébalans',
        today: 'Alleen een gezondheidsweek in mei.\n• Gezondheidsweek',
        tomorrow: 'Een gezondheidsaanbod het hele jaar, ook in de parken.',
      },
      { lever: 'Het nieuwe werken', leftOutReason: 'Eerst de fusie van de twee diensten afronden.' },
    ],
    notes: 'Spiegeldocument voorleggen aan het CPBW in maart.',
  },
  fr: {
    results: 'Dans trois ans, l’absentéisme rejoint la moyenne régionale et les agents jugent leur charge tenable.',
    objectives: [
      {
        name: 'Protéger le centre de contact',
        description: 'Moins d’agressions verbales subies seul.',
        levers: ['Travail porteur de sens', 'Équilibre vie professionnelle – vie privée'],
      },
      {
        name: 'Des responsables qui accompagnent',
        description: 'Un entretien d’équipe chaque mois.',
        levers: ['Leadership'],
      },
    ],
    slogan: 'Bien au travail, on avance mieux',
    mirror: [
      {
        lever: 'Employabilité',
        today: 'Peu de mobilité interne.',
        tomorrow: 'Chaque agent de nuit peut passer en journée.',
      },
      {
        lever: 'Leadership',
        today: '• Formation au management bienveillant\n• Réunions d’équipe sur la charge',
        tomorrow: 'Les responsables accompagnent leur équipe.',
      },
      {
        lever: 'Travail porteur de sens',
        today: 'Peu de retours des usagers.',
        tomorrow: 'Chaque équipe voit ce que son travail apporte.',
      },
      {
        lever: 'Équilibre vie professionnelle – vie privée',
        today: 'Une seule journée sportive par an.\n• Journée sportive',
        tomorrow: 'Une offre santé toute l’année, aussi la nuit.',
      },
      {
        lever: 'Nouvelles façons de travailler',
        leftOutReason: 'Terminer d’abord la réorganisation des horaires.',
      },
    ],
    notes: 'Présenter le document miroir au CPPT en mars.',
  },
};

export class ToBeStep {
  readonly t: ReturnType<typeof m>;
  readonly optional: string;

  constructor(
    readonly page: Page,
    readonly locale: Locale,
  ) {
    this.t = m(locale);
    this.optional = messages[locale].common.optional;
  }

  textbox(name: string): Locator {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  results() {
    return this.textbox(this.t.results);
  }

  objectiveName(number: number) {
    return this.textbox(fill(this.t.objectiveName, { number }));
  }

  objectiveDescription(number: number) {
    return this.textbox(`${fill(this.t.objectiveDescription, { number })} ${this.optional}`);
  }

  objectiveLevers(number: number) {
    return this.page.getByRole('group', { name: fill(this.t.objectiveLevers, { number }) });
  }

  /** The summary-row toggle of objective `number`. */
  objectiveToggle(number: number): Locator {
    return entryToggle(this.page, 'objectives', number);
  }

  /** Opens objective `number` (closing the open one): its fields are drawn only while it is open. */
  async openObjective(number: number) {
    await openEntry(this.page, 'objectives', number);
  }

  /** The code of a lever named in the UI language ("Leiderschap" → "leadership"). */
  leverCode(lever: string): string {
    const index = leverNames[this.locale].indexOf(lever);
    if (index < 0) throw new Error(`Unknown lever: ${lever}`);
    return LEVER_CODES[index]!;
  }

  /** The summary-row toggle of a lever of the mirror document. */
  leverToggle(lever: string): Locator {
    return this.page.locator(`#f-mirror-${this.leverCode(lever)}`);
  }

  /** Opens a lever of the mirror document (one lever is open at a time). */
  async openLever(lever: string) {
    await openGroup(this.page, `mirror-${this.leverCode(lever)}`);
  }

  /** Opens a folding entry from the keyboard alone: focus its toggle, press Enter. */
  async openByKeyboard(toggle: Locator) {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') {
      await toggle.focus();
      await this.page.keyboard.press('Enter');
    }
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }

  addObjective() {
    return this.page.getByRole('button', { name: this.t.addObjective });
  }

  /** An entry's list control ("Move up", "Remove"…), named after the entry. */
  listButton(action: 'moveUp' | 'moveDown' | 'remove', entry: string) {
    return this.page.getByRole('button', { name: withHidden(messages[this.locale].common.list[action], entry) });
  }

  /** A message announced in a polite live region. */
  announcement(text: string) {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  slogan() {
    return this.textbox(this.t.slogan);
  }

  private countText(count: number, over: boolean) {
    return fill(over ? this.t.sloganCountOver : this.t.sloganCount, { count, max: 60 });
  }

  /** The visible character count under the slogan. */
  sloganCount(count: number, over = false) {
    return this.page.locator('p', { hasText: new RegExp(`^${escape(this.countText(count, over))}$`) });
  }

  /** The same count, announced to screen readers once typing pauses. */
  sloganAnnouncement(count: number, over = false) {
    return this.page.getByRole('status').getByText(this.countText(count, over), { exact: true });
  }

  overview() {
    return this.page.getByRole('table', { name: this.t.overviewCaption });
  }

  overviewRow(lever: string) {
    return this.overview()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: lever, exact: true }) });
  }

  /** What an open lever shows: its body, a group named after the lever. */
  leverSection(lever: string) {
    return this.page.locator(`#f-mirror-${this.leverCode(lever)}-body`);
  }

  today(lever: string) {
    return this.textbox(`${fill(this.t.todayLabel, { lever })} ${this.optional}`);
  }

  tomorrow(lever: string) {
    return this.textbox(fill(this.t.tomorrowLabel, { lever }));
  }

  useSummary(lever: string) {
    return this.page.getByRole('button', { name: withHidden(fill(this.t.useSummary, { number: 2 }), lever) });
  }

  leftOut(lever: string) {
    return this.page.getByRole('checkbox', { name: fill(this.t.leftOut, { lever }) });
  }

  leftOutReason(lever: string) {
    return this.textbox(fill(this.t.leftOutReason, { lever }));
  }

  notes() {
    return this.textbox(`${messages[this.locale].steps.notes.label} ${this.optional}`);
  }

  async addObjectiveWith(number: number, objective: ToBeAnswers['objectives'][number]) {
    await this.addObjective().click();
    // A new entry opens (closing the one open before) with its name focused.
    await expect(this.objectiveToggle(number)).toHaveAttribute('aria-expanded', 'true');
    await expect(this.objectiveName(number)).toBeFocused();
    await this.objectiveName(number).fill(objective.name);
    await this.objectiveDescription(number).fill(objective.description);
    for (const lever of objective.levers) {
      await this.objectiveLevers(number).getByRole('checkbox', { name: lever, exact: true }).check();
    }
  }

  async fill(answers: ToBeAnswers) {
    await this.results().fill(answers.results);
    for (const [index, objective] of answers.objectives.entries()) await this.addObjectiveWith(index + 1, objective);
    await this.slogan().fill(answers.slogan);
    for (const row of answers.mirror) {
      await this.openLever(row.lever);
      if (row.today !== undefined) await this.today(row.lever).fill(row.today);
      if (row.tomorrow !== undefined) await this.tomorrow(row.lever).fill(row.tomorrow);
      if (row.leftOutReason !== undefined) {
        await this.leftOut(row.lever).check();
        await this.leftOutReason(row.lever).fill(row.leftOutReason);
      }
    }
    await this.notes().fill(answers.notes);
  }

  async expectValues(answers: ToBeAnswers) {
    await expect(this.results()).toHaveValue(answers.results);
    for (const [index, objective] of answers.objectives.entries()) {
      await this.openObjective(index + 1);
      await expect(this.objectiveName(index + 1)).toHaveValue(objective.name);
      await expect(this.objectiveDescription(index + 1)).toHaveValue(objective.description);
      const checked = this.objectiveLevers(index + 1).getByRole('checkbox', { checked: true });
      await expect(checked).toHaveCount(objective.levers.length);
      for (const lever of objective.levers) {
        await expect(this.objectiveLevers(index + 1).getByRole('checkbox', { name: lever, exact: true })).toBeChecked();
      }
    }
    await expect(this.objectiveToggle(answers.objectives.length + 1)).toHaveCount(0);
    await expect(this.slogan()).toHaveValue(answers.slogan);
    for (const row of answers.mirror) {
      await this.openLever(row.lever);
      await expect(this.today(row.lever)).toHaveValue(row.today ?? '');
      await expect(this.tomorrow(row.lever)).toHaveValue(row.tomorrow ?? '');
      if (row.leftOutReason !== undefined) {
        await expect(this.leftOut(row.lever)).toBeChecked();
        await expect(this.leftOutReason(row.lever)).toHaveValue(row.leftOutReason);
      } else {
        await expect(this.leftOut(row.lever)).not.toBeChecked();
        await expect(this.leftOutReason(row.lever)).toHaveCount(0);
      }
    }
    await expect(this.notes()).toHaveValue(answers.notes);
  }
}
