import { actionStatusLabels, buildingBlockLabels, channelLabels, nudgeLabels } from '@/content/reference/action';
import { demandLabels, quadrantLabels, resourceLabels } from '@/content/reference/as-is';
import { levelLabels } from '@/content/reference/levels';
import { leverLabels } from '@/content/reference/levers';
import {
  frequencyLabels,
  indicatorCatalogueLabels,
  legalMomentLabels,
  pdcaPhaseLabels,
} from '@/content/reference/measure';
import { budgetCategoryLabels, expertiseSourceLabels, scenarioLabels } from '@/content/reference/resources';
import {
  actorLabels,
  engagementLabels,
  gridLevelLabels,
  participationLabels,
  raciLabels,
} from '@/content/reference/roles';
import { driverLabels, organisationTypeLabels, relevanceLabels, sectorLabels } from '@/content/reference/why';
import type { Locale } from '@/i18n/routing';
import { budgetTotals, fteTotal } from '@/lib/budget';
import { coverage, gapsByLever, uncounted } from '@/lib/coverage';
import type { DraftSteps } from '@/lib/draft/envelope';
import { formatMoney, formatMonth, formatMonthShort, formatNumber } from '@/lib/format';
import { HIGH_FROM, positionOf, quadrantOf } from '@/lib/matrix';
import { mirrorDocument, type MirrorRow } from '@/lib/mirror';
import { legalCycle, reviewCalendar } from '@/lib/pdca';
import { raciProblems } from '@/lib/raci';
import { roiInputs } from '@/lib/roi';
import { engagementOf, stakeholderName } from '@/lib/stakeholders';
import type { Action } from '@/lib/steps/action';
import type { StepId } from '@/lib/steps/registry';
import { SCENARIOS } from '@/lib/steps/resources';
import { RACI_ROLES } from '@/lib/steps/roles';
import { LEVELS, LEVERS } from '@/lib/steps/shared';
import { timeline } from '@/lib/timeline';
import { fields, paragraphs, present, type TableRow } from './blocks';
import { returnBlocks } from './businessCase';
import { date, joined, label, money, num, percent, type Builder, type StepContext } from './cells';
import type { ExportTranslator } from './text';

function stakeholderNames(context: StepContext): Map<string, string> {
  const actors = actorLabels[context.locale];
  return new Map(context.steps.roles.stakeholders.map((s) => [s.uid, stakeholderName(s, actors)]));
}

/** "maart 2027 – juni 2027", or one end only. */
export function period(action: Pick<Action, 'start' | 'end'>, locale: Locale): string {
  const start = action.start ? formatMonth(action.start, locale) : '';
  const end = action.end ? formatMonth(action.end, locale) : '';
  if (start && end) return start === end ? start : `${start} – ${end}`;
  return start || end;
}

const why: Builder = (context) => {
  const { steps, locale, t } = context;
  const data = steps.why;
  const { profile } = data;
  const levers = LEVERS.map((lever) => ({ lever, ...data.levers[lever] })).filter(
    (row) => row.relevance != null || row.note.trim(),
  );
  return present(
    [
      {
        kind: 'fields',
        title: t('export.doc.why.profile'),
        rows: fields(
          [
            { field: 'profile.name', label: t('export.doc.why.organisation'), value: profile.name },
            {
              field: 'profile.type',
              label: t('export.doc.why.type'),
              value: label(organisationTypeLabels, profile.type, locale),
            },
            {
              field: 'profile.sector',
              label: t('export.doc.why.sector'),
              value: label(sectorLabels, profile.sector, locale),
            },
            {
              field: 'profile.staffCount',
              label: t('export.doc.why.staffCount'),
              value: num(profile.staffCount, locale),
            },
          ],
          context.keepEmpty,
        ),
      },
      { kind: 'text', field: 'mission', title: t('export.doc.why.mission'), paragraphs: paragraphs(data.mission) },
      { kind: 'text', field: 'vision', title: t('export.doc.why.vision'), paragraphs: paragraphs(data.vision) },
      {
        kind: 'table',
        field: 'values',
        title: t('export.doc.why.values'),
        columns: [
          { label: t('export.doc.why.value'), weight: 1 },
          { label: t('export.doc.why.meaning'), weight: 3 },
        ],
        rows: data.values.filter((v) => v.name.trim() || v.meaning.trim()).map((v) => ({ cells: [v.name, v.meaning] })),
      },
      { kind: 'text', field: 'whyHere', title: t('export.doc.why.whyHere'), paragraphs: paragraphs(data.whyHere) },
      {
        kind: 'list',
        field: 'drivers',
        title: t('export.doc.why.drivers'),
        items: [...data.drivers.map((code) => label(driverLabels, code, locale)), ...paragraphs(data.driversOther)],
      },
      {
        kind: 'table',
        field: 'levers',
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
    ],
    context.keepEmpty,
  );
};

const asIs: Builder = (context) => {
  const { steps, locale, t } = context;
  const data = steps['as-is'];
  const initiatives = data.initiatives;
  const figures = data.figures;
  const counts = coverage(initiatives);
  const counted = initiatives.length - uncounted(initiatives);
  const gaps = gapsByLever(initiatives);
  const { previousPlan, findings } = data.evaluation;
  return present(
    [
      {
        kind: 'text',
        title: previousPlan.trim()
          ? t('export.doc.asIs.evaluationOf', { name: previousPlan.trim() })
          : t('export.doc.asIs.evaluation'),
        paragraphs: paragraphs(findings),
      },
      {
        kind: 'table',
        field: 'initiatives',
        title: t('export.doc.asIs.initiatives'),
        columns: [
          { label: t('export.doc.number'), weight: 0.5, align: 'right' },
          { label: t('export.doc.asIs.initiative'), weight: 4 },
          { label: t('export.doc.lever'), weight: 2.2 },
          { label: t('export.doc.level'), weight: 1.6 },
          { label: t('export.doc.asIs.targetGroup'), weight: 2 },
          { label: t('export.doc.asIs.effort'), weight: 1.1, align: 'right' },
          { label: t('export.doc.asIs.impact'), weight: 1.1, align: 'right' },
          { label: t('export.doc.asIs.quadrant'), weight: 2 },
        ],
        rows: initiatives.map((item, index): TableRow => {
          const position = positionOf(item);
          return {
            cells: [
              String(index + 1),
              item.title,
              label(leverLabels, item.lever, locale),
              label(levelLabels, item.level, locale),
              item.targetGroup,
              num(item.effort, locale),
              num(item.impact, locale),
              position ? label(quadrantLabels, quadrantOf(position.effort, position.impact), locale) : '',
            ],
            details: fields([{ label: t('export.doc.description'), value: item.description }]),
          };
        }),
      },
      {
        kind: 'matrix',
        title: t('export.doc.asIs.matrix'),
        xLabel: t('export.doc.asIs.effort'),
        yLabel: t('export.doc.asIs.impact'),
        lowScores: HIGH_FROM - 1,
        corners: {
          topLeft: label(quadrantLabels, quadrantOf(1, 5), locale),
          topRight: label(quadrantLabels, quadrantOf(5, 5), locale),
          bottomLeft: label(quadrantLabels, quadrantOf(1, 1), locale),
          bottomRight: label(quadrantLabels, quadrantOf(5, 1), locale),
        },
        points: initiatives.flatMap((item, index) => {
          const position = positionOf(item);
          return position ? [{ label: String(index + 1), x: position.effort, y: position.impact }] : [];
        }),
      },
      counted > 0 && {
        kind: 'table',
        title: t('export.doc.asIs.coverage'),
        columns: [
          { label: t('export.doc.lever'), weight: 2 },
          ...LEVELS.map((level) => ({ label: label(levelLabels, level, locale), weight: 1, align: 'right' as const })),
        ],
        rows: LEVERS.map((lever) => ({
          cells: [label(leverLabels, lever, locale), ...LEVELS.map((level) => num(counts[lever][level], locale))],
        })),
      },
      counted > 0 && {
        kind: 'list',
        title: t('export.doc.asIs.gaps'),
        items: [
          ...(gaps.length > 0
            ? gaps.map((gap) =>
                t('export.doc.asIs.gap', {
                  lever: label(leverLabels, gap.lever, locale),
                  levels: joined(gap.levels.map((level) => label(levelLabels, level, locale))),
                }),
              )
            : [t('export.doc.asIs.noGaps')]),
          ...(counted < initiatives.length
            ? [t('export.doc.asIs.uncounted', { count: initiatives.length - counted })]
            : []),
        ],
      },
      {
        kind: 'fields',
        title: t('export.doc.asIs.figures'),
        rows: fields(
          [
            {
              field: 'figures.year',
              label: t('export.doc.asIs.year'),
              value: figures.year == null ? '' : String(figures.year),
            },
            {
              field: 'figures.absencePercentage',
              label: t('export.doc.asIs.absencePercentage'),
              value: percent(figures.absencePercentage, locale),
            },
            {
              field: 'figures.frequency',
              label: t('export.doc.asIs.frequency'),
              value: num(figures.frequency, locale),
            },
            {
              field: 'figures.averageDuration',
              label: t('export.doc.asIs.averageDuration'),
              value:
                figures.averageDuration == null
                  ? ''
                  : t('export.doc.days', { days: num(figures.averageDuration, locale) }),
            },
            {
              field: 'figures.lastRiskAnalysis',
              label: t('export.doc.asIs.lastRiskAnalysis'),
              value: date(figures.lastRiskAnalysis, locale),
            },
            {
              field: 'figures.lastSurvey',
              label: t('export.doc.asIs.lastSurvey'),
              value: date(figures.lastSurvey, locale),
            },
          ],
          context.keepEmpty,
        ),
      },
      {
        kind: 'list',
        field: 'demands',
        title: t('export.doc.asIs.demands'),
        items: [
          ...data.demands.map((code) => label(demandLabels, code, locale)),
          ...data.demandsOther.map((e) => e.text),
        ].filter((text) => text.trim()),
      },
      {
        kind: 'list',
        field: 'resources',
        title: t('export.doc.asIs.resources'),
        items: [
          ...data.resources.map((code) => label(resourceLabels, code, locale)),
          ...data.resourcesOther.map((e) => e.text),
        ].filter((text) => text.trim()),
      },
    ],
    context.keepEmpty,
  );
};

const roles: Builder = (context) => {
  const { steps, locale, t } = context;
  const data = steps.roles;
  const names = stakeholderNames(context);
  const checks = raciProblems(data.tasks, data.stakeholders);
  const taskName = (index: number) => data.tasks[index]?.name.trim() || t('export.doc.untitled');
  const problems = checks.flatMap((check, index) =>
    check.problems.map((problem) => t(`export.doc.roles.raciProblem.${problem}`, { task: taskName(index) })),
  );
  return present(
    [
      {
        kind: 'table',
        field: 'stakeholders',
        title: t('export.doc.roles.stakeholders'),
        columns: [
          { label: t('export.doc.roles.stakeholder'), weight: 3 },
          { label: t('export.doc.roles.influence'), weight: 1.2 },
          { label: t('export.doc.roles.interest'), weight: 1.2 },
          { label: t('export.doc.roles.engagement'), weight: 1.8 },
          { label: t('export.doc.roles.role'), weight: 4 },
        ],
        rows: data.stakeholders.map((s) => ({
          cells: [
            names.get(s.uid) ?? '',
            label(gridLevelLabels, s.influence, locale),
            label(gridLevelLabels, s.interest, locale),
            label(engagementLabels, engagementOf(s.influence, s.interest), locale),
            s.role,
          ],
        })),
      },
      {
        kind: 'table',
        field: 'tasks',
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
      // The RACI check in words: what to fix, or that every task is sound.
      {
        kind: 'list',
        title: t('export.doc.roles.raciCheck'),
        items: checks.length === 0 ? [] : problems.length > 0 ? problems : [t('export.doc.roles.raciSound')],
      },
      {
        kind: 'list',
        field: 'support.participation',
        title: t('export.doc.roles.participation'),
        items: data.support.participation.map((code) => label(participationLabels, code, locale)),
      },
      {
        kind: 'text',
        field: 'support.staffInvolvement',
        title: t('export.doc.roles.staffInvolvement'),
        paragraphs: paragraphs(data.support.staffInvolvement),
      },
      {
        kind: 'text',
        field: 'support.ambassadors',
        title: t('export.doc.roles.ambassadors'),
        paragraphs: paragraphs(data.support.ambassadors),
      },
    ],
    context.keepEmpty,
  );
};

const toBe: Builder = (context) => {
  const { steps, locale, t } = context;
  const data = steps['to-be'];
  const mirror = mirrorDocument(steps);
  // The mirror is shown once the user wrote in it; then every lever, with what is still missing said in words.
  const written = mirror.some((row) => row.today.trim() || row.tomorrow.trim() || row.leftOut);
  const notWritten = t('export.doc.toBe.notWritten');
  const todayOf = (row: MirrorRow) =>
    row.today.trim()
      ? row.today
      : row.suggestedToday
        ? `${row.suggestedToday}\n(${t('export.doc.toBe.fromInventory')})`
        : notWritten;
  return present(
    [
      {
        kind: 'fields',
        rows: fields([{ field: 'slogan', label: t('export.doc.toBe.slogan'), value: data.slogan }], context.keepEmpty),
      },
      { kind: 'text', field: 'results', title: t('export.doc.toBe.results'), paragraphs: paragraphs(data.results) },
      {
        kind: 'table',
        field: 'objectives',
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
        field: 'mirror',
        title: t('export.doc.toBe.mirror'),
        columns: [
          { label: t('export.doc.lever'), weight: 2 },
          { label: t('export.doc.toBe.today'), weight: 4 },
          { label: t('export.doc.toBe.tomorrow'), weight: 4 },
        ],
        rows: written
          ? mirror.map((row) => ({
              cells: [
                label(leverLabels, row.lever, locale),
                row.leftOut && !row.today.trim() ? '' : todayOf(row),
                row.leftOut
                  ? [t('export.doc.toBe.leftOut'), row.leftOutReason.trim()].filter(Boolean).join(' ')
                  : row.tomorrow.trim() || notWritten,
              ],
            }))
          : [],
      },
    ],
    context.keepEmpty,
  );
};

const resources: Builder = (context) => {
  const { steps, locale, t } = context;
  const data = steps.resources;
  const totals = budgetTotals(data.budgetLines);
  const hasAmounts = data.budgetLines.some((line) => line.amount != null);
  const fte = fteTotal(data.staffTime);
  const roi = data.roi;
  return present(
    [
      {
        kind: 'table',
        field: 'budgetLines',
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
        footer: hasAmounts ? [t('export.doc.resources.total'), '', '', formatMoney(totals.total, locale)] : undefined,
      },
      {
        kind: 'fields',
        title: t('export.doc.resources.perYear'),
        rows:
          totals.byYear.length > 1 || (totals.byYear.length > 0 && totals.undated > 0)
            ? [
                ...totals.byYear.map((row) => ({ label: String(row.year), value: formatMoney(row.amount, locale) })),
                ...(totals.undated > 0
                  ? [{ label: t('export.doc.resources.noYear'), value: formatMoney(totals.undated, locale) }]
                  : []),
              ]
            : [],
      },
      {
        kind: 'table',
        field: 'staffTime',
        title: t('export.doc.resources.staffTime'),
        columns: [
          { label: t('export.doc.resources.role'), weight: 4 },
          { label: t('export.doc.resources.fte'), weight: 1, align: 'right' },
        ],
        rows: data.staffTime.map((row) => ({ cells: [row.role, num(row.fte, locale)] })),
        footer: data.staffTime.some((row) => row.fte != null)
          ? [t('export.doc.resources.total'), formatNumber(fte, locale)]
          : undefined,
      },
      {
        kind: 'table',
        field: 'expertise',
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
        rows: fields(
          [
            { field: 'roi.staffFte', label: t('export.doc.resources.staffFte'), value: num(roi.staffFte, locale) },
            {
              field: 'roi.workingDaysPerFte',
              label: t('export.doc.resources.workingDays'),
              value: num(roi.workingDaysPerFte, locale),
            },
            {
              field: 'roi.absencePercentage',
              label: t('export.doc.resources.absence'),
              value: percent(roiInputs(steps).absencePercentage, locale),
            },
            {
              field: 'roi.psychosocialShare',
              label: t('export.doc.resources.psychosocialShare'),
              value: percent(roi.psychosocialShare, locale),
            },
            { field: 'roi.dayCost', label: t('export.doc.resources.dayCost'), value: money(roi.dayCost, locale) },
            {
              field: 'roi.yearlyWageCost',
              label: t('export.doc.resources.yearlyWageCost'),
              value: money(roi.yearlyWageCost, locale),
            },
            ...SCENARIOS.map((scenario) => ({
              field: `roi.reduction.${scenario}`,
              label: t('export.doc.resources.reduction', { scenario: label(scenarioLabels, scenario, locale) }),
              value: percent(roi.reduction[scenario], locale),
            })),
          ],
          context.keepEmpty,
        ),
      },
      ...returnBlocks(context),
      {
        kind: 'text',
        field: 'boardText',
        title: t('export.doc.resources.boardText'),
        paragraphs: paragraphs(data.boardText),
      },
    ],
    context.keepEmpty,
  );
};

const action: Builder = (context) => {
  const { steps, locale, t } = context;
  const data = steps.action;
  const names = stakeholderNames(context);
  const strategic = new Map(steps['to-be'].objectives.map((o) => [o.uid, o.name]));
  const operational = new Map(data.operationalObjectives.map((o) => [o.uid, o.name]));
  const titleOf = (uid: string) => data.actions.find((a) => a.uid === uid)?.title.trim() || t('export.doc.untitled');
  const plan = actionTimeline(data.actions, locale, t);
  return present(
    [
      {
        kind: 'table',
        field: 'operationalObjectives',
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
        field: 'actions',
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
            {
              label: t('export.doc.action.serves'),
              value: joined(item.objectives.map((uid) => operational.get(uid) ?? '')),
            },
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
      {
        kind: 'timeline',
        title: t('export.doc.action.timeline'),
        periods: plan.periods,
        bars: plan.rows.map((row) => ({
          label: titleOf(row.uid),
          from: row.startIndex,
          to: row.startIndex + row.span - 1,
        })),
      },
      {
        kind: 'list',
        title: t('export.doc.action.unplanned'),
        // Only beside a drawn timeline: without any planned action the table's empty periods say it all.
        items: plan.rows.length > 0 ? plan.unplanned.map(titleOf) : [],
      },
      {
        kind: 'table',
        field: 'communication',
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
            {
              label: t('export.doc.action.nudges'),
              value: joined(item.nudges.map((code) => label(nudgeLabels, code, locale))),
            },
          ]),
        })),
      },
      {
        kind: 'text',
        field: 'offlineReach',
        title: t('export.doc.action.offlineReach'),
        paragraphs: paragraphs(data.offlineReach),
      },
    ],
    context.keepEmpty,
  );
};

/** Up to a year by month; a longer plan by quarter, so the periods stay readable on A4. */
const MONTHS_ON_A_PAGE = 12;

/** The timeline of step 6 with its periods labelled in the document language. */
function actionTimeline(actions: readonly Action[], locale: Locale, t: ExportTranslator) {
  const input = actions.map((item) => ({ uid: item.uid, title: item.title, start: item.start, end: item.end }));
  const byMonth = timeline(input, 'month');
  const scale = byMonth.periods.length > MONTHS_ON_A_PAGE ? 'quarter' : 'month';
  const plan = scale === 'month' ? byMonth : timeline(input, 'quarter');
  return {
    ...plan,
    periods: plan.periods.map((key) =>
      scale === 'month'
        ? formatMonthShort(key, locale)
        : t('export.doc.action.quarter', { quarter: key.slice(-1), year: key.slice(0, 4) }),
    ),
  };
}

/** "2026-11-23" as a local calendar day, for lib/pdca.ts (which reads the day in local time). */
function localDay(iso: string): Date {
  const [year = 1970, month = 1, day = 1] = iso.split('-').map(Number);
  return new Date(year, month - 1, day);
}

const measure: Builder = (context) => {
  const { steps, locale, t, today } = context;
  const data = steps.measure;
  const names = stakeholderNames(context);
  const calendar = reviewCalendar(data.reviews);
  const reviews = [...calendar.years.flatMap((year) => year.reviews), ...calendar.undated];
  // The legal cycle belongs with a measurement plan: shown once step 7 holds anything.
  const started = data.indicators.length > 0 || data.reviews.length > 0;
  const cycle = started ? legalCycle(steps, localDay(today)) : [];
  return present(
    [
      {
        kind: 'table',
        field: 'indicators',
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
        field: 'reviews',
        title: t('export.doc.measure.reviews'),
        columns: [
          { label: t('export.doc.date'), weight: 2 },
          { label: t('export.doc.measure.phase'), weight: 1.3 },
          { label: t('export.doc.measure.moment'), weight: 4 },
          { label: t('export.doc.measure.participants'), weight: 3 },
        ],
        rows: reviews.map((review) => ({
          cells: [
            review.date ? date(review.date, locale) : t('export.doc.measure.noDate'),
            label(pdcaPhaseLabels, review.phase, locale),
            review.title,
            review.participants,
          ],
        })),
      },
      {
        kind: 'table',
        title: t('export.doc.measure.legalCycle', { date: date(today, locale) }),
        columns: [
          { label: t('export.doc.measure.due'), weight: 3 },
          { label: t('export.doc.measure.dueBy'), weight: 2 },
          { label: t('export.doc.measure.standing'), weight: 1.6 },
        ],
        rows: cycle.map((reminder) => {
          const moment = legalMomentLabels[locale][reminder.moment];
          return {
            cells: [
              moment.label,
              reminder.due ? date(reminder.due, locale) : t(`export.doc.measure.noDue.${reminder.moment}`),
              t(`export.doc.measure.reminder.${reminder.status}`),
            ],
            details: fields([
              { label: t('export.doc.measure.what'), value: moment.hint },
              {
                label: t('export.doc.measure.lastDone'),
                value: reminder.last ? date(reminder.last, locale) : '',
              },
            ]),
          };
        }),
      },
    ],
    context.keepEmpty,
  );
};

export function indicatorName(item: DraftSteps['measure']['indicators'][number], locale: Locale): string {
  return (
    item.name.trim() ||
    (item.catalogue && item.catalogue !== 'custom' ? label(indicatorCatalogueLabels, item.catalogue, locale) : '')
  );
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
