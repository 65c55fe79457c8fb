import { isStepId, type StepId } from '@/lib/steps/registry';

/**
 * URLs of the draft workspace, one route for the whole draft:
 * `/<locale>/draft/?d=<uid>` the overview, `&step=<id>` a step,
 * `&view=review` "check your answers", `&view=print` the accessible version,
 * `&view=follow-up` the follow-up after step 7 (measurements, actions, yearly evaluation).
 * A step opened from the review carries `&from=review` (its "Save and
 * continue" returns there) and may name the field to focus (`&field=actions.2.owner`).
 */

export const WORKSPACE_VIEWS = ['review', 'print', 'follow-up'] as const;
export type WorkspaceView = (typeof WORKSPACE_VIEWS)[number];

export interface WorkspaceTarget {
  step?: StepId | null;
  view?: WorkspaceView | null;
  /** Where "Save and continue" returns to. */
  from?: 'review' | null;
  /** A form field name (react-hook-form's), focused when the step opens. */
  field?: string | null;
}

/** A step id, null for the overview, or a full target. */
export type WorkspaceDestination = StepId | null | WorkspaceTarget;

export function toTarget(destination: WorkspaceDestination): WorkspaceTarget {
  return destination === null || typeof destination === 'string' ? { step: destination } : destination;
}

export function draftHref(locale: string, uid: string, destination: WorkspaceDestination = null): string {
  const { step, view, from, field } = toTarget(destination);
  const params = new URLSearchParams({ d: uid });
  if (step) {
    params.set('step', step);
    if (from) params.set('from', from);
    if (field) params.set('field', field);
  } else if (view) {
    params.set('view', view);
  }
  return `/${locale}/draft/?${params.toString()}`;
}

export interface WorkspaceLocation {
  uid: string | null;
  step: StepId | null;
  view: WorkspaceView | null;
  from: 'review' | null;
  field: string | null;
}

const isView = (value: string | null): value is WorkspaceView =>
  (WORKSPACE_VIEWS as readonly (string | null)[]).includes(value);

export function readWorkspaceLocation(params: URLSearchParams): WorkspaceLocation {
  const rawStep = params.get('step');
  const step = isStepId(rawStep) ? rawStep : null;
  const view = params.get('view');
  const field = params.get('field');
  return {
    uid: params.get('d'),
    step,
    view: !step && isView(view) ? view : null,
    from: step && params.get('from') === 'review' ? 'review' : null,
    field: step && field && /^[\w.-]{1,200}$/.test(field) ? field : null,
  };
}

/**
 * Where "Save and continue" goes: back to the review when the step was opened
 * from it, else the next step; after the last step, the review.
 */
export function afterStep(next: StepId | null, from: 'review' | null): WorkspaceTarget {
  if (from === 'review' || !next) return { view: 'review' };
  return { step: next };
}
