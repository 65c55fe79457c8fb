import { actionStatusLabels, buildingBlockLabels, channelLabels, nudgeLabels } from '@/content/reference/action';
import { levelLabels } from '@/content/reference/levels';
import { leverLabels } from '@/content/reference/levers';
import type { Locale } from '@/i18n/routing';
import { formatMonth, formatMonthShort } from '@/lib/format';
import type { Action } from '@/lib/steps/action';
import { timeline } from '@/lib/timeline';
import { fields, paragraphs, present } from '../blocks';
import { joined, label, money, type Builder } from '../cells';
import type { ExportTranslator } from '../text';
import { stakeholderNames } from './shared';

/** "maart 2027 – juni 2027", or one end only. */
export function period(action: Pick<Action, 'start' | 'end'>, locale: Locale): string {
  const start = action.start ? formatMonth(action.start, locale) : '';
  const end = action.end ? formatMonth(action.end, locale) : '';
  if (start && end) return start === end ? start : `${start} – ${end}`;
  return start || end;
}

export const action: Builder = (context) => {
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
