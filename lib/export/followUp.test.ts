import { describe, expect, it } from 'vitest';
import type { Locale } from '@/i18n/routing';
import { draftSchema, type Draft } from '@/lib/draft/envelope';
import fr from '@/messages/fr.json';
import nl from '@/messages/nl.json';
import { halfDraft } from '@/testing/fixtures';
import { readPdf } from '@/testing/readBackPdf';
import { readDocx } from '@/testing/readBackDocx';
import { renderDocx } from './docx/render';
import { renderPdfInNode } from './pdf/node';
import { indicatorName } from './steps/measure';
import { buildExportView } from './viewModel';

const MESSAGES = { nl, fr } as const;
const options = { status: 'draft', date: '2027-12-15' } as const;
const CONCLUSIONS = { nl: 'Het verzuim daalt in alle diensten.', fr: 'L’absentéisme baisse dans tous les services.' };

/** The half draft with one indicator, two organisation values, a team of eight, a done action and an evaluation. */
function followedUp(locale: Locale): Draft {
  const base = halfDraft(locale);
  return draftSchema.parse({
    ...base,
    steps: {
      ...base.steps,
      action: {
        ...base.steps.action,
        operationalObjectives: [{ uid: 'o1', name: 'Minder verzuim' }],
        actions: base.steps.action.actions.map((action) => ({ ...action, objectives: ['o1'] })),
      },
      measure: {
        ...base.steps.measure,
        indicators: [{ uid: 'm1', catalogue: 'absence-percentage', baseline: '6,8', target: '5' }],
      },
    },
    followUp: {
      measurements: [
        { uid: 'v1', indicator: 'm1', date: '2027-03-31', value: 6.4 },
        { uid: 'v2', indicator: 'm1', date: '2027-06-30', value: 5.9 },
        { uid: 'v3', indicator: 'm1', date: '2027-06-30', value: 9.4, level: 'team', team: 'Onthaal', headcount: 8 },
      ],
      actions: [{ uid: 'f1', action: 'a1', history: [{ uid: 'h1', date: '2027-05-15', status: 'done', note: '' }] }],
      evaluations: [
        {
          uid: 'e1',
          year: 2027,
          date: '2027-12-10',
          thirdPartyActs: 'Twee feiten',
          conclusions: CONCLUSIONS[locale],
          adjustments: '',
        },
      ],
    },
  });
}

describe.each(['nl', 'fr'] as const)('the follow-up in the exported plan (%s)', (locale) => {
  const f = MESSAGES[locale].followUp;
  const part = MESSAGES[locale].export.doc.parts['follow-up'];

  it('is part 3 with the evaluation, the indicators and the progress, and no team value under ten', () => {
    const view = buildExportView(followedUp(locale), locale, options);
    expect(view.parts.map((entry) => entry.id)).toEqual(['policy', 'action-plan', 'follow-up']);
    const blocks = view.parts[2]!.sections[0]!.blocks;
    const titles = blocks.map((block) => ('title' in block ? block.title : block.kind));
    expect(titles).toEqual([
      f.evaluation.heading,
      f.evaluation.conclusions,
      f.overview.caption,
      'notice',
      indicatorName(followedUp(locale).steps.measure.indicators[0]!, locale),
      f.progress.heading,
    ]);
    const text = JSON.stringify(blocks);
    expect(text).toContain(f.trend.improving);
    expect(text).toContain('Minder verzuim');
    expect(text).not.toContain('Onthaal');
    expect(text).not.toMatch(/9[,.]4/);
    expect(view.contents.entries.map((entry) => entry.title)).toContain(part);
  });

  it('shows the latest survey’s priorities before the progress; a survey alone makes the part', () => {
    const base = halfDraft(locale);
    const draft = draftSchema.parse({
      ...base,
      followUp: {
        ...base.followUp,
        surveys: [
          {
            uid: 's1',
            date: '2027-10-01',
            source: 'peiling.csv',
            results: [
              { uid: 'r1', item: 'Werkdruk', theme: '', score: 2.5, importance: 4.5, benchmark: null, respondents: 40 },
              { uid: 'r2', item: 'Steun', theme: '', score: 4, importance: 4, benchmark: null, respondents: 40 },
            ],
          },
        ],
      },
    });
    const view = buildExportView(draft, locale, options);
    expect(view.parts.map((entry) => entry.id)).toEqual(['policy', 'action-plan', 'follow-up']);
    const blocks = view.parts[2]!.sections[0]!.blocks;
    expect(blocks.map((block) => ('title' in block ? block.title : block.kind))).toEqual([
      f.survey.matrixHeading,
      f.survey.table.caption,
      f.progress.heading,
    ]);
    const table = blocks[1] as Extract<(typeof blocks)[number], { kind: 'table' }>;
    expect(table.rows.map((row) => [row.cells[0], row.cells[4]])).toEqual([
      ['Werkdruk', f.survey.priorities.priority.label],
      ['Steun', f.survey.priorities.fine.label],
    ]);
  });

  it('is left out while nothing was recorded', () => {
    const view = buildExportView(halfDraft(locale), locale, options);
    expect(view.parts.map((entry) => entry.id)).not.toContain('follow-up');
  });

  it('reads back from the Word file: heading, conclusions, the status in words; the small team absent', async () => {
    const docx = readDocx(await renderDocx({ draft: followedUp(locale), locale, options }));
    expect(docx.headings.map((heading) => heading.text)).toEqual(expect.arrayContaining([part, f.title]));
    expect(docx.text).toContain(CONCLUSIONS[locale]);
    expect(docx.text).toContain(f.trend.improving);
    expect(docx.document).not.toContain('Onthaal');
  }, 60_000);

  it('reads back from the PDF: heading, conclusions, the status in words; the small team absent', async () => {
    const pdf = await readPdf(await renderPdfInNode({ draft: followedUp(locale), locale, options }));
    // French typesetting may put a narrow no-break space in the heading; compare words.
    const words = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');
    expect(words(pdf.text)).toContain(words(part));
    expect(words(pdf.text)).toContain(words(CONCLUSIONS[locale]));
    expect(pdf.text).toContain(f.trend.improving);
    expect(pdf.text).not.toContain('Onthaal');
  }, 60_000);
});
