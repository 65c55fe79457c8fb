import { z } from 'zod/mini';
import {
  choice,
  choiceOr,
  choices,
  completeEvenWhenInvalid,
  decimal,
  filled,
  isoDate,
  list,
  longText,
  month,
  ref,
  refs,
  shortText,
  uid,
} from './fields';
import { MAX_AMOUNT } from './resources';
import { LEVELS, LEVERS } from './shared';

/** Step 6 — Action: operational objectives, actions with a timeline, communication plan. */

/** The ten building blocks of the Flemish action plan on work-related stress and burn-out. */
export const BUILDING_BLOCKS = [
  'general-policy',
  'inform-support',
  'presence-return',
  'leadership',
  'health',
  'measuring',
  'screening-training',
  'internal-mobility',
  'organisational-development',
  'support-channels',
] as const;

export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'postponed', 'stopped'] as const;

export const CHANNELS = [
  'intranet',
  'email',
  'newsletter',
  'team-meeting',
  'info-session',
  'poster',
  'leaflet',
  'video',
  'social-media',
  'face-to-face',
  'other',
] as const;

/** Behavioural insights: make it easy, attractive, social, timely. */
export const NUDGES = ['easy', 'attractive', 'social', 'timely'] as const;

export const operationalObjectiveSchema = z.object({
  uid: uid(),
  name: shortText(),
  description: longText(),
  /** Step 4 strategic objectives this objective serves. */
  strategicObjectives: refs(),
});
export type OperationalObjective = z.output<typeof operationalObjectiveSchema>;

export const actionSchema = z.object({
  uid: uid(),
  title: shortText(),
  description: longText(),
  /** Operational objectives this action serves. */
  objectives: refs(),
  lever: choice(LEVERS),
  level: choice(LEVELS),
  buildingBlock: choice(BUILDING_BLOCKS),
  /** A step 3 stakeholder. */
  owner: ref(),
  partners: shortText(),
  start: month(),
  end: month(),
  /** Euro. */
  budget: decimal(0, MAX_AMOUNT),
  /** The step 5 budget line that pays for it. */
  budgetLine: ref(),
  expectedResult: longText(),
  status: choiceOr(ACTION_STATUSES, 'planned'),
});
export type Action = z.output<typeof actionSchema>;

export const communicationSchema = z.object({
  uid: uid(),
  audience: shortText(),
  message: longText(),
  channel: choice(CHANNELS),
  /** When, in words ("at the launch, March 2027") or a month. */
  timing: shortText(),
  /** A step 3 stakeholder. */
  owner: ref(),
  nudges: choices(NUDGES),
});
export type CommunicationItem = z.output<typeof communicationSchema>;

/** New, empty entries with every default (for the form's "Add" buttons and tests). */
export const emptyOperationalObjective = (uid: string): OperationalObjective =>
  operationalObjectiveSchema.parse({ uid });
export const emptyAction = (uid: string): Action => actionSchema.parse({ uid });
export const emptyCommunicationItem = (uid: string): CommunicationItem => communicationSchema.parse({ uid });

/**
 * The plan's approval record: the dates of the advice it received and of the
 * management's sign-off (ISO dates, null until known). The prevention service
 * and the prevention adviser for psychosocial aspects advise first; the
 * committee (CPBW / basisoverlegcomité) gives its advice on the annual action
 * plan; only the management approves.
 */
export const APPROVAL_DATES = [
  'preventionServiceAdvice',
  'psychosocialAdvice',
  'committeeAdvice',
  'managementApproval',
] as const;
export type ApprovalDate = (typeof APPROVAL_DATES)[number];

export const approvalSchema = z.object({
  preventionServiceAdvice: isoDate(),
  psychosocialAdvice: isoDate(),
  committeeAdvice: isoDate(),
  managementApproval: isoDate(),
});
export type Approval = z.output<typeof approvalSchema>;

export const MAX_OPERATIONAL_OBJECTIVES = 60;
export const MAX_ACTIONS = 200;
export const MAX_COMMUNICATION = 60;

export const actionStepSchema = z.object({
  operationalObjectives: list(operationalObjectiveSchema, MAX_OPERATIONAL_OBJECTIVES),
  actions: list(actionSchema, MAX_ACTIONS),
  communication: list(communicationSchema, MAX_COMMUNICATION),
  /** How staff who are not online are reached. */
  offlineReach: longText(),
  approval: z.prefault(approvalSchema, {}),
  notes: longText(),
});

export type ActionData = z.output<typeof actionStepSchema>;

export const actionComplete = actionStepSchema.check(
  z.superRefine((data, ctx) => {
    const need = (ok: boolean, path: (string | number)[], message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path, message });
    };
    const objectives = Array.isArray(data.operationalObjectives) ? data.operationalObjectives : [];
    need(objectives.length > 0, ['operationalObjectives'], 'steps.action.errors.objectivesRequired');
    objectives.forEach((item, index) => {
      need(filled(item?.name), ['operationalObjectives', index, 'name'], 'steps.action.errors.objectiveNameRequired');
    });
    const actions = Array.isArray(data.actions) ? data.actions : [];
    need(actions.length > 0, ['actions'], 'steps.action.errors.actionsRequired');
    actions.forEach((item, index) => {
      need(filled(item?.title), ['actions', index, 'title'], 'steps.action.errors.titleRequired');
      need(
        item?.start == null || item?.end == null || item.start <= item.end,
        ['actions', index, 'end'],
        'steps.action.errors.endBeforeStart',
      );
    });
    const communication = Array.isArray(data.communication) ? data.communication : [];
    need(communication.length > 0, ['communication'], 'steps.action.errors.communicationRequired');
    communication.forEach((item, index) => {
      need(filled(item?.audience), ['communication', index, 'audience'], 'steps.action.errors.audienceRequired');
      need(filled(item?.message), ['communication', index, 'message'], 'steps.action.errors.messageRequired');
    });
  }, completeEvenWhenInvalid),
);
