import { isStepId, type StepId } from '@/lib/steps/registry';

/** URLs of the draft workspace: `/<locale>/draft/?d=<uid>[&step=<id>]`. */

export function draftHref(locale: string, uid: string, step?: StepId | null): string {
  const params = new URLSearchParams({ d: uid });
  if (step) params.set('step', step);
  return `/${locale}/draft/?${params.toString()}`;
}

export interface WorkspaceLocation {
  uid: string | null;
  step: StepId | null;
}

export function readWorkspaceLocation(params: URLSearchParams): WorkspaceLocation {
  const step = params.get('step');
  return { uid: params.get('d'), step: isStepId(step) ? step : null };
}
