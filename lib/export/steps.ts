import { actionStatusLabels, buildingBlockLabels, channelLabels, nudgeLabels } from '@/content/reference/action';
import { demandLabels, quadrantLabels, resourceLabels } from '@/content/reference/as-is';
import { levelLabels } from '@/content/reference/levels';
import { leverLabels } from '@/content/reference/levers';
import { frequencyLabels, indicatorCatalogueLabels, pdcaPhaseLabels } from '@/content/reference/measure';
import { budgetCategoryLabels, expertiseSourceLabels, scenarioLabels } from '@/content/reference/resources';
import { actorLabels, engagementLabels, gridLevelLabels, participationLabels, raciLabels } from '@/content/reference/roles';
import { driverLabels, organisationTypeLabels, relevanceLabels, sectorLabels } from '@/content/reference/why';
import type { CodeLabels } from '@/content/types';
import type { Locale } from '@/i18n/routing';
import type { DraftSteps } from '@/lib/draft/envelope';
import { formatDate, formatMoney, formatMonth, formatNumber, formatPercent } from '@/lib/format';
import type { Action } from '@/lib/steps/action';
import { LEVELS, LEVERS } from '@/lib/steps/shared';
import { RACI_ROLES, type Stakeholder } from '@/lib/steps/roles';
import type { StepId } from '@/lib/steps/registry';
import { fields, paragraphs, present, type Block, type TableRow } from './blocks';
import type { DerivedFigures } from './derived';
import type { ExportTranslator } from './text';

export interface StepContext {
  steps: DraftSteps;
  locale: Locale;
  /** Document strings: keys under `export.doc`. */
  t: ExportTranslator;
  derived: DerivedFigures;
  /** The export date, YYYY-MM-DD. */
  today: string;
}

type Builder = (context: StepContext) => Block[];

/** "Label" of a code in the document language; '' for no choice. */
function label<Code extends string>(labels: Record<Locale, CodeLabels<Code>>, code: Code | null, locale: Locale) {
  return code == null ? '' : labels[locale][code].label;
}

const joined = (items: string[]) => items.filter(Boolean).join(', ');
const num = (value: number | null, locale: Locale) => (value == null ? '' : formatNumber(value, locale));
const money = (value: number | null, locale: Locale) => (value == null ? '' : formatMoney(value, locale));
const percent = (value: number | null, locale: Locale) => (value == null ? '' : formatPercent(value, locale));
const date = (value: string | null, locale: Locale) => (value == null ? '' : formatDate(value, locale));

/** A stakeholder as people read it: the actor (or the user's own name for "other"), then who. */
export function stakeholderLabel(stakeholder: Stakeholder, locale: Locale): string {
  const actor =
    stakeholder.actor === 'other' || stakeholder.actor == null
      ? stakeholder.customName.trim() || label(actorLabels, stakeholder.actor, locale)
      : label(actorLabels, stakeholder.actor, locale);
  const who = stakeholder.who.trim();
  return actor && who ? `${actor} (${who})` : actor || who;
}

function stakeholderNames(context: StepContext): Map<string, string> {
  return new Map(context.steps.roles.stakeholders.map((s) => [s.uid, stakeholderLabel(s, context.locale)]));
}

/** "maart 2027 – juni 2027", or one end only. */
export function period(action: Pick<Action, 'start' | 'end'>, locale: Locale): string {
  const start = action.start ? formatMonth(action.start, locale) : '';
  const end = action.end ? formatMonth(action.end, locale) : '';
  if (start && end) return start === end ? start : `${start} – ${end}`;
  return start || end;
}

const why: Builder = ({ steps, locale, t }) => {
  const data = steps.why;
  const { profile } = data;
  const levers = LEVERS.map((lever) => ({ lever, ...data.levers[lever] })).filter(
    (row) => row.relevance != null || row.note.trim(),
  );
  return present([
    {
      kind: 'fields',
      title: t('export.doc.why.profile'),
      rows: fields([
        { label: t('export.doc.why.organisation'), value: profile.name },
        { label: t('export.doc.why.type'), value: label(organisationTypeLabels, profile.type, locale) },
        { label: t('export.doc.why.sector'), value: label(sectorLabels, profile.sector, locale) },
        { label: t('export.doc.why.staffCount'), value: num(profile.staffCount, locale) },
      ]),
    },
    { kind: 'text', title: t('export.doc.why.mission'), paragraphs: paragraphs(data.mission) },
    { kind: 'text', title: t('export.doc.why.vision'), paragraphs: paragraphs(data.vision) },
    {
      kind: 'table',
      title: t('export.doc.why.values'),
      columns: [
        { label: t('export.doc.why.value'), weight: 1 },
        { label: t('export.doc.why.meaning'), weight: 3 },
      ],
      rows: data.values.filter((v) => v.name.trim() || v.meaning.trim()).map((v) => ({ cells: [v.name, v.meaning] })),
    },
    { kind: 'text', title: t('export.doc.why.whyHere'), paragraphs: paragraphs(data.whyHere) },
    {
      kind: 'list',
      title: t('export.doc.why.drivers'),
      items: [...data.drivers.map((code) => label(driverLabels, code, locale)), ...paragraphs(data.driversOther)],
    },
    {
      kind: 'table',
      title: t('export.doc.why.levers'),
      columns: [
        { label: t('export.doc.lever'), weight: 2 },
        { label: t('export.doc.why.relevance'), weight: 1.5 },
        { label: t('export.doc.why.leverNote'), weight: 4 },
      ],
      rows: levers.map((row) => ({
        cells: [label(leverLabels, row.lever, locale), label(relevanceLabels, row.relevance, locale), row.note],
      })),
    },
  ]);
};

const asIs: Builder = ({ steps, locale, t, derived }) => {
  const data = steps['as-is'];
  const initiatives = data.initiatives;
  const quadrantOf = derived.quadrantOf;
  const quadrant = (effort: number | null, impact: number | null) =>
    quadrantOf && effort != null && impact != null ? label(quadrantLabels, quadrantOf(effort, impact), locale) : '';
  const coverage = derived.coverage?.(initiatives);
  const figures = data.figures;
  return present([
    {
      kind: 'table',
      title: t('export.doc.asIs.initiatives'),
      columns: [
        { label: t('export.doc.number'), weight: 0.5, align: 'right' },
        { label: t('export.doc.asIs.initiative'), weight: 4 },
        { label: t('export.doc.lever'), weight: 2.2 },
        { label: t('export.doc.level'), weight: 1.6 },
        { label: t('export.doc.asIs.targetGroup'), weight: 2 },
        { label: t('export.doc.asIs.effort'), weight: 1.1, align: 'right' },
        { label: t('export.doc.asIs.impact'), weight: 1.1, align: 'right' },
        // Derived: shown only once lib/matrix.ts is wired (lib/export/derived.ts).
        ...(quadrantOf ? [{ label: t('export.doc.asIs.quadrant'), weight: 2 }] : []),
      ],
      rows: initiatives.map(
        (item, index): TableRow => ({
          cells: [
            String(index + 1),
            item.title,
            label(leverLabels, item.lever, locale),
            label(levelLabels, item.level, locale),
            item.targetGroup,
            num(item.effort, locale),
            num(item.impact, locale),
            ...(quadrantOf ? [quadrant(item.effort, item.impact)] : []),
          ],
          details: fields([{ label: t('export.doc.description'), value: item.description }]),
        }),
      ),
    },
    {
      kind: 'matrix',
      title: t('export.doc.asIs.matrix'),
      xLabel: t('export.doc.asIs.effort'),
      yLabel: t('export.doc.asIs.impact'),
      corners: {
        topLeft: label(quadrantLabels, 'quick-win', locale),
        topRight: label(quadrantLabels, 'major-project', locale),
        bottomLeft: label(quadrantLabels, 'fill-in', locale),
        bottomRight: label(quadrantLabels, 'thankless', locale),
      },
      points: initiatives.flatMap((item, index) =>
        item.effort != null && item.impact != null ? [{ label: String(index + 1), x: item.effort, y: item.impact }] : [],
      ),
    },
    coverage && {
      kind: 'table',
      title: t('export.doc.asIs.coverage'),
      columns: [
        { label: t('export.doc.lever'), weight: 2 },
        ...LEVELS.map((level) => ({ label: label(levelLabels, level, locale), weight: 1, align: 'right' as const })),
      ],
      rows: LEVERS.map((lever) => ({
        cells: [
          label(leverLabels, lever, locale),
          ...LEVELS.map((level) =>
            num(coverage.find((cell) => cell.lever === lever && cell.level === level)?.count ?? 0, locale),
          ),
        ],
      })),
    },
    {
      kind: 'fields',
      title: t('export.doc.asIs.figures'),
      rows: fields([
        { label: t('export.doc.asIs.year'), value: figures.year == null ? '' : String(figures.year) },
        { label: t('export.doc.asIs.absencePercentage'), value: percent(figures.absencePercentage, locale) },
        { label: t('export.doc.asIs.frequency'), value: num(figures.frequency, locale) },
        {
          label: t('export.doc.asIs.averageDuration'),
          value: figures.averageDuration == null ? '' : t('export.doc.days', { days: num(figures.averageDuration, locale) }),
        },
        { label: t('export.doc.asIs.lastRiskAnalysis'), value: date(figures.lastRiskAnalysis, locale) },
        { label: t('export.doc.asIs.lastSurvey'), value: date(figures.lastSurvey, locale) },
      ]),
    },
    {
      kind: 'list',
      title: t('export.doc.asIs.demands'),
      items: [...data.demands.map((code) => label(demandLabels, code, locale)), ...data.demandsOther.map((e) => e.text)].filter(
        (text) => text.trim(),
      ),
    },
    {
      kind: 'list',
      title: t('export.doc.asIs.resources'),
      items: [
        ...data.resources.map((code) => label(resourceLabels, code, locale)),
        ...data.resourcesOther.map((e) => e.text),
      ].filter((text) => text.trim()),
    },
  ]);
};

const roles: Builder = (context) => {
  const { steps, locale, t, derived } = context;
  const data = steps.roles;
  const names = stakeholderNames(context);
  const engagementOf = derived.engagementOf;
  const problems = derived.raciProblems?.(data) ?? [];
  const taskName = (uid: string) => data.tasks.find((task) => task.uid === uid)?.name.trim() || t('export.doc.untitled');
  return present([
    {
      kind: 'table',
      title: t('export.doc.roles.stakeholders'),
      columns: [
        { label: t('export.doc.roles.stakeholder'), weight: 3 },
        { label: t('export.doc.roles.influence'), weight: 1.2 },
        { label: t('export.doc.roles.interest'), weight: 1.2 },
        // Derived: shown only once lib/stakeholders.ts is wired.
        ...(engagementOf ? [{ label: t('export.doc.roles.engagement'), weight: 1.8 }] : []),
        { label: t('export.doc.roles.role'), weight: 4 },
      ],
      rows: data.stakeholders.map((s) => ({
        cells: [
          names.get(s.uid) ?? '',
          label(gridLevelLabels, s.influence, locale),
          label(gridLevelLabels, s.interest, locale),
          ...(engagementOf
            ? [s.influence && s.interest ? label(engagementLabels, engagementOf(s.influence, s.interest), locale) : '']
            : []),
          s.role,
        ],
      })),
    },
    {
      kind: 'table',
      title: t('export.doc.roles.raci'),
      columns: [
        { label: t('export.doc.roles.task'), weight: 3 },
        ...RACI_ROLES.map((role) => ({ label: label(raciLabels, role, locale), weight: 2 })),
      ],
      rows: data.tasks.map((task) => ({
        cells: [
          task.name,
          ...RACI_ROLES.map((role) =>
            joined(
              Object.entries(task.assignments)
                .filter(([uid, assigned]) => assigned === role && names.has(uid))
                .map(([uid]) => names.get(uid) ?? ''),
            ),
          ),
        ],
      })),
    },
    // Derived: the RACI check, once lib/raci.ts is wired.
    {
      kind: 'list',
      title: t('export.doc.roles.raciCheck'),
      items: problems.map((problem) => t(`export.doc.roles.raciProblem.${problem.kind}`, { task: taskName(problem.taskUid) })),
    },
    {
      kind: 'list',
      title: t('export.doc.roles.participation'),
      items: data.support.participation.map((code) => label(participationLabels, code, locale)),
    },
    { kind: 'text', title: t('export.doc.roles.staffInvolvement'), paragraphs: paragraphs(data.support.staffInvolvement) },
    { kind: 'text', title: t('export.doc.roles.ambassadors'), paragraphs: paragraphs(data.support.ambassadors) },
  ]);
};

const toBe: Builder = ({ steps, locale, t }) => {
  const data = steps['to-be'];
  const mirror = LEVERS.map((lever) => ({ lever, ...data.mirror[lever] })).filter(
    (row) => row.today.trim() || row.tomorrow.trim() || row.leftOut,
  );
  return present([
    { kind: 'fields', rows: fields([{ label: t('export.doc.toBe.slogan'), value: data.slogan }]) },
    { kind: 'text', title: t('export.doc.toBe.results'), paragraphs: paragraphs(data.results) },
    {
      kind: 'table',
      title: t('export.doc.toBe.objectives'),
      columns: [
        { label: t('export.doc.toBe.objective'), weight: 4 },
        { label: t('export.doc.levers'), weight: 3 },
      ],
      rows: data.objectives.map((objective) => ({
        cells: [objective.name, joined(objective.levers.map((lever) => label(leverLabels, lever, locale)))],
        details: fields([{ label: t('export.doc.description'), value: objective.description }]),
      })),
    },
    {
      kind: 'table',
      title: t('export.doc.toBe.mirror'),
      columns: [
        { label: t('export.doc.lever'), weight: 2 },
        { label: t('export.doc.toBe.today'), weight: 4 },
        { label: t('export.doc.toBe.tomorrow'), weight: 4 },
      ],
      rows: mirror.map((row) => ({
        cells: [
          label(leverLabels, row.lever, locale),
          row.today,
          row.leftOut
            ? [t('export.doc.toBe.leftOut'), row.leftOutReason.trim()].filter(Boolean).join(' ')
            : row.tomorrow,
        ],
      })),
    },
  ]);
};

const resources: Builder = ({ steps, locale, t, derived }) => {
  const data = steps.resources;
  const totals = derived.budgetTotals?.(data.budgetLines);
  const fte = derived.fteTotal?.(data.staffTime);
  const roi = data.roi;
  const result = derived.roi?.(steps);
  return present([
    {
      kind: 'table',
      title: t('export.doc.resources.budget'),
      columns: [
        { label: t('export.doc.resources.category'), weight: 2 },
        { label: t('export.doc.description'), weight: 4 },
        { label: t('export.doc.resources.year'), weight: 1, align: 'right' },
        { label: t('export.doc.resources.amount'), weight: 1.6, align: 'right' },
      ],
      rows: data.budgetLines.map((line) => ({
        cells: [
          label(budgetCategoryLabels, line.category, locale),
          line.description,
          line.year == null ? '' : String(line.year),
          money(line.amount, locale),
        ],
      })),
      // Derived: the total, once lib/budget.ts is wired.
      footer: totals ? [t('export.doc.resources.total'), '', '', formatMoney(totals.total, locale)] : undefined,
    },
    totals &&
      totals.byYear.length > 1 && {
        kind: 'fields',
        title: t('export.doc.resources.perYear'),
        rows: totals.byYear.map((row) => ({ label: String(row.year), value: formatMoney(row.amount, locale) })),
      },
    {
      kind: 'table',
      title: t('export.doc.resources.staffTime'),
      columns: [
        { label: t('export.doc.resources.role'), weight: 4 },
        { label: t('export.doc.resources.fte'), weight: 1, align: 'right' },
      ],
      rows: data.staffTime.map((row) => ({ cells: [row.role, num(row.fte, locale)] })),
      footer: fte == null ? undefined : [t('export.doc.resources.total'), formatNumber(fte, locale)],
    },
    {
      kind: 'table',
      title: t('export.doc.resources.expertise'),
      columns: [
        { label: t('export.doc.description'), weight: 4 },
        { label: t('export.doc.resources.source'), weight: 1 },
      ],
      rows: data.expertise.map((row) => ({
        cells: [row.description, label(expertiseSourceLabels, row.source, locale)],
      })),
    },
    {
      kind: 'fields',
      title: t('export.doc.resources.assumptions'),
      rows: fields([
        { label: t('export.doc.resources.staffFte'), value: num(roi.staffFte, locale) },
        { label: t('export.doc.resources.workingDays'), value: num(roi.workingDaysPerFte, locale) },
        { label: t('export.doc.resources.absence'), value: percent(roi.absencePercentage, locale) },
        { label: t('export.doc.resources.psychosocialShare'), value: percent(roi.psychosocialShare, locale) },
        { label: t('export.doc.resources.dayCost'), value: money(roi.dayCost, locale) },
        { label: t('export.doc.resources.yearlyWageCost'), value: money(roi.yearlyWageCost, locale) },
        ...(['cautious', 'middle', 'optimistic'] as const).map((scenario) => ({
          label: t('export.doc.resources.reduction', { scenario: label(scenarioLabels, scenario, locale) }),
          value: percent(roi.reduction[scenario], locale),
        })),
      ]),
    },
    // Derived: the return per scenario, once lib/roi.ts is wired.
    result && {
      kind: 'table',
      title: t('export.doc.resources.return'),
      columns: [
        { label: t('export.doc.resources.scenario'), weight: 2 },
        { label: t('export.doc.resources.yearlySaving'), weight: 2, align: 'right' },
        { label: t('export.doc.resources.netReturn'), weight: 2, align: 'right' },
        { label: t('export.doc.resources.ratio'), weight: 1.5, align: 'right' },
      ],
      rows: result.scenarios.map((row) => ({
        cells: [
          label(scenarioLabels, row.scenario, locale) + (row.scenario === result.chosen ? ` (${t('export.doc.resources.chosen')})` : ''),
          formatMoney(row.yearlySaving, locale),
          money(row.netReturn, locale),
          row.ratio == null ? '' : `${formatNumber(row.ratio, locale)} : 1`,
        ],
      })),
    },
    { kind: 'text', title: t('export.doc.resources.boardText'), paragraphs: paragraphs(data.boardText) },
  ]);
};

const action: Builder = (context) => {
  const { steps, locale, t, derived } = context;
  const data = steps.action;
  const names = stakeholderNames(context);
  const strategic = new Map(steps['to-be'].objectives.map((o) => [o.uid, o.name]));
  const operational = new Map(data.operationalObjectives.map((o) => [o.uid, o.name]));
  const timeline = derived.timeline?.(data.actions, locale);
  const titleOf = (uid: string) => data.actions.find((a) => a.uid === uid)?.title.trim() || t('export.doc.untitled');
  return present([
    {
      kind: 'table',
      title: t('export.doc.action.objectives'),
      columns: [
        { label: t('export.doc.action.objective'), weight: 4 },
        { label: t('export.doc.action.serves'), weight: 3 },
      ],
      rows: data.operationalObjectives.map((objective) => ({
        cells: [objective.name, joined(objective.strategicObjectives.map((uid) => strategic.get(uid) ?? ''))],
        details: fields([{ label: t('export.doc.description'), value: objective.description }]),
      })),
    },
    {
      kind: 'table',
      title: t('export.doc.action.actions'),
      columns: [
        { label: t('export.doc.number'), weight: 0.5, align: 'right' },
        { label: t('export.doc.action.action'), weight: 4 },
        { label: t('export.doc.action.owner'), weight: 2.5 },
        { label: t('export.doc.action.period'), weight: 2.5 },
        { label: t('export.doc.action.budget'), weight: 1.5, align: 'right' },
        { label: t('export.doc.action.status'), weight: 1.3 },
      ],
      rows: data.actions.map((item, index) => ({
        cells: [
          String(index + 1),
          item.title,
          item.owner ? (names.get(item.owner) ?? '') : '',
          period(item, locale),
          money(item.budget, locale),
          label(actionStatusLabels, item.status, locale),
        ],
        details: fields([
          { label: t('export.doc.description'), value: item.description },
          { label: t('export.doc.action.serves'), value: joined(item.objectives.map((uid) => operational.get(uid) ?? '')) },
          {
            label: t('export.doc.action.classification'),
            value: joined([
              label(leverLabels, item.lever, locale),
              label(levelLabels, item.level, locale),
              label(buildingBlockLabels, item.buildingBlock, locale),
            ]),
          },
          { label: t('export.doc.action.partners'), value: item.partners },
          { label: t('export.doc.action.expectedResult'), value: item.expectedResult },
        ]),
      })),
    },
    // Derived: the drawn timeline, once lib/timeline.ts is wired.
    timeline && {
      kind: 'timeline',
      title: t('export.doc.action.timeline'),
      periods: timeline.periods,
      bars: timeline.bars.map((bar) => ({ label: titleOf(bar.actionUid), from: bar.from, to: bar.to })),
    },
    {
      kind: 'table',
      title: t('export.doc.action.communication'),
      columns: [
        { label: t('export.doc.action.audience'), weight: 2 },
        { label: t('export.doc.action.message'), weight: 4 },
        { label: t('export.doc.action.channel'), weight: 1.8 },
        { label: t('export.doc.action.timing'), weight: 1.8 },
        { label: t('export.doc.action.owner'), weight: 2 },
      ],
      rows: data.communication.map((item) => ({
        cells: [
          item.audience,
          item.message,
          label(channelLabels, item.channel, locale),
          item.timing,
          item.owner ? (names.get(item.owner) ?? '') : '',
        ],
        details: fields([
          { label: t('export.doc.action.nudges'), value: joined(item.nudges.map((code) => label(nudgeLabels, code, locale))) },
        ]),
      })),
    },
    { kind: 'text', title: t('export.doc.action.offlineReach'), paragraphs: paragraphs(data.offlineReach) },
  ]);
};

const measure: Builder = (context) => {
  const { steps, locale, t, derived, today } = context;
  const data = steps.measure;
  const names = stakeholderNames(context);
  const reviews = derived.reviewCalendar
    ? derived.reviewCalendar(data.reviews)
    : [...data.reviews].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  const cycle = derived.legalCycle?.(steps, today, locale);
  return present([
    {
      kind: 'table',
      title: t('export.doc.measure.indicators'),
      columns: [
        { label: t('export.doc.measure.indicator'), weight: 3.5 },
        { label: t('export.doc.level'), weight: 1.5 },
        { label: t('export.doc.measure.frequency'), weight: 1.6 },
        { label: t('export.doc.measure.baseline'), weight: 1.6 },
        { label: t('export.doc.measure.target'), weight: 1.6 },
        { label: t('export.doc.measure.owner'), weight: 2.2 },
      ],
      rows: data.indicators.map((item) => ({
        cells: [
          indicatorName(item, locale),
          label(levelLabels, item.level, locale),
          label(frequencyLabels, item.frequency, locale),
          item.baseline,
          item.target,
          item.owner ? (names.get(item.owner) ?? '') : '',
        ],
        details: fields([
          { label: t('export.doc.measure.definition'), value: item.definition },
          { label: t('export.doc.measure.source'), value: item.source },
        ]),
      })),
    },
    {
      kind: 'table',
      title: t('export.doc.measure.reviews'),
      columns: [
        { label: t('export.doc.date'), weight: 2 },
        { label: t('export.doc.measure.phase'), weight: 1.3 },
        { label: t('export.doc.measure.moment'), weight: 4 },
        { label: t('export.doc.measure.participants'), weight: 3 },
      ],
      rows: reviews.map((review) => ({
        cells: [date(review.date, locale), label(pdcaPhaseLabels, review.phase, locale), review.title, review.participants],
      })),
    },
    // Derived: the legal policy cycle, once lib/pdca.ts is wired.
    cycle && {
      kind: 'table',
      title: t('export.doc.measure.legalCycle'),
      columns: [
        { label: t('export.doc.date'), weight: 1 },
        { label: t('export.doc.measure.due'), weight: 3 },
      ],
      rows: cycle.map((row) => ({ cells: [date(row.date, locale), row.label] })),
    },
  ]);
};

export function indicatorName(item: DraftSteps['measure']['indicators'][number], locale: Locale): string {
  return item.name.trim() || (item.catalogue && item.catalogue !== 'custom' ? label(indicatorCatalogueLabels, item.catalogue, locale) : '');
}

/** One builder per registry step (the compiler checks none is missing). */
export const STEP_BUILDERS: Record<StepId, Builder> = {
  why,
  'as-is': asIs,
  roles,
  'to-be': toBe,
  resources,
  action,
  measure,
};
