import { describe, expect, it } from 'vitest';
import { STEPS } from '@/lib/steps/registry';
import type { Block } from './blocks';
import { emptyDraft, halfDraft, largeDraft } from '@/testing/fixtures';
import { exportFileName } from './fileName';
import { buildExportView, type ExportView } from './viewModel';
import { allText } from '@/testing/viewText';

const options = { status: 'draft', date: '2026-11-23' } as const;

const table = (view: ExportView, title: string) =>
  view.parts
    .flatMap((part) => part.sections.flatMap((section) => section.blocks))
    .find((block): block is Extract<Block, { kind: 'table' }> => block.kind === 'table' && block.title === title);

describe('export view model', () => {
  it('gives an empty draft a cover, contents and approval but no empty sections', () => {
    const view = buildExportView(emptyDraft('nl'), 'nl', options);
    expect(view.parts).toEqual([]);
    expect(view.summary).toBeNull();
    expect(view.cover.incomplete).toBe('Werkversie: 0 van de 7 stappen zijn voltooid.');
    expect(view.contents.entries.map((entry) => entry.title)).toEqual(['Goedkeuring']);
    expect(view.language).toBe('nl-BE');
  });

  it('says on the cover of an incomplete draft export that it is a draft, in French', () => {
    const view = buildExportView(halfDraft('fr'), 'fr', options);
    expect(view.cover.status).toBe('Version de travail');
    expect(view.cover.incomplete).toBe('Version de travail\u00a0: 0 étape sur 7 est terminée.');
    expect(view.cover.date).toBe('23 novembre 2026');
    expect(view.cover.slogan).toBe('Ensemble, en mouvement et en forme');
  });

  it('says nothing about completion on a final version', () => {
    const view = buildExportView(halfDraft('nl'), 'nl', { ...options, status: 'final' });
    expect(view.cover.status).toBe('Definitieve versie');
    expect(view.cover.incomplete).toBeNull();
  });

  it('follows the registry: part 1 holds the legal frame and steps 1–5, part 2 steps 6–7, numbered from the registry', () => {
    const view = buildExportView(largeDraft('nl'), 'nl', options);
    expect(view.parts.map((part) => part.title)).toEqual(['Deel 1 — Het beleid', 'Deel 2 — Het actieplan']);
    expect(view.parts[0]?.sections[0]).toMatchObject({ id: 'legal-frame', number: '', title: 'Wettelijk kader' });
    const sections = view.parts.flatMap((part) => part.sections).filter((section) => section.id !== 'legal-frame');
    expect(sections.map((section) => section.id)).toEqual(STEPS.map((step) => step.id));
    expect(sections.map((section) => `${section.number} ${section.title}`)).toEqual([
      '1. Waarom',
      '2. Huidige situatie',
      '3. Rollen en verantwoordelijkheden',
      '4. Gewenste situatie',
      '5. Middelen en terugverdieneffect',
      '6. Actie',
      '7. Meten en weten',
    ]);
    expect(view.parts[0]?.sections.map((s) => s.id)).toEqual([
      'legal-frame',
      'why',
      'as-is',
      'roles',
      'to-be',
      'resources',
    ]);
  });

  it('leaves out sections of steps with nothing filled in', () => {
    const view = buildExportView(halfDraft('nl'), 'nl', options);
    expect(view.parts.flatMap((part) => part.sections.map((section) => section.id))).toEqual([
      'legal-frame',
      'why',
      'as-is',
      'to-be',
      'action',
    ]);
  });

  it('resolves codes to labels in the chosen language and formats numbers, money and dates', () => {
    const nl = buildExportView(largeDraft('nl'), 'nl', options);
    const fr = buildExportView(largeDraft('nl'), 'fr', options);
    const nlText = allText(nl);
    const frText = allText(fr);
    expect(nlText).toContain('Leiderschap');
    expect(frText).toContain('Employabilité');
    expect(nlText).toContain('1.250');
    expect(frText).toContain('1\u202f250');
    expect(nlText).toContain('€\u00a012.505');
    expect(frText).toContain('12\u202f505\u00a0€');
    expect(nlText).toContain('12 mei 2025');
    expect(frText).toContain('12 mai 2025');
    expect(nlText).toContain('maart 2027 – maart 2028');
    expect(frText).toContain('mars 2027 – mars 2028');
    // The user's own text stays as typed, whatever the document language.
    expect(frText).toContain('Wandeloverleg in het park 1');
  });

  it('lists every initiative, stakeholder, action and indicator of a large draft', () => {
    const view = buildExportView(largeDraft('fr'), 'fr', options);
    expect(table(view, 'Ce que nous faisons déjà')?.rows).toHaveLength(30);
    expect(table(view, 'Acteurs concernés')?.rows).toHaveLength(15);
    expect(table(view, 'Actions')?.rows).toHaveLength(40);
    expect(table(view, 'Plan de mesure')?.rows).toHaveLength(20);
    const raci = table(view, 'Responsabilités (RACI)');
    expect(raci?.columns.map((column) => column.label)).toEqual([
      'Tâche',
      'R – Réalise',
      'A – Approuve (responsable final)',
      'C – Consulté',
      'I – Informé',
    ]);
    const mirror = table(view, 'Document miroir\u00a0: aujourd’hui et demain');
    expect(mirror?.rows.at(-1)?.cells[2]).toMatch(/^Volontairement non retenu\. /);
  });

  it('puts why, ambition, main actions and key indicators on the summary', () => {
    const view = buildExportView(largeDraft('nl'), 'nl', options);
    const titles = view.summary?.blocks.map((block) => ('title' in block ? block.title : ''));
    expect(titles).toEqual([
      'Waarom we investeren in welzijn',
      'Onze ambitie',
      'Belangrijkste acties',
      'Middelen en rendement',
      'Kernindicatoren',
    ]);
    const actions = view.summary?.blocks.find((block) => block.kind === 'list');
    expect(actions?.kind === 'list' && actions.items.at(-1)).toBe('en nog 34 acties in het actieplan');
  });

  it('names the file after organisation, title and date with safe characters', () => {
    expect(exportFileName(largeDraft('fr'), '2026-11-23')).toBe(
      'Bruxelles-Mobilite-Services_Politique-de-bien-etre-2027-2029_2026-11-23.pdf',
    );
    expect(exportFileName(emptyDraft('nl'), '2026-11-23')).toBe('Welzijnsbeleid-2027-2029_2026-11-23.pdf');
  });
});
