import { scenarioLabels } from '@/content/reference/resources';
import type { Locale } from '@/i18n/routing';
import type { Draft } from '@/lib/draft/envelope';
import { completedCount } from '@/lib/draft/status';
import { formatDate, formatMoney, LANGUAGE_TAGS } from '@/lib/format';
import type { ApprovalDate } from '@/lib/steps/action';
import { STEPS, stepNumber, type StepId } from '@/lib/steps/registry';
import { typeset } from '@/lib/typography';
import { paragraphs, present, type Block } from './blocks';
import { businessCase, chosenSaving } from './businessCase';
import { period } from './steps/action';
import { PARTS, STEP_DOCUMENTS, type PartId } from './steps';
import { indicatorName } from './steps/measure';
import { label } from './cells';
import { followUpBlocks } from './followUp';
import { exportTranslator } from './text';

export type ExportStatus = 'draft' | 'final';

export interface ExportOptions {
  status: ExportStatus;
  /** The document's date, YYYY-MM-DD. */
  date: string;
  /**
   * Which document: the plan (when absent), or the yearly evaluation report of the evaluation with this uid
   * (null: the latest), built by evaluationReport.ts and drawn by the same PDF and Word layers.
   */
  document?: { kind: 'evaluation'; evaluation: string | null };
}

export interface SectionView {
  /** A step, the legal frame that opens part 1, the follow-up (part 3), or a section of the evaluation report. */
  id: StepId | 'legal-frame' | 'follow-up' | `evaluation-${string}`;
  /** "2.", from the registry; empty for the legal frame. */
  number: string;
  title: string;
  /** Link target for the table of contents. */
  anchor: string;
  blocks: Block[];
}

export interface PartView {
  id: PartId | 'evaluation';
  title: string;
  anchor: string;
  sections: SectionView[];
}

export interface ExportView {
  locale: Locale;
  /** nl-BE / fr-BE: the document language (PDF metadata, hyphenation). */
  language: string;
  meta: { title: string; subject: string; author: string };
  cover: {
    organisation: string;
    title: string;
    subtitle: string;
    slogan: string;
    dateLabel: string;
    date: string;
    statusLabel: string;
    status: string;
    /** Said on the cover of a draft export whose steps are not all completed. */
    incomplete: string | null;
  };
  summary: { title: string; anchor: string; blocks: Block[] } | null;
  contents: {
    title: string;
    entries: { number: string; title: string; anchor: string; level: 0 | 1 }[];
    /** Where the accessible version (the app's print view) is; empty where there is none. */
    accessible: string;
  };
  parts: PartView[];
  /** The plan's advice and approval page; null in the evaluation report. */
  approval: ApprovalView | null;
  /** The document language's quotation marks around a text: “…” (nl), «\u202f…\u202f» (fr). */
  quote: (text: string) => string;
  /** A label before its value on the same line: "Beschrijving: " (nl), "Description\u00a0: " (fr). */
  labelled: (label: string) => string;
  /** Footer text; the renderer fills in the page numbers. */
  pageOf: (page: number, total: number) => string;
  footer: string;
}

/** The plan always ends with its approval page. */
export type PlanView = ExportView & { approval: ApprovalView };

export interface ApprovalView {
  title: string;
  anchor: string;
  /**
   * The advice the plan received, one line per adviser with its date or a
   * blank to fill in by hand, and a note that the committee advises and does
   * not approve.
   */
  advice: { intro: string; lines: string[]; note: string };
  /** The management's approval date as recorded in step 6, or null (then the table is filled in by hand). */
  approved: string | null;
  intro: string;
  name: string;
  role: string;
  date: string;
  signature: string;
}

/** At most this many actions and indicators on the one-page summary. */
const SUMMARY_ACTIONS = 6;
const SUMMARY_INDICATORS = 5;

/** Draft + language → everything the exported document shows. Pure. */
export function buildExportView(draft: Draft, locale: Locale, options: ExportOptions): PlanView {
  const t = exportTranslator(locale);
  const context = { steps: draft.steps, locale, t, today: options.date };

  const sections = STEPS.map((step) => ({
    id: step.id,
    number: `${stepNumber(step.id)}.`,
    title: t(`${step.messages}.title`),
    anchor: `step-${step.id}`,
    blocks: STEP_DOCUMENTS[step.id].build(context),
  })).filter((section) => section.blocks.length > 0);

  const parts: PartView[] = PARTS.map((id) => {
    const own: SectionView[] = sections.filter((section) => STEP_DOCUMENTS[section.id].part === id);
    // The policy opens with its legal frame, once the policy has anything to say.
    return {
      id,
      title: t(`export.doc.parts.${id}`),
      anchor: `part-${id}`,
      sections: id === 'policy' && own.length > 0 ? [legalFrame(t), ...own] : own,
    };
  }).filter((part) => part.sections.length > 0);
  const followUp = followUpBlocks(draft, locale, t);
  if (followUp.length > 0) {
    const title = t('followUp.title');
    const section = { id: 'follow-up' as const, number: '', title, anchor: 'follow-up', blocks: followUp };
    parts.push({
      id: 'follow-up',
      title: t('export.doc.parts.follow-up'),
      anchor: 'part-follow-up',
      sections: [section],
    });
  }

  const summaryBlocks = summary(draft, locale, t);
  const summaryView = summaryBlocks.length
    ? { title: t('export.doc.summary.title'), anchor: 'summary', blocks: summaryBlocks }
    : null;

  const done = completedCount(draft);
  const status = t(`export.doc.status.${options.status}`);
  const organisation = draft.organisation.trim() || draft.steps.why.profile.name.trim();
  const approvalTitle = t('export.doc.approval.title');

  // French: the document's strings, the user's included, get their no-break spaces; in the
  // user's text only a space already typed is replaced (lib/typography.ts). The draft is untouched.
  return typesetView(locale, {
    locale,
    language: LANGUAGE_TAGS[locale],
    meta: {
      title: draft.name,
      subject: t('export.doc.subtitle'),
      author: organisation,
    },
    cover: {
      organisation,
      title: draft.name,
      subtitle: t('export.doc.subtitle'),
      slogan: draft.steps['to-be'].slogan.trim(),
      dateLabel: t('export.doc.dateLabel'),
      date: formatDate(options.date, locale),
      statusLabel: t('export.doc.statusLabel'),
      status,
      incomplete:
        options.status === 'draft' && done < STEPS.length
          ? t('export.doc.incomplete', { done, total: STEPS.length })
          : null,
    },
    summary: summaryView,
    contents: {
      title: t('export.doc.contents'),
      entries: [
        ...(summaryView
          ? [{ number: '', title: summaryView.title, anchor: summaryView.anchor, level: 0 as const }]
          : []),
        ...parts.flatMap((part) => [
          { number: '', title: part.title, anchor: part.anchor, level: 0 as const },
          ...part.sections.map((section) => ({
            number: section.number,
            title: section.title,
            anchor: section.anchor,
            level: 1 as const,
          })),
        ]),
        { number: '', title: approvalTitle, anchor: 'approval', level: 0 },
      ],
      accessible: t('export.doc.accessible'),
    },
    parts,
    approval: {
      title: approvalTitle,
      anchor: 'approval',
      advice: {
        intro: t('export.doc.approval.adviceIntro'),
        lines: ADVICE_DATES.map((key) => {
          const body = t(`export.doc.approval.${key}`);
          const date = draft.steps.action.approval[key];
          return date
            ? t('export.doc.approval.adviceOn', { body, date: formatDate(date, locale) })
            : t('export.doc.approval.adviceOpen', { body });
        }),
        note: t('export.doc.approval.adviceNote'),
      },
      approved: draft.steps.action.approval.managementApproval
        ? t('export.doc.approval.approvedOn', {
            date: formatDate(draft.steps.action.approval.managementApproval, locale),
          })
        : null,
      intro: t('export.doc.approval.intro'),
      name: t('export.doc.approval.name'),
      role: t('export.doc.approval.role'),
      date: t('export.doc.approval.date'),
      signature: t('export.doc.approval.signature'),
    },
    pageOf: (page, total) => t('export.doc.pageOf', { page, total }),
    quote: (text) => t('export.doc.quoted', { text }),
    labelled: (label) => t('export.doc.labelled', { label }),
    footer: [organisation, draft.name, status].filter(Boolean).join(' · '),
  });
}

/** Every string of the view typeset for its language as user text (an existing space may become a no-break one). */
export function typesetView<View extends ExportView>(locale: Locale, view: View): View {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return typeset(value, locale, 'user');
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item)]));
    }
    return value;
  };
  return locale === 'fr' ? (walk(view) as View) : view;
}

/** The legal frame of the policy: the Wellbeing Act, the Code (book I, titles 2 and 3) and, for public bodies, the law of 19 December 1974. */
function legalFrame(t: ReturnType<typeof exportTranslator>): SectionView {
  return {
    id: 'legal-frame',
    number: '',
    title: t('export.doc.legalFrame.title'),
    anchor: 'legal-frame',
    blocks: [
      {
        kind: 'text',
        paragraphs: [
          t('export.doc.legalFrame.act'),
          t('export.doc.legalFrame.code'),
          t('export.doc.legalFrame.publicSector'),
        ],
      },
    ],
  };
}

/** The advisers of the plan, in the order they give their advice (the management's approval comes last, apart). */
const ADVICE_DATES = [
  'preventionServiceAdvice',
  'psychosocialAdvice',
  'committeeAdvice',
] as const satisfies readonly Exclude<ApprovalDate, 'managementApproval'>[];

/** The one-page summary for the board: only what the draft holds (or what is computed from it). */
function summary(draft: Draft, locale: Locale, t: ReturnType<typeof exportTranslator>): Block[] {
  const { steps } = draft;
  const why = paragraphs(steps.why.whyHere);
  const ambition = [steps['to-be'].slogan.trim(), ...paragraphs(steps['to-be'].results)].filter(Boolean);
  const actions = steps.action.actions.filter((item) => item.title.trim());
  const indicators = steps.measure.indicators.filter((item) => indicatorName(item, locale));
  const business = businessCase(steps);
  const saving = chosenSaving(business);
  return present([
    { kind: 'text', title: t('export.doc.summary.why'), paragraphs: why.slice(0, 2) },
    { kind: 'text', title: t('export.doc.summary.ambition'), paragraphs: ambition.slice(0, 3) },
    {
      kind: 'list',
      title: t('export.doc.summary.actions'),
      items: [
        ...actions
          .slice(0, SUMMARY_ACTIONS)
          .map((item) => [item.title, period(item, locale)].filter(Boolean).join(' — ')),
        ...(actions.length > SUMMARY_ACTIONS
          ? [t('export.doc.summary.moreActions', { count: actions.length - SUMMARY_ACTIONS })]
          : []),
      ],
    },
    {
      kind: 'fields',
      title: t('export.doc.summary.means'),
      rows: [
        ...(business.hasBudget
          ? [{ label: t('export.doc.summary.budget'), value: formatMoney(business.totals.total, locale) }]
          : []),
        ...(saving != null
          ? [
              {
                label: t('export.doc.summary.return', {
                  scenario: label(scenarioLabels, business.inputs.scenario, locale),
                }),
                value: formatMoney(Math.round(saving), locale),
              },
            ]
          : []),
      ],
    },
    {
      kind: 'list',
      title: t('export.doc.summary.indicators'),
      items: indicators
        .slice(0, SUMMARY_INDICATORS)
        .map((item) =>
          item.target.trim()
            ? t('export.doc.summary.indicatorTarget', { name: indicatorName(item, locale), target: item.target.trim() })
            : indicatorName(item, locale),
        ),
    },
  ]);
}
