import { z } from 'zod/mini';
import { RACI_ROLES, raciProblems, type RaciProblem } from '@/lib/raci';
import { choice, choices, completeEvenWhenInvalid, filled, list, longText, shortText, uid } from './fields';

/** Step 3 — Roles and responsibilities: stakeholders, RACI, support among staff. */

/** The usual actors of a wellbeing policy; `other` is a freely named actor (see `customName`). */
export const ACTORS = [
  'management-board',
  'line-managers',
  'hr',
  'prevention-adviser-psychosocial',
  'occupational-physician',
  'prevention-service',
  'prevention-committee',
  'unions',
  'return-to-work-coordinator',
  'resilience-coaches',
  'confidential-counsellor',
  'diversity-officer',
  'social-service',
  'communication',
  'ambassadors',
  'staff',
  'external-providers',
  'other',
] as const;
export type Actor = (typeof ACTORS)[number];

/** Power–interest grid axes. */
export const GRID_LEVELS = ['low', 'high'] as const;
export type GridLevel = (typeof GRID_LEVELS)[number];

// The role codes are defined beside the RACI checks; the step's schema re-exports them.
export { RACI_ROLES, type RaciRole } from '@/lib/raci';

/** How staff take part in the policy. */
export const PARTICIPATION_CHANNELS = [
  'prevention-committee',
  'consultation-committee',
  'union-delegation',
  'working-group',
  'ambassadors',
  'staff-survey',
  'focus-groups',
  'direct-participation',
] as const;

export const MAX_STAKEHOLDERS = 50;
export const MAX_TASKS = 40;

export const stakeholderSchema = z.object({
  uid: uid(),
  actor: choice(ACTORS),
  /** The actor's name when `actor` is `other`. */
  customName: shortText(),
  /** Who, concretely: a person's name or a team. */
  who: shortText(),
  influence: choice(GRID_LEVELS),
  interest: choice(GRID_LEVELS),
  role: longText(),
});
export type Stakeholder = z.output<typeof stakeholderSchema>;

export const taskSchema = z.object({
  uid: uid(),
  name: shortText(),
  /** Stakeholder uid → RACI role; a stakeholder without a role is absent. */
  assignments: z._default(z.record(uid(), z.enum(RACI_ROLES, { error: 'validation.invalidChoice' })), {}),
});
export type RaciTask = z.output<typeof taskSchema>;

export const rolesSchema = z.object({
  stakeholders: list(stakeholderSchema, MAX_STAKEHOLDERS),
  tasks: list(taskSchema, MAX_TASKS),
  support: z.prefault(
    z.object({
      ambassadors: longText(),
      participation: choices(PARTICIPATION_CHANNELS),
      staffInvolvement: longText(),
    }),
    {},
  ),
  notes: longText(),
});

export type RolesData = z.output<typeof rolesSchema>;

/** Where a RACI problem is reported: the virtual field `tasks.<i>.<field>`. */
export const RACI_PROBLEM_FIELD = {
  'no-accountable': 'accountable',
  'many-accountable': 'accountable',
  'no-responsible': 'responsible',
} as const satisfies Record<RaciProblem, string>;

/** What to do about a RACI problem (message keys). */
export const RACI_PROBLEM_MESSAGES = {
  'no-accountable': 'steps.roles.errors.accountableMissing',
  'many-accountable': 'steps.roles.errors.accountableTooMany',
  'no-responsible': 'steps.roles.errors.responsibleMissing',
} as const satisfies Record<RaciProblem, string>;

export const rolesComplete = rolesSchema.check(
  z.superRefine((data, ctx) => {
    const need = (ok: boolean, path: (string | number)[], message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path, message });
    };
    const stakeholders = Array.isArray(data.stakeholders) ? data.stakeholders : [];
    need(stakeholders.length > 0, ['stakeholders'], 'steps.roles.errors.stakeholdersRequired');
    stakeholders.forEach((item, index) => {
      need(item?.actor != null, ['stakeholders', index, 'actor'], 'steps.roles.errors.actorRequired');
      need(
        item?.actor !== 'other' || filled(item?.customName),
        ['stakeholders', index, 'customName'],
        'steps.roles.errors.customNameRequired',
      );
      need(item?.influence != null, ['stakeholders', index, 'influence'], 'steps.roles.errors.influenceRequired');
      need(item?.interest != null, ['stakeholders', index, 'interest'], 'steps.roles.errors.interestRequired');
    });
    const tasks = Array.isArray(data.tasks) ? data.tasks : [];
    need(tasks.length > 0, ['tasks'], 'steps.roles.errors.tasksRequired');
    const checks = raciProblems(tasks, stakeholders);
    tasks.forEach((task, index) => {
      need(filled(task?.name), ['tasks', index, 'name'], 'steps.roles.errors.taskNameRequired');
      // Virtual paths: the form shows these in the task's row of the matrix.
      for (const problem of checks[index]?.problems ?? []) {
        need(false, ['tasks', index, RACI_PROBLEM_FIELD[problem]], RACI_PROBLEM_MESSAGES[problem]);
      }
    });
    const support = data.support ?? {};
    need(
      filled(support.staffInvolvement) || (support.participation?.length ?? 0) > 0,
      ['support', 'participation'],
      'steps.roles.errors.participationRequired',
    );
  }, completeEvenWhenInvalid),
);

/** How to engage a stakeholder, by place on the power–interest grid. */
export const ENGAGEMENT = ['manage-closely', 'keep-satisfied', 'keep-informed', 'monitor'] as const;
export type Engagement = (typeof ENGAGEMENT)[number];
