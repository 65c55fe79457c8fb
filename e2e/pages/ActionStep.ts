import { expect, type Locator, type Page } from '@playwright/test';
import { entryToggle, openEntry } from './example';
import { fill, messages, type Locale } from './messages';
import { loose } from './ResourcesStep';

const m = (locale: Locale) => messages[locale].steps.action;

/** One action as a user gives it: labels in the UI language, months as typed (YYYY-MM). */
export interface ActionAnswers {
  title: string;
  description: string;
  objectives: string[];
  lever: string;
  level: string;
  buildingBlock: string;
  owner: string;
  partners: string;
  start: string;
  end: string;
  budget: string;
  budgetLine: string;
  expectedResult: string;
  status: string;
}

export interface CommunicationAnswers {
  audience: string;
  message: string;
  channel: string;
  timing: string;
  owner: string;
  nudges: string[];
}

export interface ActionStepAnswers {
  objectives: { name: string; description: string; strategic: string[] }[];
  actions: ActionAnswers[];
  communication: CommunicationAnswers[];
  offlineReach: string;
}

export class ActionStep {
  readonly t: ReturnType<typeof m>;
  readonly optional: string;

  constructor(
    readonly page: Page,
    readonly locale: Locale,
  ) {
    this.t = m(locale);
    this.optional = messages[locale].common.optional;
  }

  private opt(label: string) {
    return `${label} ${this.optional}`;
  }

  objective(number: number): Locator {
    return this.page.getByRole('group', { name: fill(this.t.objectiveLegend, { number }), exact: true });
  }

  /** The toggle button of entry `number` (stored order) of a list: it opens and closes the entry. */
  toggle(list: 'operationalObjectives' | 'actions' | 'communication', number: number): Locator {
    return entryToggle(this.page, list, number);
  }

  /** The summary row of action `number` in stored order: its legend, title and key facts. */
  summary(number: number): Locator {
    return this.page.locator('.folding__row').filter({ has: this.toggle('actions', number) });
  }

  /** The fields of action `number` (its entry must be open). */
  action(number: number): Locator {
    return this.page.getByRole('group', { name: fill(this.t.actionLegend, { number }), exact: true });
  }

  communication(number: number): Locator {
    return this.page.getByRole('group', { name: fill(this.t.communicationLegend, { number }), exact: true });
  }

  /** The action summary rows in the order the list shows them. */
  summaries(): Locator {
    return this.page.locator('.folding__row:has(> .folding__heading > .folding__toggle[id^="f-actions-"])');
  }

  /** Opens action `number` (closing the open one) unless it is open; returns its fields. */
  async openAction(number: number) {
    await openEntry(this.page, 'actions', number);
    const group = this.action(number);
    await expect(group).toBeVisible();
    return group;
  }

  async openObjective(number: number) {
    await openEntry(this.page, 'operationalObjectives', number);
    const group = this.objective(number);
    await expect(group).toBeVisible();
    return group;
  }

  async openCommunication(number: number) {
    await openEntry(this.page, 'communication', number);
    const group = this.communication(number);
    await expect(group).toBeVisible();
    return group;
  }

  async addObjective(number: number, answers: ActionStepAnswers['objectives'][number]) {
    await this.page.getByRole('button', { name: this.t.addObjective }).click();
    const group = this.objective(number);
    await expect(group.getByRole('textbox', { name: this.t.objectiveName, exact: true })).toBeFocused();
    await group.getByRole('textbox', { name: this.t.objectiveName, exact: true }).fill(answers.name);
    await group.getByRole('textbox', { name: this.opt(this.t.objectiveDescription) }).fill(answers.description);
    for (const name of answers.strategic) await group.getByRole('checkbox', { name }).check();
  }

  async addAction(number: number, answers: ActionAnswers) {
    await this.page.getByRole('button', { name: this.t.addAction }).click();
    const group = this.action(number);
    await expect(group.getByRole('textbox', { name: this.t.actionTitle, exact: true })).toBeFocused();
    await group.getByRole('textbox', { name: this.t.actionTitle, exact: true }).fill(answers.title);
    await group.getByRole('textbox', { name: this.opt(this.t.actionDescription) }).fill(answers.description);
    for (const name of answers.objectives) await group.getByRole('checkbox', { name }).check();
    await group.getByRole('combobox', { name: this.opt(this.t.lever) }).selectOption({ label: answers.lever });
    await group.getByRole('combobox', { name: this.opt(this.t.level) }).selectOption({ label: answers.level });
    await group
      .getByRole('combobox', { name: this.opt(this.t.buildingBlock) })
      .selectOption({ label: answers.buildingBlock });
    await group.getByRole('combobox', { name: this.opt(this.t.owner) }).selectOption({ label: answers.owner });
    await group.getByRole('textbox', { name: this.opt(this.t.partners) }).fill(answers.partners);
    await group.getByLabel(this.opt(this.t.start)).fill(answers.start);
    await group.getByLabel(this.opt(this.t.end)).fill(answers.end);
    await group.getByRole('textbox', { name: this.opt(this.t.budget) }).fill(answers.budget);
    await group
      .getByRole('combobox', { name: this.opt(this.t.budgetLine) })
      .selectOption({ label: answers.budgetLine });
    await group.getByRole('textbox', { name: this.opt(this.t.expectedResult) }).fill(answers.expectedResult);
    await group.getByRole('radio', { name: answers.status, exact: true }).check();
  }

  async addCommunication(number: number, answers: CommunicationAnswers) {
    await this.page.getByRole('button', { name: this.t.addCommunication }).click();
    const group = this.communication(number);
    await group.getByRole('textbox', { name: this.t.audience, exact: true }).fill(answers.audience);
    await group.getByRole('textbox', { name: this.t.message, exact: true }).fill(answers.message);
    await group.getByRole('combobox', { name: this.opt(this.t.channel) }).selectOption({ label: answers.channel });
    await group.getByRole('textbox', { name: this.opt(this.t.timing) }).fill(answers.timing);
    await group
      .getByRole('combobox', { name: this.opt(this.t.communicationOwner) })
      .selectOption({ label: answers.owner });
    for (const name of answers.nudges) await group.getByRole('checkbox', { name, exact: true }).check();
  }

  offlineReach(): Locator {
    return this.page.getByRole('textbox', { name: this.opt(this.t.offlineReach) });
  }

  async fill(answers: ActionStepAnswers) {
    for (const [index, objective] of answers.objectives.entries()) await this.addObjective(index + 1, objective);
    for (const [index, action] of answers.actions.entries()) await this.addAction(index + 1, action);
    for (const [index, item] of answers.communication.entries()) await this.addCommunication(index + 1, item);
    await this.offlineReach().fill(answers.offlineReach);
  }

  async expectValues(answers: ActionStepAnswers) {
    for (const [index, objective] of answers.objectives.entries()) {
      const group = await this.openObjective(index + 1);
      await expect(group.getByRole('textbox', { name: this.t.objectiveName, exact: true })).toHaveValue(objective.name);
      await expect(group.getByRole('textbox', { name: this.opt(this.t.objectiveDescription) })).toHaveValue(
        objective.description,
      );
      for (const name of objective.strategic) await expect(group.getByRole('checkbox', { name })).toBeChecked();
    }
    for (const [index, action] of answers.actions.entries()) {
      const group = await this.openAction(index + 1);
      await expect(group.getByRole('textbox', { name: this.t.actionTitle, exact: true })).toHaveValue(action.title);
      await expect(group.getByRole('textbox', { name: this.opt(this.t.actionDescription) })).toHaveValue(
        action.description,
      );
      for (const name of action.objectives) await expect(group.getByRole('checkbox', { name })).toBeChecked();
      const selected = (label: string) =>
        group.getByRole('combobox', { name: this.opt(label) }).locator('option:checked');
      await expect(selected(this.t.lever)).toHaveText(action.lever);
      await expect(selected(this.t.level)).toHaveText(action.level);
      await expect(selected(this.t.buildingBlock)).toHaveText(action.buildingBlock);
      await expect(selected(this.t.owner)).toHaveText(action.owner);
      await expect(group.getByRole('textbox', { name: this.opt(this.t.partners) })).toHaveValue(action.partners);
      await expect(group.getByLabel(this.opt(this.t.start))).toHaveValue(action.start);
      await expect(group.getByLabel(this.opt(this.t.end))).toHaveValue(action.end);
      await expect(group.getByRole('textbox', { name: this.opt(this.t.budget) })).toHaveValue(
        loose(action.budget, { whole: true }),
      );
      await expect(selected(this.t.budgetLine)).toHaveText(action.budgetLine);
      await expect(group.getByRole('textbox', { name: this.opt(this.t.expectedResult) })).toHaveValue(
        action.expectedResult,
      );
      await expect(group.getByRole('radio', { name: action.status, exact: true })).toBeChecked();
    }
    for (const [index, item] of answers.communication.entries()) {
      const group = await this.openCommunication(index + 1);
      await expect(group.getByRole('textbox', { name: this.t.audience, exact: true })).toHaveValue(item.audience);
      await expect(group.getByRole('textbox', { name: this.t.message, exact: true })).toHaveValue(item.message);
      await expect(
        group.getByRole('combobox', { name: this.opt(this.t.channel) }).locator('option:checked'),
      ).toHaveText(item.channel);
      await expect(group.getByRole('textbox', { name: this.opt(this.t.timing) })).toHaveValue(item.timing);
      await expect(
        group.getByRole('combobox', { name: this.opt(this.t.communicationOwner) }).locator('option:checked'),
      ).toHaveText(item.owner);
      for (const name of item.nudges) await expect(group.getByRole('checkbox', { name, exact: true })).toBeChecked();
    }
    await expect(this.offlineReach()).toHaveValue(answers.offlineReach);
  }

  /** An entity's Move up / Move down / Remove button; `verb` is the visible text, `name` the entry's. */
  entryButton(verb: string, name: string): Locator {
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('button', { name: new RegExp(`^${escape(verb)}\\s*: ${escape(name)}$`) });
  }

  timelineTable(): Locator {
    return this.page.getByRole('table', { name: this.t.tableCaption });
  }

  /** Opens the "filter and sort" disclosure above the actions, when it is closed. */
  async openView() {
    const summary = this.page.locator('summary', { hasText: this.t.viewLegend });
    if (!(await summary.evaluate((element) => (element.parentElement as HTMLDetailsElement).open))) {
      await summary.click();
    }
    await expect(this.filter(this.t.filterStatus)).toBeVisible();
  }

  filter(label: string): Locator {
    return this.page.getByRole('combobox', { name: label, exact: true });
  }

  showing(): Locator {
    return this.page.getByRole('status').filter({ hasText: new RegExp(anyCount(this.t.showing)) });
  }
}

/** A pattern for a "{shown} of {total}" message with any numbers, singular or plural. */
function anyCount(message: string): string {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const form = (shown: number) =>
    escape(fill(message, { shown, total: 987 }))
      .replace('987', '\\d+')
      .replace(new RegExp(`(^|\\D)${shown}(?=\\D|$)`), '$1\\d+');
  return `(${form(1)}|${form(2)})`;
}
