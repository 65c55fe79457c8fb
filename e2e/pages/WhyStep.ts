import { expect, type Page } from '@playwright/test';
import { fill, messages, type Locale } from './messages';
import { driverLabels } from '../../content/reference/why';

const m = (locale: Locale) => messages[locale].steps.why;

/** Answers for step 1, as a user would give them: labels in the UI language. */
export interface WhyAnswers {
  name: string;
  type: string;
  sector: string;
  staffCount: string;
  mission: string;
  vision: string;
  value: { name: string; meaning: string };
  drivers: string[];
  driversOther: string;
  whyHere: string;
  levers: { lever: string; relevance: string; note: string }[];
}

export const whyAnswers: Record<Locale, WhyAnswers> = {
  nl: {
    name: 'Agentschap Groen Erfgoed',
    type: 'Vlaamse overheid (departement of agentschap)',
    sector: 'Openbaar bestuur',
    staffCount: '420',
    mission: 'Wij beheren historische parken en domeinen voor iedereen.',
    vision: 'Tegen 2030 een erfgoedbeheerder waar mensen graag en gezond werken.',
    value: { name: 'Zorgzaamheid', meaning: 'We letten op elkaar, ook in drukke seizoenen.' },
    drivers: [driverLabels.nl.absence.label, driverLabels.nl.burnout.label],
    driversOther: 'De fusie van twee diensten in 2026.',
    whyHere: 'Wie zorgt voor erfgoed dat generaties meegaat, moet zelf duurzaam kunnen werken.',
    levers: [
      { lever: 'Inzetbaarheid', relevance: 'Belangrijk', note: 'Loopbaangesprekken voor 55-plussers.' },
      { lever: 'Leiderschap', relevance: 'Prioriteit', note: 'Coachend leidinggeven in de buitenploegen.' },
      { lever: 'Zinvol werken', relevance: 'Minder belangrijk', note: '' },
      { lever: 'Werk-privébalans', relevance: 'Prioriteit', note: 'Seizoenspieken beter spreiden.' },
      { lever: 'Het nieuwe werken', relevance: 'Bewust nu niet', note: '' },
    ],
  },
  fr: {
    name: 'Bruxelles Mobilité Services',
    type: 'Organisme régional bruxellois',
    sector: 'Transport et logistique',
    staffCount: '310',
    mission: 'Nous assurons des déplacements sûrs et fluides à Bruxelles.',
    vision: 'D’ici 2030, un service où l’on travaille bien, même la nuit.',
    value: { name: 'Respect', meaning: 'Écouter chacun, usagers comme collègues.' },
    drivers: [driverLabels.fr.absence.label, driverLabels.fr.retention.label],
    driversOther: 'Les agressions verbales au centre de contact.',
    whyHere: 'Un service public fiable repose sur des équipes qui tiennent dans la durée.',
    levers: [
      { lever: 'Employabilité', relevance: 'Important', note: 'Mobilité interne vers des fonctions de jour.' },
      { lever: 'Leadership', relevance: 'Prioritaire', note: '' },
      { lever: 'Travail porteur de sens', relevance: 'Moins important', note: '' },
      {
        lever: 'Équilibre vie professionnelle – vie privée',
        relevance: 'Prioritaire',
        note: 'Horaires des équipes de nuit.',
      },
      { lever: 'Nouvelles façons de travailler', relevance: 'Volontairement pas maintenant', note: '' },
    ],
  },
};

export class WhyStep {
  constructor(
    readonly page: Page,
    readonly locale: Locale,
  ) {}

  private textbox(name: string) {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  private leverGroup(lever: string) {
    return this.page.getByRole('group', { name: fill(m(this.locale).leverRelevance, { lever }) });
  }

  /** Opens a lever's summary row (one lever is open at a time). */
  private async openLever(lever: string) {
    const escaped = lever.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const toggle = this.page.locator('[id^="f-levers-"][data-folding]').filter({ hasText: new RegExp(`^${escaped}`) });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }

  async fill(answers: WhyAnswers) {
    const t = m(this.locale);
    await this.textbox(t.name).fill(answers.name);
    await this.page.getByRole('combobox', { name: t.type }).selectOption({ label: answers.type });
    await this.page.getByRole('combobox', { name: t.sector }).selectOption({ label: answers.sector });
    await this.textbox(t.staffCount).fill(answers.staffCount);
    await this.textbox(t.mission).fill(answers.mission);
    await this.textbox(`${t.vision} ${messages[this.locale].common.optional}`).fill(answers.vision);
    await this.page.getByRole('button', { name: t.addValue }).click();
    await this.textbox(fill(t.valueName, { number: 1 })).fill(answers.value.name);
    await this.textbox(`${fill(t.valueMeaning, { number: 1 })} ${messages[this.locale].common.optional}`).fill(
      answers.value.meaning,
    );
    for (const driver of answers.drivers) await this.page.getByRole('checkbox', { name: driver }).check();
    await this.textbox(`${t.driversOther} ${messages[this.locale].common.optional}`).fill(answers.driversOther);
    await this.textbox(t.whyHere).fill(answers.whyHere);
    for (const { lever, relevance, note } of answers.levers) {
      await this.openLever(lever);
      await this.leverGroup(lever).getByRole('radio', { name: relevance, exact: true }).check();
      if (note) {
        await this.textbox(`${fill(t.leverNote, { lever })} ${messages[this.locale].common.optional}`).fill(note);
      }
    }
  }

  async expectValues(answers: WhyAnswers) {
    const t = m(this.locale);
    const optional = messages[this.locale].common.optional;
    await expect(this.textbox(t.name)).toHaveValue(answers.name);
    await expect(this.page.getByRole('combobox', { name: t.type }).locator('option:checked')).toHaveText(answers.type);
    await expect(this.page.getByRole('combobox', { name: t.sector }).locator('option:checked')).toHaveText(
      answers.sector,
    );
    await expect(this.textbox(t.staffCount)).toHaveValue(answers.staffCount);
    await expect(this.textbox(t.mission)).toHaveValue(answers.mission);
    await expect(this.textbox(`${t.vision} ${optional}`)).toHaveValue(answers.vision);
    await expect(this.textbox(fill(t.valueName, { number: 1 }))).toHaveValue(answers.value.name);
    await expect(this.textbox(`${fill(t.valueMeaning, { number: 1 })} ${optional}`)).toHaveValue(answers.value.meaning);
    for (const driver of answers.drivers) await expect(this.page.getByRole('checkbox', { name: driver })).toBeChecked();
    await expect(this.textbox(`${t.driversOther} ${optional}`)).toHaveValue(answers.driversOther);
    await expect(this.textbox(t.whyHere)).toHaveValue(answers.whyHere);
    for (const { lever, relevance, note } of answers.levers) {
      await this.openLever(lever);
      await expect(this.leverGroup(lever).getByRole('radio', { name: relevance, exact: true })).toBeChecked();
      await expect(this.textbox(`${fill(t.leverNote, { lever })} ${optional}`)).toHaveValue(note);
    }
  }
}
