import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/format';
import { EXPORT_CHART, seriesChart } from '@/lib/followUp/chartLayout';
import { indicatorSeries } from '@/lib/followUp/series';
import fr from '@/messages/fr.json';
import nl from '@/messages/nl.json';
import { draftSchema } from '@/lib/draft/envelope';
import { evaluatedDraft, evaluatedWords } from '@/testing/fixtures';
import { readDocx, wellFormed } from '@/testing/readBackDocx';
import { pdfStreams, readPdf } from '@/testing/readBackPdf';
import { allText } from '@/testing/viewText';
import { renderDocx } from './docx/render';
import { renderPdfInNode } from './pdf/node';
import type { Block } from './blocks';
import { buildDocumentView } from './documentView';
import { exportFileName } from './fileName';
import { followUpUntil } from './followUp';

const MESSAGES = { nl, fr } as const;
const options = (evaluation: string | null = null) =>
  ({ status: 'final', date: '2028-01-15', document: { kind: 'evaluation', evaluation } }) as const;
const words = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

describe.each(['nl', 'fr'] as const)('the yearly evaluation report (%s)', (locale: Locale) => {
  const m = MESSAGES[locale];
  const f = m.followUp;
  const w = evaluatedWords(locale);
  const view = buildDocumentView(evaluatedDraft(locale), locale, options());
  const text = allText(view);
  const blocks = view.parts.flatMap((part) => part.sections.flatMap((section) => section.blocks));
  const section = (id: string) => view.parts[0]?.sections.find((entry) => entry.id === id);

  it('is its own document on the latest evaluation: no summary, no approval page, six numbered sections', () => {
    expect(words(view.cover.title)).toBe(words(f.report.title.replace('{year}', '2027')));
    expect(view.cover.status).toBe('2027');
    expect(view.summary).toBeNull();
    expect(view.approval).toBeNull();
    expect(view.parts.map((part) => part.id)).toEqual(['evaluation']);
    expect(view.parts[0]!.sections.map((entry) => [entry.number, entry.id])).toEqual([
      ['1.', 'evaluation-period'],
      ['2.', 'evaluation-indicators'],
      ['3.', 'evaluation-findings'],
      ['4.', 'evaluation-actions'],
      ['5.', 'evaluation-inputs'],
      ['6.', 'evaluation-outcome'],
    ]);
    expect(view.contents.entries.map((entry) => entry.anchor)).toEqual(
      view.parts[0]!.sections.map((entry) => entry.anchor),
    );
    expect(words(text)).toContain(words(w.conclusions.replace(' :', ':').replace(':', locale === 'fr' ? ' :' : ':')));
    expect(text).toContain(w.adjustments);
    expect(text).toContain(w.requests);
    expect(words(text)).toContain(words(f.evaluation.inputs.interventionRequests.label));
  });

  it('states the period and the Codex article it answers', () => {
    const period = section('evaluation-period')!;
    const all = words(JSON.stringify(period.blocks));
    expect(all).toContain('art. I.3-6');
    expect(all).toContain(words(formatDate('2027-01-01', locale)));
    expect(all).toContain(words(formatDate('2027-12-31', locale)));
  });

  it('never shows a team under ten people, only counts it; a team of twelve is shown', () => {
    expect(text).not.toContain('Onthaal');
    expect(text).not.toMatch(/9[,.]4/);
    expect(text).toContain('Werkplaats');
    const notice = section('evaluation-indicators')!.blocks.find((block) => block.kind === 'notice');
    expect(notice && 'text' in notice ? words(notice.text) : '').toBe(
      words(
        f.suppressed
          .replace(/\{count, plural, one \{# ([^}]*)\} other \{[^}]*\}\}/, '1 $1')
          .replace(/\{count, plural, one \{([^}]*)\} other \{[^}]*\}\}/, '$1')
          .replace('{min}', '10'),
      ),
    );
  });

  it('leaves out what happened after the evaluated year', () => {
    expect(text).not.toMatch(/4[,.]2/);
    expect(text).not.toContain(formatDate('2028-03-31', locale));
    const actions = section('evaluation-actions')!.blocks[0] as Extract<Block, { kind: 'table' }>;
    expect(actions.rows[0]?.cells[1]).toBe(actionLabel(locale, 'done'));
    expect(actions.rows[0]?.cells[2]).not.toContain('2028');
  });

  it('draws each indicator with the page’s chart layout, a label for every tick and line, and its table', () => {
    const draft = evaluatedDraft(locale);
    const trend = blocks.find((block) => block.kind === 'trend');
    expect(trend?.kind).toBe('trend');
    if (trend?.kind !== 'trend') return;
    const series = indicatorSeries(followUpUntil(draft.followUp, '2027-12-31'), draft.steps.measure.indicators[0]!);
    expect(trend.chart.layout).toEqual(seriesChart(series, EXPORT_CHART));
    expect(trend.chart.layout.points.map((point) => point.value)).toEqual([6.4, 5.9, 5.6]);
    expect(trend.chart.layout.references.map((reference) => reference.kind)).toEqual([
      'baseline',
      'target',
      'benchmark',
    ]);
    expect(trend.chart.yLabels).toHaveLength(trend.chart.layout.yTicks.length);
    expect(trend.chart.xLabels).toHaveLength(trend.chart.layout.xTicks.length);
    expect(trend.chart.referenceLabels.map(words)).toEqual(
      [f.chart.baseline, f.chart.target, f.chart.benchmark].map(words),
    );
    expect(words(trend.description)).toContain(words(f.trend.improving));
    expect(trend.description).toContain(w.benchmark);
    expect(trend.table.rows.map((row) => row.cells[2])).toEqual(['6,4', '5,9', '7,3', '5,6']);
  });

  it('lists the findings with their method, about the indicator or the plan as a whole', () => {
    const findings = section('evaluation-findings')!.blocks[0] as Extract<Block, { kind: 'table' }>;
    expect(findings.rows.map((row) => row.cells[3])).toEqual([w.findingTitle, '']);
    expect(findings.rows[1]?.cells[2]).toBe(f.findings.overall);
    expect(findings.rows.map((row) => row.details?.[0]?.value)).toEqual([w.finding, w.overall]);
  });

  it('shows the latest survey of the year as its priorities, what to act on first at the top, with linked actions', async () => {
    const base = evaluatedDraft(locale);
    const action = base.steps.action.actions[0]!;
    const result = (
      uid: string,
      item: string,
      score: number,
      importance: number,
      respondents = 40,
      actions: string[] = [],
    ) => ({
      uid,
      item,
      theme: 'Werkdruk',
      score,
      importance,
      benchmark: null,
      respondents,
      actions,
    });
    const draft = draftSchema.parse({
      ...base,
      followUp: {
        ...base.followUp,
        surveys: [
          { uid: 's1', date: '2027-02-01', source: 'peiling-2026.xlsx', results: [result('r0', 'Oude vraag', 2, 4)] },
          {
            uid: 's2',
            date: '2027-10-01',
            source: 'peiling-2027.xlsx',
            results: [
              result('r1', 'Ik kan mijn werk aan', 2.5, 4.5, 40, [action.uid]),
              result('r2', 'Ik krijg steun van mijn leidinggevende', 4.2, 4.4),
              result('r3', 'Ik weet bij wie ik terechtkan', 3.1, 2.2),
              result('r4', 'Kleine ploeg', 1, 5, 6),
            ],
          },
          // Imported after the evaluated year: not in its report.
          { uid: 's3', date: '2028-01-10', source: 'peiling-2028.xlsx', results: [result('r5', 'Nieuwe vraag', 3, 3)] },
        ],
      },
    });
    const report = buildDocumentView(draft, locale, options());
    const survey = report.parts[0]!.sections.find((entry) => entry.id === 'evaluation-survey')!;
    expect(report.parts[0]!.sections.map((entry) => entry.id)).toEqual([
      'evaluation-period',
      'evaluation-indicators',
      'evaluation-survey',
      'evaluation-findings',
      'evaluation-actions',
      'evaluation-inputs',
      'evaluation-outcome',
    ]);
    expect(survey.title).toBe(f.survey.heading);
    const all = words(JSON.stringify(survey.blocks));
    expect(all).toContain('peiling-2027.xlsx');
    expect(all).not.toContain('peiling-2028.xlsx');
    expect(all).not.toContain('Nieuwe vraag');
    expect(all).not.toContain('Kleine ploeg');
    const table = survey.blocks.find((block) => block.kind === 'table') as Extract<Block, { kind: 'table' }>;
    expect(table.columns.map((column) => column.label)).toEqual([
      f.survey.table.item,
      f.survey.table.theme,
      f.survey.table.score,
      f.survey.table.importance,
      f.survey.table.priority,
      f.survey.table.actions,
    ]);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['Ik kan mijn werk aan', 'Werkdruk', '2,5', '4,5', f.survey.priorities.priority.label, action.title],
      [
        'Ik weet bij wie ik terechtkan',
        'Werkdruk',
        '3,1',
        '2,2',
        f.survey.priorities.watch.label,
        f.survey.table.noActions,
      ],
      [
        'Ik krijg steun van mijn leidinggevende',
        'Werkdruk',
        '4,2',
        '4,4',
        f.survey.priorities.keep.label,
        f.survey.table.noActions,
      ],
    ]);
    const notice = survey.blocks.find((block) => block.kind === 'notice');
    // The item with 6 respondents is counted, not shown.
    expect(notice && 'text' in notice ? words(notice.text) : '').toMatch(/^1 item\b.*\b10\b/);
    // The PDF holds it too.
    const pdf = await readPdf(await renderPdfInNode({ draft, locale, options: options() }));
    expect(words(pdf.text)).toContain(words(f.survey.heading));
    expect(pdf.text).toContain('Ik kan mijn werk aan');
  });

  it('reports on a chosen evaluation instead of the latest', () => {
    const earlier = buildDocumentView(evaluatedDraft(locale), locale, options('e0'));
    expect(earlier.cover.status).toBe('2026');
    // Nothing was measured by the end of 2026.
    expect(earlier.parts[0]!.sections.map((entry) => entry.id)).not.toContain('evaluation-indicators');
  });

  it('is named like the plan’s files, with the report before the date', () => {
    expect(
      exportFileName(evaluatedDraft(locale), '2028-01-15', 'pdf', f.report.fileName.replace('{year}', '2027')),
    ).toBe(
      locale === 'nl'
        ? 'Agentschap-Groen-Erfgoed_Welzijnsbeleid-2027-2029_jaarlijkse-evaluatie-2027_2028-01-15.pdf'
        : 'Bruxelles-Mobilite-Services_Politique-de-bien-etre-2027-2029_evaluation-annuelle-2027_2028-01-15.pdf',
    );
  });
});

describe('the French report', () => {
  const view = buildDocumentView(evaluatedDraft('fr'), 'fr', options());
  const lines = allText(view).split('\n');

  it('puts a no-break space before every colon, semicolon, question and exclamation mark', () => {
    const ordinary = lines.filter(
      (line) => /\S [:;?!](?=\s|$)/.test(line) || /[^\s\u00a0\u202f][:;?!](?=\s|$)/.test(line),
    );
    expect(ordinary).toEqual([]);
    expect(allText(view)).toContain('Bilan\u00a0: l’absentéisme');
  });

  it('labels values the French way', () => {
    const trend = view.parts[0]!.sections.flatMap((entry) => entry.blocks).find((block) => block.kind === 'trend');
    expect(trend?.kind === 'trend' ? trend.description : '').toMatch(/^Statut\u00a0: /);
  });
});

function actionLabel(locale: Locale, status: 'done') {
  return { nl: { done: 'Afgerond' }, fr: { done: 'Terminée' } }[locale][status];
}

describe.each(['nl', 'fr'] as const)('the evaluation report read back (%s)', (locale: Locale) => {
  const f = MESSAGES[locale].followUp;
  const w = evaluatedWords(locale);
  const request = { draft: evaluatedDraft(locale), locale, options: options() };

  it('as a PDF: title, conclusions, the trend chart drawn as vectors with its labels, no small team', async () => {
    const bytes = await renderPdfInNode(request);
    const pdf = await readPdf(bytes);
    expect(words(pdf.text)).toContain(words(f.report.title.replace('{year}', '2027')));
    expect(words(pdf.text)).toContain(words(w.conclusions));
    expect(words(pdf.text)).toContain(words(f.chart.benchmark));
    expect(pdf.text).toContain('Werkplaats');
    expect(pdf.text).not.toContain('Onthaal');
    expect(words(pdf.text)).not.toContain(words(MESSAGES[locale].export.doc.approval.title));
    // The chart is vector graphics: the three reference lines each with its dash pattern, the points as curves.
    const drawing = pdfStreams(bytes).join('\n');
    for (const dash of ['[4 3] 0 d', '[1.5 2] 0 d', '[6 2 1.5 2] 0 d']) expect(drawing).toContain(dash);
    expect((drawing.match(/ c\n/g) ?? []).length).toBeGreaterThanOrEqual(3 * 4);
  }, 60_000);

  it('as a Word document: headings, the chart’s values as a table and in words, no approval page', async () => {
    const docx = readDocx(await renderDocx(request));
    const headings = docx.headings.map((heading) => words(heading.text));
    expect(headings).toContain(words(f.report.title.replace('{year}', '2027')));
    expect(headings).toContain(words(`6. ${f.evaluation.outcomeHeading}`));
    expect(headings).not.toContain(words(MESSAGES[locale].export.doc.approval.title));
    expect(words(docx.text)).toContain(words(w.conclusions));
    expect(words(docx.text)).toContain(words(f.trend.improving));
    expect(docx.paragraphs.some((p) => p.style === 'Caption')).toBe(true);
    expect(docx.document).toContain('Werkplaats');
    expect(docx.document).not.toContain('Onthaal');
  }, 60_000);

  it('as a Word document: the trend as a native line chart on the shared scale, described for screen readers', async () => {
    const bytes = await renderDocx(request);
    const files = unzipSync(bytes);
    const charts = Object.keys(files).filter((path) => /^word\/charts\/chart\d+\.xml$/.test(path));
    expect(charts).toHaveLength(1);
    const chart = strFromU8(files[charts[0]!]!);
    expect(wellFormed(chart)).toBeNull();
    expect(chart).toContain('<c:lineChart>');
    expect(chart).toContain('<c:dateAx>');
    // The organisation's three values of 2027, and the baseline, target and benchmark as dashed lines.
    for (const value of ['6.4', '5.9', '5.6']) expect(chart).toContain(`<c:v>${value}</c:v>`);
    expect(chart.match(/<c:ser>/g)).toHaveLength(4);
    for (const dash of ['"dash"', '"sysDot"', '"dashDot"']) expect(chart).toContain(`<a:prstDash val=${dash}/>`);
    // The value axis is the one of the page and the PDF (lib/followUp/chartLayout.ts).
    const draft = evaluatedDraft(locale);
    const series = indicatorSeries(followUpUntil(draft.followUp, '2027-12-31'), draft.steps.measure.indicators[0]!);
    const layout = seriesChart(series, EXPORT_CHART);
    expect(chart).toContain(`<c:min val="${layout.yTicks[0]!.value}"/>`);
    expect(chart).toContain(`<c:max val="${layout.yTicks.at(-1)!.value}"/>`);
    // Word's "Edit Data" has the values in an embedded workbook; the drawing is described for screen readers.
    expect(Object.keys(files).some((path) => path.startsWith('word/embeddings/') && path.endsWith('.xlsx'))).toBe(true);
    const document = strFromU8(files['word/document.xml']!);
    expect(words(document)).toContain(words(f.chart.caption));
    expect(document).toMatch(/<wp:docPr [^>]*descr="[^"]+"/);
  }, 60_000);
});
