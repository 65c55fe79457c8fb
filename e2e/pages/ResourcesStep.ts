import { expect, type Locator, type Page } from '@playwright/test';
import { openEntry, openGroup } from './example';
import { fill, messages, type Locale } from './messages';
import { storedDraft } from './seed';

const m = (locale: Locale) => messages[locale].steps.resources;

/** Matches a text whatever kind of space separates its parts (Belgian formats use no-break spaces). */
export const loose = (text: string, { whole = false } = {}) => {
  const pattern = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s');
  return new RegExp(whole ? `^${pattern}$` : pattern);
};

/** Answers for step 5, as a user gives them: labels in the UI language, numbers in Belgian notation. */
export interface ResourcesAnswers {
  budgetLines: { category: string; description: string; amount: string; year: string }[];
  staffTime: { role: string; fte: string }[];
  expertise: { description: string; source: string }[];
  staffFte: string;
  yearlyWageCost: string;
  notes: string;
}

export const resourcesAnswers: Record<Locale, ResourcesAnswers> = {
  nl: {
    budgetLines: [
      { category: 'Opleiding', description: 'Opleiding coachend leidinggeven', amount: '12.500', year: '2026' },
      { category: 'Externe dienstverlener', description: 'Veerkrachtcoaching', amount: '35.500', year: '2027' },
    ],
    staffTime: [{ role: 'HR-coördinator welzijn', fte: '0,5' }],
    expertise: [{ description: 'Preventieadviseur psychosociale aspecten', source: 'Extern' }],
    staffFte: '385',
    yearlyWageCost: '60.000',
    notes: 'Loonkost nog laten bevestigen door de financiële dienst.',
  },
  fr: {
    budgetLines: [
      { category: 'Formation', description: 'Formation des responsables d’équipe', amount: '18 000', year: '2026' },
      { category: 'Prestataire externe', description: 'Accompagnement psychosocial', amount: '12 000', year: '2027' },
    ],
    staffTime: [{ role: 'Coordinatrice RH bien-être', fte: '0,5' }],
    expertise: [{ description: 'Conseiller en prévention aspects psychosociaux', source: 'Externe' }],
    staffFte: '290',
    yearlyWageCost: '56 000',
    notes: 'Faire confirmer le coût salarial par le service des finances.',
  },
};

/** Step data straight into the stored draft (then the page reloads), for data another step's form would give. */
export { seedSteps } from './seed';

/** One step's data as stored in IndexedDB. */
export async function storedStep(page: Page, step: string): Promise<Record<string, unknown>> {
  return (await storedDraft(page)).steps[step] ?? {};
}

export class ResourcesStep {
  readonly t: ReturnType<typeof m>;
  readonly optional: string;

  constructor(
    readonly page: Page,
    readonly locale: Locale,
  ) {
    this.t = m(locale);
    this.optional = messages[locale].common.optional;
  }

  /** A labelled field; `optional` fields carry "(optional)" in their name. */
  field(label: string, { optional = false, within }: { optional?: boolean; within?: Locator } = {}): Locator {
    const name = optional ? `${label} ${this.optional}` : label;
    return (within ?? this.page).getByRole('textbox', { name, exact: true });
  }

  entry(legend: string, number: number): Locator {
    return this.page.getByRole('group', { name: fill(legend, { number }), exact: true });
  }

  /** Opens entry `number` (1-based) of a list (`budgetLines`, `staffTime`, `expertise`): its fields are drawn only while open. */
  async openEntry(list: 'budgetLines' | 'staffTime' | 'expertise', number: number) {
    await openEntry(this.page, list, number);
  }

  /** Opens the return-on-investment assumptions (a folding group, closed once something in it is filled). */
  async openRoi() {
    await openGroup(this.page, 'roi');
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** Move up / move down / remove of one entry, named after the entry for screen readers. */
  entryButton(action: string, entryName: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${action}\\s*:\\s*${entryName}$`) });
  }

  table(caption: string): Locator {
    return this.page.getByRole('table', { name: caption });
  }

  /** The cells of a table row found by its header text. */
  rowCells(caption: string, header: string): Locator {
    return this.table(caption)
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: header }) })
      .getByRole('cell');
  }

  boardText(): Locator {
    return this.field(this.t.board.text, { optional: true });
  }

  async fill(answers: ResourcesAnswers) {
    const t = this.t;
    for (const [index, line] of answers.budgetLines.entries()) {
      await this.button(t.addBudgetLine).click();
      const entry = this.entry(t.budgetLine, index + 1);
      await entry.getByRole('combobox', { name: t.category }).selectOption({ label: line.category });
      await this.field(t.description, { within: entry }).fill(line.description);
      await this.field(t.amount, { within: entry }).fill(line.amount);
      await this.field(t.year, { within: entry }).fill(line.year);
    }
    for (const [index, time] of answers.staffTime.entries()) {
      await this.button(t.addStaffTime).click();
      const entry = this.entry(t.staffTimeEntry, index + 1);
      await this.field(t.role, { within: entry }).fill(time.role);
      await this.field(t.fte, { within: entry }).fill(time.fte);
    }
    for (const [index, expertise] of answers.expertise.entries()) {
      await this.button(t.addExpertise).click();
      const entry = this.entry(t.expertiseEntry, index + 1);
      await this.field(t.expertiseDescription, { within: entry }).fill(expertise.description);
      await entry.getByRole('radio', { name: expertise.source, exact: true }).check();
    }
    await this.openRoi();
    await this.field(t.roi.staffFte).fill(answers.staffFte);
    await this.field(t.roi.wage.yearlyWageCost, { optional: true }).fill(answers.yearlyWageCost);
    await this.page.getByRole('textbox', { name: messages[this.locale].steps.notes.label }).fill(answers.notes);
  }

  async expectValues(answers: ResourcesAnswers) {
    const t = this.t;
    for (const [index, line] of answers.budgetLines.entries()) {
      await this.openEntry('budgetLines', index + 1);
      const entry = this.entry(t.budgetLine, index + 1);
      await expect(entry.getByRole('combobox', { name: t.category }).locator('option:checked')).toHaveText(
        line.category,
      );
      await expect(this.field(t.description, { within: entry })).toHaveValue(line.description);
      await expect(this.field(t.amount, { within: entry })).toHaveValue(loose(line.amount, { whole: true }));
      await expect(this.field(t.year, { within: entry })).toHaveValue(line.year);
    }
    for (const [index, time] of answers.staffTime.entries()) {
      await this.openEntry('staffTime', index + 1);
      const entry = this.entry(t.staffTimeEntry, index + 1);
      await expect(this.field(t.role, { within: entry })).toHaveValue(time.role);
      await expect(this.field(t.fte, { within: entry })).toHaveValue(time.fte);
    }
    for (const [index, expertise] of answers.expertise.entries()) {
      await this.openEntry('expertise', index + 1);
      const entry = this.entry(t.expertiseEntry, index + 1);
      await expect(this.field(t.expertiseDescription, { within: entry })).toHaveValue(expertise.description);
      await expect(entry.getByRole('radio', { name: expertise.source, exact: true })).toBeChecked();
    }
    await this.openRoi();
    await expect(this.field(t.roi.staffFte)).toHaveValue(answers.staffFte);
    await expect(this.field(t.roi.wage.yearlyWageCost, { optional: true })).toHaveValue(
      loose(answers.yearlyWageCost, { whole: true }),
    );
    await expect(this.page.getByRole('textbox', { name: messages[this.locale].steps.notes.label })).toHaveValue(
      answers.notes,
    );
  }
}
