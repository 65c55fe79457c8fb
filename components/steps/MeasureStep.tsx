'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { useDraftActions, useDraftValue } from '@/components/workspace/DraftSession';
import { StepNotes } from '@/components/workspace/StepNotes';
import { StepFormFrame } from '@/components/workspace/StepFormFrame';
import { useStepForm } from '@/components/workspace/useStepForm';
import { actorLabels } from '@/content/reference/roles';
import { linkTargets, withoutStaleLinks } from '@/lib/indicators';
import { Calendar } from './measure/Calendar';
import { Indicators } from './measure/Indicators';

/** Step 7 — Measure: indicators linked to objectives and actions, and the PDCA calendar. */
export function MeasureStep() {
  const untitled = useTranslations('common.list')('untitled');
  const locale = useLocale();
  // Only the steps it links to: typing in this step does not re-render the indicators through the session.
  const roles = useDraftValue((draft) => draft.steps.roles);
  const toBe = useDraftValue((draft) => draft.steps['to-be']);
  const action = useDraftValue((draft) => draft.steps.action);
  const labels = useMemo(() => ({ actors: actorLabels[locale], untitled }), [locale, untitled]);
  const targets = useMemo(() => linkTargets({ roles, 'to-be': toBe, action }, labels), [roles, toBe, action, labels]);
  const { current } = useDraftActions();
  // Links to an owner, objective or action deleted in another step count as not linked.
  const [defaults] = useState(() => {
    const { steps } = current();
    return { ...steps.measure, indicators: withoutStaleLinks(steps.measure.indicators, linkTargets(steps, labels)) };
  });
  const { form, onSubmit } = useStepForm('measure', defaults);

  return (
    <StepFormFrame stepId="measure" form={form} onSubmit={onSubmit}>
      <Indicators form={form} targets={targets} />
      <Calendar form={form} />
      <StepNotes />
    </StepFormFrame>
  );
}
