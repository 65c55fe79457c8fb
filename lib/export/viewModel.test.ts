import { describe, expect, it } from 'vitest';
import { STEPS } from '@/lib/steps/registry';
import type { Block } from './blocks';
import { emptyDraft, halfDraft, largeDraft } from './fixtures';
import { exportFileName } from './fileName';
import { buildExportView, type ExportView } from './viewModel';

const options = { status: 'draft', date: '2026-11-23' } as const;

function allText(view: ExportView): string {
  const blockText = (block: Block): string[] => {
    switch (block.kind) {
      case 'text':
        return [block.title ?? '', ...block.paragraphs];
      case 'fields':
        return [block.title ?? '', ...block.rows.flatMap((row) => [row.label, row.value])];
      case 'list':
        return [block.title ?? '', ...block.items];
      case 'table':
        return [
          block.title,
          ...block.columns.map((column) => column.label),
          ...block.rows.flatMap((row) => [...row.cells, ...(row.details ?? []).flatMap((d) => [d.label, d.value])]),
          ...(block.footer ?? []),
        ];
      case 'matrix':
        return [block.title, block.xLabel, block.yLabel, ...Object.values(block.corners)];
      case 'timeline':
        return [block.title, ...block.periods, ...block.bars.map((bar) => bar.label)];
      case 'notice':
        return [block.text];
    }
  };
  return [
    ...Object.values(view.cover),
    ...(view.summary?.blocks.flatMap(blockText) ?? []),
    ...view.parts.flatMap((part) => [part.title, ...part.sections.flatMap((s) => [s.title, ...s.blocks.flatMap(blockText)])]),
  ]
    .filter((text): text is string => typeof text === 'string')
    .join('\n');
}

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
    expect(view.cover.incomplete).toBe('Version de travail : 0 étape sur 7 est terminée.');
    expect(view.cover.date).toBe('23 novembre 2026');
    expect(view.cover.slogan).toBe('Ensemble, en mouvement et en forme');
  });

  it('says nothing about completion on a final version', () => {
    const view = buildExportView(halfDraft('nl'), 'nl', { ...options, status: 'final' });
    expect(view.cover.status).toBe('Definitieve versie');
    expect(view.cover.incomplete).toBeNull();
  });

  it('follows the registry: part 1 holds steps 1–5, part 2 steps 6–7, numbered from the registry', () => {
    const view = buildExportView(largeDraft('nl'), 'nl', options);
    expect(view.parts.map((part) => part.title)).toEqual(['Deel 1 — Het beleid', 'Deel 2 — Het actieplan']);
    const sections = view.parts.flatMap((part) => part.sections);
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
    expect(view.parts[0]?.sections.map((s) => s.id)).toEqual(['why', 'as-is', 'roles', 'to-be', 'resources']);
  });

  it('leaves out sections of steps with nothing filled in', () => {
    const view = buildExportView(halfDraft('nl'), 'nl', options);
    expect(view.parts.flatMap((part) => part.sections.map((section) => section.id))).toEqual([
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
      'A – Rend compte',
      'C – Consulté',
      'I – Informé',
    ]);
    const mirror = table(view, 'Document miroir : aujourd’hui et demain');
    expect(mirror?.rows.at(-1)?.cells[2]).toMatch(/^Volontairement non retenu\. /);
  });

  it('shows no derived figure until its module is wired', () => {
    const view = buildExportView(largeDraft('nl'), 'nl', options, {});
    expect(table(view, 'Wat we vandaag al doen')?.columns.map((c) => c.label)).not.toContain('Kwadrant');
    expect(table(view, 'Budget')?.footer).toBeUndefined();
    expect(table(view, 'Terugverdieneffect')).toBeUndefined();
    expect(table(view, 'Spreiding over hefbomen en niveaus')).toBeUndefined();
    expect(allText(view)).not.toContain('Totaal budget');
  });

  it('shows derived figures once wired', () => {
    const view = buildExportView(largeDraft('nl'), 'nl', options, {
      quadrantOf: (effort, impact) => (impact > 3 ? (effort > 3 ? 'major-project' : 'quick-win') : 'fill-in'),
      engagementOf: () => 'monitor',
      budgetTotals: (lines) => ({ total: lines.reduce((sum, line) => sum + (line.amount ?? 0), 0), byYear: [] }),
      raciProblems: () => [{ taskUid: 't0', kind: 'accountable-missing' }],
      roi: () => ({ chosen: 'middle', scenarios: [{ scenario: 'middle', yearlySaving: 91000, netReturn: 1000, ratio: 1.2 }] }),
    });
    const initiatives = table(view, 'Wat we vandaag al doen');
    expect(initiatives?.columns.at(-1)?.label).toBe('Kwadrant');
    expect(initiatives?.rows[0]?.cells.at(-1)).toBe('Kleine klus');
    expect(table(view, 'Budget')?.footer).toEqual(['Totaal', '', '', '€\u00a0975.390']);
    const text = allText(view);
    expect(text).toContain('Volgen');
    expect(text).toContain('Coachingtraject voor leidinggevenden 1: niemand is eindverantwoordelijk.');
    expect(text).toContain('Totaal budget');
    expect(text).toContain('€\u00a091.000');
    expect(text).toContain('1,2 : 1');
  });

  it('puts why, ambition, main actions and key indicators on the summary', () => {
    const view = buildExportView(largeDraft('nl'), 'nl', options);
    const titles = view.summary?.blocks.map((block) => ('title' in block ? block.title : ''));
    expect(titles).toEqual(['Waarom we investeren in welzijn', 'Onze ambitie', 'Belangrijkste acties', 'Kernindicatoren']);
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
