import { describe, expect, it } from 'vitest';
import type { Locale } from '@/i18n/routing';
import { draftSchema, SCHEMA_VERSION } from '@/lib/draft/envelope';
import type { Block } from './blocks';
import { buildExportView, type ExportView } from './viewModel';
import { allText } from '@/testing/viewText';

const options = { status: 'draft', date: '2026-11-23' } as const;

const table = (view: ExportView, title: string) =>
  view.parts
    .flatMap((part) => part.sections.flatMap((section) => section.blocks))
    .find((block): block is Extract<Block, { kind: 'table' }> => block.kind === 'table' && block.title === title);

/**
 * A small draft whose computed figures are checked by hand:
 * budget 12 000 + 3 000 (2027) + 9 000 (2028) = 24 000; internal time 0,5 + 0,3 = 0,8 FTE.
 * Return: 100 FTE × 200 days = 20 000 days; × 5 % absence (from step 2) = 1 000 days (5 FTE), × € 250 = € 250 000;
 * × 30 % psychosocial = 300 days (1,5 FTE), € 75 000. Cautious (default) 10 %: 30 days, € 7 500 a year,
 * payback 24 000 ÷ 7 500 = 3,2 years; middle 25 %: € 18 750; optimistic 50 %: € 37 500.
 */
function smallDraft(locale: Locale) {
  return draftSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    uid: `small-${locale}`,
    name: 'Plan',
    organisation: 'Org',
    locale,
    createdAt: '2026-11-02T09:15:00.000Z',
    updatedAt: '2026-11-20T16:40:12.345Z',
    revision: 1,
    steps: {
      'as-is': {
        initiatives: [
          { uid: 'i1', title: 'Wandeloverleg', lever: 'leadership', level: 'team', effort: 2, impact: 5 },
          { uid: 'i2', title: 'Grote enquête', lever: 'leadership', level: 'organisation', effort: 5, impact: 2 },
        ],
        figures: { absencePercentage: 5, lastRiskAnalysis: '2022-01-10' },
      },
      roles: {
        stakeholders: [
          { uid: 's1', actor: 'hr', who: 'Els', influence: 'high', interest: 'high' },
          { uid: 's2', actor: 'other', customName: 'Stuurgroep', influence: 'low', interest: 'high' },
          { uid: 's3', actor: 'unions' },
        ],
        tasks: [
          { uid: 't1', name: 'Verzuimbeleid', assignments: { s1: 'accountable', s2: 'responsible' } },
          { uid: 't2', name: 'Enquête', assignments: { s1: 'responsible' } },
          { uid: 't3', name: '', assignments: { s1: 'accountable', s2: 'accountable', gone: 'responsible' } },
        ],
      },
      'to-be': {
        mirror: {
          leadership: { tomorrow: 'Coachend leiderschap' },
          employability: { leftOut: true, leftOutReason: 'Volgend plan.' },
        },
      },
      resources: {
        budgetLines: [
          { uid: 'b1', amount: 12000, year: 2027 },
          { uid: 'b2', amount: 3000, year: 2027 },
          { uid: 'b3', amount: 9000, year: 2028 },
        ],
        staffTime: [
          { uid: 'st1', role: 'HR', fte: 0.5 },
          { uid: 'st2', role: 'Preventie', fte: 0.3 },
        ],
        roi: {
          staffFte: 100,
          workingDaysPerFte: 200,
          psychosocialShare: 30,
          dayCost: 250,
          reduction: { cautious: 10, middle: 25, optimistic: 50 },
        },
      },
      action: {
        actions: [
          { uid: 'a1', title: 'Coaching', owner: 's1', start: '2027-03', end: '2027-05' },
          { uid: 'a2', title: 'Affiches', owner: 's2', start: '2027-04' },
          { uid: 'a3', title: 'Webinar' },
        ],
      },
      measure: {
        reviews: [
          { uid: 'r1', date: '2027-06-01', title: 'Halfjaarlijkse check' },
          { uid: 'r2', date: null, title: 'Evaluatie' },
          { uid: 'r3', date: '2027-02-01', title: 'Start' },
        ],
      },
    },
  });
}

const blocksOf = (view: ExportView) => [
  ...(view.summary?.blocks ?? []),
  ...view.parts.flatMap((part) => part.sections.flatMap((section) => section.blocks)),
];
const block = <Kind extends Block['kind']>(view: ExportView, kind: Kind, title: string) =>
  blocksOf(view).find(
    (item): item is Extract<Block, { kind: Kind }> => item.kind === kind && 'title' in item && item.title === title,
  );
const column = (view: ExportView, title: string, index: number) =>
  table(view, title)?.rows.map((row) => row.cells[index]);

describe('computed figures', () => {
  const nl = buildExportView(smallDraft('nl'), 'nl', options);
  const fr = buildExportView(smallDraft('fr'), 'fr', options);

  it('classifies every scored initiative in a quadrant and draws the matrix with the quadrant names', () => {
    expect(table(nl, 'Wat we vandaag al doen')?.columns.at(-1)?.label).toBe('Kwadrant');
    expect(column(nl, 'Wat we vandaag al doen', 7)).toEqual(['Snelle winst', 'Energievreter']);
    expect(column(fr, 'Ce que nous faisons déjà', 7)).toEqual(['Gain rapide', 'Gouffre à énergie']);
    const matrix = block(fr, 'matrix', 'Matrice effort–impact');
    expect(matrix?.corners).toEqual({
      topLeft: 'Gain rapide',
      topRight: 'Projet stratégique',
      bottomLeft: 'Action d’appoint',
      bottomRight: 'Gouffre à énergie',
    });
    // A middle score counts as low: the quadrant lines sit after 3.
    expect(matrix?.lowScores).toBe(3);
  });

  it('opens step 2 with what the evaluation of the previous plan showed, when it is written down', () => {
    expect(allText(nl)).not.toContain('Evaluatie van');
    const continued = (locale: Locale) => {
      const draft = smallDraft(locale);
      const asIs = {
        ...draft.steps['as-is'],
        evaluation: { previousPlan: 'Plan 2027', findings: 'Coaching werkte.\n\nDe week niet.' },
      };
      return buildExportView({ ...draft, steps: { ...draft.steps, 'as-is': asIs } }, locale, options);
    };
    expect(block(continued('nl'), 'text', 'Evaluatie van “Plan 2027”')?.paragraphs).toEqual([
      'Coaching werkte.',
      'De week niet.',
    ]);
    expect(block(continued('fr'), 'text', 'Évaluation de «\u202fPlan 2027\u202f»')?.paragraphs).toEqual([
      'Coaching werkte.',
      'De week niet.',
    ]);
  });

  it('counts initiatives per lever and level and names the gaps', () => {
    expect(
      table(nl, 'Dekking per hefboom en niveau')?.rows.find((row) => row.cells[0] === 'Leiderschap')?.cells,
    ).toEqual(['Leiderschap', '0', '1', '1']);
    const gaps = block(nl, 'list', 'Waar nog geen initiatief is')?.items;
    expect(gaps).toHaveLength(5);
    expect(gaps).toContain('Leiderschap: Individu');
    expect(gaps).toContain('Inzetbaarheid: Individu, Team, Organisatie');
    expect(block(fr, 'list', 'Là où aucune initiative n’existe encore')?.items).toContain('Leadership\u00a0: Individu');
  });

  it('totals the budget per year and overall, and the internal time', () => {
    expect(table(nl, 'Budget')?.footer).toEqual(['Totaal', '', '', '€\u00a024.000']);
    expect(block(nl, 'fields', 'Budget per jaar')?.rows).toEqual([
      { label: '2027', value: '€\u00a015.000' },
      { label: '2028', value: '€\u00a09.000' },
    ]);
    expect(table(fr, 'Budget')?.footer?.at(-1)).toBe('24\u202f000\u00a0€');
    expect(table(nl, 'Interne tijd')?.footer).toEqual(['Totaal', '0,8']);
  });

  it('computes the return per scenario and sets the chosen one (cautious by default) apart', () => {
    const nlReturn = table(nl, 'Terugverdieneffect');
    expect(nlReturn?.rows.map((row) => [row.cells[0], row.cells[3], row.emphasis ?? false])).toEqual([
      ['Voorzichtig (voorgesteld aan de directie)', '€\u00a07.500', true],
      ['Gemiddeld', '€\u00a018.750', false],
      ['Optimistisch', '€\u00a037.500', false],
    ]);
    expect(nlReturn?.rows[0]?.cells[4]).toBe('3,2 jaar (0,31 euro per jaar per geïnvesteerde euro)');
    expect(table(fr, 'Retour sur investissement')?.rows[0]?.cells.slice(0, 4)).toEqual([
      'Prudent (proposé à la direction)',
      '10\u00a0%',
      '30 (0,15 ETP)',
      '7\u202f500\u00a0€',
    ]);
  });

  it('writes the formula in words and numbers, for the chosen scenario', () => {
    const formula = block(nl, 'list', 'Zo is het berekend')?.items;
    expect(formula).toEqual([
      'Beschikbare dagen = 100 VTE × 200 werkdagen = 20.000 dagen',
      'Ziektedagen = 20.000 beschikbare dagen × 5% verzuim = 1.000 dagen (5 VTE)',
      'Kost van het verzuim = 1.000 ziektedagen × €\u00a0250 per dag = €\u00a0250.000 per jaar',
      'Psychosociale ziektedagen = 1.000 ziektedagen × 30% = 300 dagen (1,5 VTE)',
      'Besparing in het scenario Voorzichtig = 300 psychosociale ziektedagen × 10% daling × €\u00a0250 per dag = €\u00a07.500 per jaar',
      'Terugverdientijd = €\u00a024.000 budget ÷ €\u00a07.500 besparing per jaar = 3,2 jaar',
    ]);
  });

  it('labels research figures as ranges with their source', () => {
    const research = table(fr, 'Chiffres de la recherche, pour comparer');
    const drop = research?.rows.find(
      (row) =>
        row.cells[0] ===
        'Absentéisme plus faible chez les membres du personnel en bonne santé que chez les autres (une comparaison, pas l’effet d’une intervention)',
    );
    expect(drop?.cells.slice(1)).toEqual([
      '25\u00a0% à 50\u00a0%',
      'Lieven Annemans (UGent), cité dans le Plan d’action sur le stress lié au travail et le burn-out, Autorité flamande (2016)',
    ]);
    const nlResearch = table(nl, 'Cijfers uit onderzoek, ter vergelijking');
    expect(nlResearch?.rows.map((row) => row.cells[1])).toContain('ongeveer 1,5 tot 5 euro per geïnvesteerde euro');
  });

  it('puts the total budget and the expected return of the chosen scenario on the summary', () => {
    expect(block(nl, 'fields', 'Middelen en rendement')?.rows).toEqual([
      { label: 'Totaal budget', value: '€\u00a024.000' },
      { label: 'Verwachte besparing per jaar (scenario Voorzichtig)', value: '€\u00a07.500' },
    ]);
    expect(block(fr, 'fields', 'Moyens et retour sur investissement')?.rows.at(-1)).toEqual({
      label: 'Économie attendue par an (scénario Prudent)',
      value: '7\u202f500\u00a0€',
    });
  });

  it('names stakeholders one way and gives each its engagement from the power–interest grid', () => {
    expect(column(nl, 'Betrokken actoren', 0)).toEqual([
      'HR (businesspartner en specialisten) — Els',
      'Stuurgroep',
      'Vakbonden',
    ]);
    expect(column(nl, 'Betrokken actoren', 3)).toEqual(['Nauw betrekken', 'Goed informeren', '']);
    expect(column(fr, 'Acteurs concernés', 3)).toEqual(['Associer étroitement', 'Tenir informé', '']);
    expect(column(nl, 'Acties', 2)).toEqual(['HR (businesspartner en specialisten) — Els', 'Stuurgroep', '']);
  });

  it('says in words what is wrong in the RACI matrix (roles of removed stakeholders do not count)', () => {
    expect(block(nl, 'list', 'Controle van de verantwoordelijkheden')?.items).toEqual([
      'Enquête: niemand is eindverantwoordelijk.',
      '(zonder titel): meer dan één eindverantwoordelijke.',
      '(zonder titel): niemand voert de taak uit.',
    ]);
    expect(block(fr, 'list', 'Vérification des responsabilités')?.items[0]).toBe(
      'Enquête\u00a0: aucun responsable final.',
    );
  });

  it('fills the mirror document: own text, else the step 2 inventory, and says what is missing or left out', () => {
    const rows = table(nl, 'Spiegeldocument: vandaag en morgen')?.rows.map((row) => row.cells) ?? [];
    // Every lever has a row once the user wrote in the mirror.
    expect(rows).toHaveLength(5);
    expect(rows.find((cells) => cells[0] === 'Leiderschap')).toEqual([
      'Leiderschap',
      '• Wandeloverleg\n• Grote enquête\n(uit de inventaris van stap 2)',
      'Coachend leiderschap',
    ]);
    expect(rows.find((cells) => cells[0] === 'Inzetbaarheid')).toEqual([
      'Inzetbaarheid',
      '',
      'Bewust niet opgenomen. Volgend plan.',
    ]);
    expect(
      rows.filter((cells) => cells[1] === 'Nog niet beschreven.' && cells[2] === 'Nog niet beschreven.'),
    ).toHaveLength(3);
    const frRows = table(fr, 'Document miroir\u00a0: aujourd’hui et demain')?.rows.map((row) => row.cells) ?? [];
    expect(frRows.filter((cells) => cells[2] === 'Pas encore décrit.')).toHaveLength(3);
  });

  it('draws the timeline by month and lists the actions without a period', () => {
    const plan = block(fr, 'timeline', 'Calendrier');
    expect(plan?.periods).toEqual(['mars 2027', 'avr. 2027', 'mai 2027']);
    expect(plan?.bars).toEqual([
      { label: 'Coaching', from: 0, to: 2 },
      { label: 'Affiches', from: 1, to: 1 },
    ]);
    expect(block(nl, 'list', 'Acties zonder periode')?.items).toEqual(['Webinar']);
  });

  it('dates the policy cycle by the export date and puts review moments in calendar order', () => {
    const cycle = table(nl, 'Beleidscyclus (wettelijk kader en interne afspraken), stand op 23 november 2026');
    expect(cycle?.rows.map((row) => row.cells)).toEqual([
      ['Risicoanalyse psychosociale risico’s', '10 januari 2027', 'Binnenkort'],
      ['Globaal preventieplan (vijf jaar)', 'Na de nieuwe risicoanalyse', 'Geen datum'],
      ['Jaarlijkse evaluatie van de psychosociale preventiemaatregelen', 'Elk jaar (geen vaste datum)', 'Geen datum'],
      ['Jaaractieplan', '1 november 2027', 'Later'],
    ]);
    // The law sets no term for the risk analysis: its row never speaks of one.
    expect(JSON.stringify(cycle?.rows[0])).not.toMatch(/uiterlijk|verstreken|achterstallig/i);
    const later = buildExportView(smallDraft('fr'), 'fr', { ...options, date: '2027-02-01' });
    const laterCycle = table(
      later,
      'Cycle de la politique (cadre légal et engagements internes), situation au 1 février 2027',
    );
    // The planned five-year rhythm has passed: to plan, never "overdue".
    expect(laterCycle?.rows[0]?.cells.slice(1)).toEqual(['10 janvier 2027', 'À planifier']);
    expect(laterCycle?.rows[3]?.cells.slice(1)).toEqual(['1 novembre 2027', 'Plus tard']);
    expect(column(nl, 'PDCA-kalender', 2)).toEqual(['Start', 'Halfjaarlijkse check', 'Evaluatie']);
    expect(column(nl, 'PDCA-kalender', 0)).toEqual(['1 februari 2027', '1 juni 2027', 'Nog geen datum']);
  });
});
