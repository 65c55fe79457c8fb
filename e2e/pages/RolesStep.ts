import { expect, type Locator, type Page } from '@playwright/test';
import { actorLabels } from '../../content/reference/roles';
import type { Actor } from '../../lib/steps/roles';
import { openEntry, openGroup } from './example';
import { fill, messages, type Locale } from './messages';

/** A catalogue actor's label as the app shows it (labels change with the glossary; the tests follow). */
const actor = (locale: Locale, code: Actor) => actorLabels[locale][code].label;

const m = (locale: Locale) => messages[locale].steps.roles;

/** One stakeholder as a user fills it in: labels in the UI language. */
export interface StakeholderAnswer {
  /** The catalogue label, picked with the checkboxes; or the label of "Other actor". */
  actor: string;
  customName?: string;
  who: string;
  influence: string;
  interest: string;
  role: string;
  /** The name the app shows for it (actor label or custom name, then who). */
  name: string;
}

/** Answers for step 3, as a user would give them. */
export interface RolesAnswers {
  /** Stakeholders ticked in the catalogue, in catalogue order, then one added freely. */
  stakeholders: StakeholderAnswer[];
  /** Suggested tasks ticked, then one task named freely. */
  suggestedTasks: string[];
  ownTask: string;
  /** task → stakeholder name → role label. */
  raci: { task: string; stakeholder: string; role: string }[];
  ambassadors: string;
  participation: string[];
  staffInvolvement: string;
  notes: string;
}

export const rolesAnswers: Record<Locale, RolesAnswers> = {
  nl: {
    stakeholders: [
      {
        actor: actor('nl', 'management-board'),
        who: 'Lies Van Damme',
        influence: 'Hoog',
        interest: 'Hoog',
        role: 'Sponsor; keurt budget en mandaat goed.',
        name: `${actor('nl', 'management-board')} — Lies Van Damme`,
      },
      {
        actor: actor('nl', 'hr'),
        who: 'Sofie Claes',
        influence: 'Hoog',
        interest: 'Hoog',
        role: 'Trekt het beleid en schrijft het uit.',
        name: `${actor('nl', 'hr')} — Sofie Claes`,
      },
      {
        actor: actor('nl', 'occupational-physician'),
        who: '',
        influence: 'Hoog',
        interest: 'Laag',
        role: '',
        name: actor('nl', 'occupational-physician'),
      },
      {
        actor: 'Andere actor',
        customName: 'Parkwachters',
        who: 'buitenploegen',
        influence: 'Laag',
        interest: 'Hoog',
        role: 'Testen acties in de seizoenspiek.',
        name: 'Parkwachters — buitenploegen',
      },
    ],
    suggestedTasks: ['Het welzijnsbeleid uitschrijven', 'Budget en mandaat goedkeuren'],
    ownTask: 'Ambassadeursnetwerk opstarten',
    raci: [
      {
        task: 'Het welzijnsbeleid uitschrijven',
        stakeholder: `${actor('nl', 'hr')} — Sofie Claes`,
        role: 'R – Uitvoerend',
      },
      {
        task: 'Het welzijnsbeleid uitschrijven',
        stakeholder: `${actor('nl', 'management-board')} — Lies Van Damme`,
        role: 'A – Eindverantwoordelijk',
      },
      {
        task: 'Het welzijnsbeleid uitschrijven',
        stakeholder: 'Parkwachters — buitenploegen',
        role: 'C – Geraadpleegd',
      },
      {
        task: 'Budget en mandaat goedkeuren',
        stakeholder: `${actor('nl', 'management-board')} — Lies Van Damme`,
        role: 'A – Eindverantwoordelijk',
      },
      {
        task: 'Budget en mandaat goedkeuren',
        stakeholder: `${actor('nl', 'hr')} — Sofie Claes`,
        role: 'R – Uitvoerend',
      },
      {
        task: 'Budget en mandaat goedkeuren',
        stakeholder: actor('nl', 'occupational-physician'),
        role: 'I – Geïnformeerd',
      },
      {
        task: 'Ambassadeursnetwerk opstarten',
        stakeholder: `${actor('nl', 'hr')} — Sofie Claes`,
        role: 'A – Eindverantwoordelijk',
      },
      { task: 'Ambassadeursnetwerk opstarten', stakeholder: 'Parkwachters — buitenploegen', role: 'R – Uitvoerend' },
    ],
    ambassadors: 'Acht ambassadeurs, drie uit de buitenploegen, met vier uur per maand.',
    participation: ['Via het basisoverlegcomité', 'Netwerk van ambassadeurs'],
    staffInvolvement: 'Een korte bevraging per ploeg voor het plan vastligt.',
    notes: 'Vakbond nog uitnodigen voor de stuurgroep.',
  },
  fr: {
    stakeholders: [
      {
        actor: actor('fr', 'management-board'),
        who: 'Nadia El Idrissi',
        influence: 'Élevé',
        interest: 'Élevé',
        role: 'Sponsor ; approuve le budget et le mandat.',
        name: `${actor('fr', 'management-board')} — Nadia El Idrissi`,
      },
      {
        actor: actor('fr', 'hr'),
        who: 'Karim Benali',
        influence: 'Élevé',
        interest: 'Élevé',
        role: 'Pilote la démarche et rédige la politique.',
        name: `${actor('fr', 'hr')} — Karim Benali`,
      },
      {
        actor: actor('fr', 'occupational-physician'),
        who: '',
        influence: 'Élevé',
        interest: 'Faible',
        role: '',
        name: actor('fr', 'occupational-physician'),
      },
      {
        actor: 'Autre acteur',
        customName: 'Régulateurs de trafic',
        who: 'équipes de nuit',
        influence: 'Faible',
        interest: 'Élevé',
        role: 'Testent les actions sur les horaires de nuit.',
        name: 'Régulateurs de trafic — équipes de nuit',
      },
    ],
    suggestedTasks: ['Rédiger la politique du bien-être', 'Approuver le budget et le mandat'],
    ownTask: 'Lancer le réseau d’ambassadeurs',
    raci: [
      {
        task: 'Rédiger la politique du bien-être',
        stakeholder: `${actor('fr', 'hr')} — Karim Benali`,
        role: 'R – Réalise',
      },
      {
        task: 'Rédiger la politique du bien-être',
        stakeholder: `${actor('fr', 'management-board')} — Nadia El Idrissi`,
        role: 'A – Approuve (responsable final)',
      },
      {
        task: 'Rédiger la politique du bien-être',
        stakeholder: 'Régulateurs de trafic — équipes de nuit',
        role: 'C – Consulté',
      },
      {
        task: 'Approuver le budget et le mandat',
        stakeholder: `${actor('fr', 'management-board')} — Nadia El Idrissi`,
        role: 'A – Approuve (responsable final)',
      },
      {
        task: 'Approuver le budget et le mandat',
        stakeholder: `${actor('fr', 'hr')} — Karim Benali`,
        role: 'R – Réalise',
      },
      {
        task: 'Approuver le budget et le mandat',
        stakeholder: actor('fr', 'occupational-physician'),
        role: 'I – Informé',
      },
      {
        task: 'Lancer le réseau d’ambassadeurs',
        stakeholder: `${actor('fr', 'hr')} — Karim Benali`,
        role: 'A – Approuve (responsable final)',
      },
      {
        task: 'Lancer le réseau d’ambassadeurs',
        stakeholder: 'Régulateurs de trafic — équipes de nuit',
        role: 'R – Réalise',
      },
    ],
    ambassadors: 'Six ambassadeurs, dont deux des équipes de nuit, avec quatre heures par mois.',
    participation: ['Via le comité de concertation de base', 'Réseau d’ambassadeurs'],
    staffInvolvement: 'Une courte enquête par équipe avant d’arrêter le plan.',
    notes: 'Inviter encore un délégué syndical au comité de pilotage.',
  },
};

/** Step 3 — roles and responsibilities. */
export class RolesStep {
  readonly t: ReturnType<typeof m>;
  readonly optional: string;

  constructor(
    readonly page: Page,
    readonly locale: Locale,
  ) {
    this.t = m(locale);
    this.optional = messages[locale].common.optional;
  }

  private textbox(scope: Page | Locator, name: string) {
    return scope.getByRole('textbox', { name, exact: true });
  }

  /** The i-th stakeholder entry (0-based). */
  stakeholder(index: number): Locator {
    return this.page.getByRole('list', { name: this.t.stakeholdersHeading }).getByRole('listitem').nth(index);
  }

  /** The name a stakeholder's summary row shows (after "Stakeholder n:"). */
  stakeholderName(index: number): Locator {
    return this.stakeholder(index).locator('.folding__title bdi');
  }

  /** Opens the i-th stakeholder entry (0-based), closing the open one: its fields are drawn only while open. */
  async openStakeholder(index: number) {
    await openEntry(this.page, 'stakeholders', index + 1);
  }

  /** The Remove button of the i-th stakeholder entry (its name also carries the stakeholder's name). */
  removeButton(index: number): Locator {
    return this.stakeholder(index).getByRole('button', { name: messages[this.locale].common.list.remove });
  }

  radio(entry: Locator, question: 'influence' | 'interest', level: string): Locator {
    return entry.getByRole('group', { name: this.t[question] }).getByRole('radio', { name: level, exact: true });
  }

  /** A quadrant of the power–interest grid, by its engagement label. */
  quadrant(label: string): Locator {
    return this.page.getByRole('group', { name: label, exact: true });
  }

  gridTable(): Locator {
    return this.page.getByRole('table', { name: this.t.gridTableCaption });
  }

  raciRegion(): Locator {
    return this.page.getByRole('region', { name: this.t.raciCaption });
  }

  raciCell(task: string, stakeholder: string): Locator {
    return this.page.getByRole('combobox', { name: fill(this.t.raciCell, { stakeholder, task }), exact: true });
  }

  /** The row of a task in the matrix. */
  raciRow(task: string): Locator {
    return this.raciRegion()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: task, exact: true }) });
  }

  /** Opens a catalogue ("add from the list") when it sits behind a disclosure (the list had entries at first render). */
  async openCatalogue(legend: string) {
    const disclosure = this.page.locator('details').filter({
      has: this.page.locator('summary').getByText(legend, { exact: true }),
    });
    if ((await disclosure.count()) > 0 && (await disclosure.getAttribute('open')) === null) {
      await disclosure.locator('summary').click();
      await expect(disclosure).toHaveAttribute('open', '');
    }
  }

  async pickActors(labels: string[]) {
    await this.openCatalogue(this.t.catalogueLegend);
    for (const label of labels) await this.page.getByRole('checkbox', { name: label, exact: true }).check();
    await this.page.getByRole('button', { name: this.t.catalogueAdd }).click();
  }

  async pickTasks(labels: string[]) {
    await this.openCatalogue(this.t.suggestedLegend);
    for (const label of labels) await this.page.getByRole('checkbox', { name: label, exact: true }).check();
    await this.page.getByRole('button', { name: this.t.suggestedAdd }).click();
  }

  async fillStakeholder(index: number, answer: StakeholderAnswer) {
    await this.openStakeholder(index);
    const entry = this.stakeholder(index);
    const actor = entry.getByRole('combobox', { name: this.t.actor });
    if ((await actor.locator('option:checked').textContent()) !== answer.actor) {
      await actor.selectOption({ label: answer.actor });
    }
    if (answer.customName !== undefined) await this.textbox(entry, this.t.customName).fill(answer.customName);
    await this.textbox(entry, `${this.t.who} ${this.optional}`).fill(answer.who);
    await this.radio(entry, 'influence', answer.influence).check();
    await this.radio(entry, 'interest', answer.interest).check();
    await this.textbox(entry, `${this.t.role} ${this.optional}`).fill(answer.role);
  }

  async fill(answers: RolesAnswers) {
    const catalogued = answers.stakeholders.filter((s) => s.customName === undefined);
    await this.pickActors(catalogued.map((s) => s.actor));
    for (const [index, answer] of answers.stakeholders.entries()) {
      if (answer.customName !== undefined) {
        await this.page.getByRole('button', { name: this.t.addStakeholder }).click();
      }
      await this.fillStakeholder(index, answer);
    }
    await this.pickTasks(answers.suggestedTasks);
    await this.page.getByRole('button', { name: this.t.addTask }).click();
    const taskCount = answers.suggestedTasks.length + 1;
    await this.textbox(this.page, fill(this.t.taskName, { number: taskCount })).fill(answers.ownTask);
    for (const { task, stakeholder, role } of answers.raci) {
      await this.raciCell(task, stakeholder).selectOption({ label: role });
    }
    await openGroup(this.page, 'support');
    await this.textbox(this.page, `${this.t.ambassadors} ${this.optional}`).fill(answers.ambassadors);
    for (const label of answers.participation) await this.page.getByRole('checkbox', { name: label }).check();
    await this.textbox(this.page, this.t.staffInvolvement).fill(answers.staffInvolvement);
    await this.page.getByRole('textbox', { name: messages[this.locale].steps.notes.label }).fill(answers.notes);
  }

  async expectValues(answers: RolesAnswers) {
    for (const [index, answer] of answers.stakeholders.entries()) {
      await this.openStakeholder(index);
      const entry = this.stakeholder(index);
      await expect(this.stakeholderName(index)).toHaveText(answer.name);
      await expect(entry.getByRole('combobox', { name: this.t.actor }).locator('option:checked')).toHaveText(
        answer.actor,
      );
      if (answer.customName !== undefined) {
        await expect(this.textbox(entry, this.t.customName)).toHaveValue(answer.customName);
      }
      await expect(this.textbox(entry, `${this.t.who} ${this.optional}`)).toHaveValue(answer.who);
      await expect(this.radio(entry, 'influence', answer.influence)).toBeChecked();
      await expect(this.radio(entry, 'interest', answer.interest)).toBeChecked();
      await expect(this.textbox(entry, `${this.t.role} ${this.optional}`)).toHaveValue(answer.role);
    }
    const tasks = [...answers.suggestedTasks, answers.ownTask];
    for (const [index, task] of tasks.entries()) {
      await openEntry(this.page, 'tasks', index + 1);
      await expect(this.textbox(this.page, fill(this.t.taskName, { number: index + 1 }))).toHaveValue(task);
    }
    for (const { task, stakeholder, role } of answers.raci) {
      await expect(this.raciCell(task, stakeholder).locator('option:checked')).toHaveText(role);
    }
    await openGroup(this.page, 'support');
    await expect(this.textbox(this.page, `${this.t.ambassadors} ${this.optional}`)).toHaveValue(answers.ambassadors);
    for (const label of answers.participation)
      await expect(this.page.getByRole('checkbox', { name: label })).toBeChecked();
    await expect(this.textbox(this.page, this.t.staffInvolvement)).toHaveValue(answers.staffInvolvement);
    await expect(this.page.getByRole('textbox', { name: messages[this.locale].steps.notes.label })).toHaveValue(
      answers.notes,
    );
  }
}
