import type { Messages } from 'next-intl';
import type { StepId } from './registry';

/** Every dotted path into `Messages` that ends at a string: a message key. */
type Keys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Keys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey = Keys<Messages>;

/**
 * The label a user saw for each stored field, as a message key: how a problem in a file ("step 5, Day cost")
 * or anywhere else outside the form names the field. Paths are the schema's, without list positions; a list
 * stands for every field of its entries (they are named "<list>, entry n"). Checked against the schemas by
 * `fieldLabels.test.ts`, so a new field needs its line here.
 */
export const FIELD_LABELS: { [Id in StepId]: Record<string, MessageKey> } = {
  why: {
    'profile.name': 'steps.why.name',
    'profile.type': 'steps.why.type',
    'profile.sector': 'steps.why.sector',
    'profile.staffCount': 'steps.why.staffCount',
    mission: 'steps.why.mission',
    vision: 'steps.why.vision',
    values: 'steps.why.valuesHeading',
    drivers: 'steps.why.driversHeading',
    driversOther: 'steps.why.driversOther',
    whyHere: 'steps.why.whyHere',
    'levers.employability.relevance': 'steps.why.leversHeading',
    'levers.employability.note': 'steps.why.leversHeading',
    'levers.leadership.relevance': 'steps.why.leversHeading',
    'levers.leadership.note': 'steps.why.leversHeading',
    'levers.meaningful-work.relevance': 'steps.why.leversHeading',
    'levers.meaningful-work.note': 'steps.why.leversHeading',
    'levers.work-life-balance.relevance': 'steps.why.leversHeading',
    'levers.work-life-balance.note': 'steps.why.leversHeading',
    'levers.new-ways-of-working.relevance': 'steps.why.leversHeading',
    'levers.new-ways-of-working.note': 'steps.why.leversHeading',
  },
  'as-is': {
    'evaluation.previousPlan': 'steps.asIs.evaluationHeading',
    'evaluation.findings': 'steps.asIs.evaluationHeading',
    initiatives: 'steps.asIs.initiativesHeading',
    'figures.year': 'steps.asIs.year',
    'figures.absencePercentage': 'steps.asIs.absencePercentage',
    'figures.frequency': 'steps.asIs.frequency',
    'figures.averageDuration': 'steps.asIs.averageDuration',
    'figures.lastRiskAnalysis': 'steps.asIs.lastRiskAnalysis',
    'figures.lastSurvey': 'steps.asIs.lastSurvey',
    demands: 'steps.asIs.demands',
    demandsOther: 'steps.asIs.demandsOtherHeading',
    resources: 'steps.asIs.resources',
    resourcesOther: 'steps.asIs.resourcesOtherHeading',
    notes: 'steps.notes.label',
  },
  roles: {
    stakeholders: 'steps.roles.stakeholdersHeading',
    tasks: 'steps.roles.tasksHeading',
    'support.ambassadors': 'steps.roles.ambassadors',
    'support.participation': 'steps.roles.supportHeading',
    'support.staffInvolvement': 'steps.roles.staffInvolvement',
    notes: 'steps.notes.label',
  },
  'to-be': {
    results: 'steps.toBe.results',
    objectives: 'steps.toBe.objectivesHeading',
    slogan: 'steps.toBe.slogan',
    'mirror.employability.today': 'steps.toBe.today',
    'mirror.employability.tomorrow': 'steps.toBe.tomorrow',
    'mirror.employability.leftOut': 'steps.toBe.leftOut',
    'mirror.employability.leftOutReason': 'steps.toBe.leftOutReason',
    'mirror.leadership.today': 'steps.toBe.today',
    'mirror.leadership.tomorrow': 'steps.toBe.tomorrow',
    'mirror.leadership.leftOut': 'steps.toBe.leftOut',
    'mirror.leadership.leftOutReason': 'steps.toBe.leftOutReason',
    'mirror.meaningful-work.today': 'steps.toBe.today',
    'mirror.meaningful-work.tomorrow': 'steps.toBe.tomorrow',
    'mirror.meaningful-work.leftOut': 'steps.toBe.leftOut',
    'mirror.meaningful-work.leftOutReason': 'steps.toBe.leftOutReason',
    'mirror.work-life-balance.today': 'steps.toBe.today',
    'mirror.work-life-balance.tomorrow': 'steps.toBe.tomorrow',
    'mirror.work-life-balance.leftOut': 'steps.toBe.leftOut',
    'mirror.work-life-balance.leftOutReason': 'steps.toBe.leftOutReason',
    'mirror.new-ways-of-working.today': 'steps.toBe.today',
    'mirror.new-ways-of-working.tomorrow': 'steps.toBe.tomorrow',
    'mirror.new-ways-of-working.leftOut': 'steps.toBe.leftOut',
    'mirror.new-ways-of-working.leftOutReason': 'steps.toBe.leftOutReason',
    notes: 'steps.notes.label',
  },
  resources: {
    budgetLines: 'steps.resources.budgetLinesHeading',
    staffTime: 'steps.resources.staffTimeHeading',
    expertise: 'steps.resources.expertiseHeading',
    'roi.staffFte': 'steps.resources.roi.staffFte',
    'roi.workingDaysPerFte': 'steps.resources.roi.workingDaysPerFte',
    'roi.absencePercentage': 'steps.resources.roi.absencePercentage',
    'roi.psychosocialShare': 'steps.resources.roi.psychosocialShare',
    'roi.dayCost': 'steps.resources.roi.dayCost',
    'roi.yearlyWageCost': 'steps.resources.roi.wage.yearlyWageCost',
    'roi.reduction.cautious': 'steps.resources.roi.reductionLegend',
    'roi.reduction.middle': 'steps.resources.roi.reductionLegend',
    'roi.reduction.optimistic': 'steps.resources.roi.reductionLegend',
    'roi.scenario': 'steps.resources.roi.scenarioLegend',
    boardText: 'steps.resources.board.text',
    notes: 'steps.notes.label',
  },
  action: {
    operationalObjectives: 'steps.action.objectivesHeading',
    actions: 'steps.action.actionsHeading',
    communication: 'steps.action.communicationHeading',
    offlineReach: 'steps.action.offlineReach',
    notes: 'steps.notes.label',
    'approval.preventionServiceAdvice': 'steps.action.approvalPreventionServiceAdvice',
    'approval.psychosocialAdvice': 'steps.action.approvalPsychosocialAdvice',
    'approval.committeeAdvice': 'steps.action.approvalCommitteeAdvice',
    'approval.managementApproval': 'steps.action.approvalManagementApproval',
  },
  measure: {
    indicators: 'steps.measure.indicatorsHeading',
    reviews: 'steps.measure.reviewsHeading',
    notes: 'steps.notes.label',
  },
};

/** The envelope's own fields that a user names; the others (uid, revision…) are technical and keep their code. */
export const ENVELOPE_LABELS: Partial<Record<string, MessageKey>> = {
  name: 'home.table.name',
  organisation: 'home.table.organisation',
};

/** The label of a field, or of the nearest enclosing one that has a label; null when none has. */
export function fieldLabelKey(step: StepId | null, fields: readonly string[]): MessageKey | null {
  const labels = step ? FIELD_LABELS[step] : ENVELOPE_LABELS;
  for (let length = fields.length; length > 0; length--) {
    const key = labels[fields.slice(0, length).join('.')];
    if (key) return key;
  }
  return null;
}
