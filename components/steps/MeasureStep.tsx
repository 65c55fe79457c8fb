'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { useDraftSession } from '@/components/workspace/DraftSession';
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
  const { draft } = useDraftSession();
  const targets = useMemo(
    () => linkTargets(draft.steps, { actors: actorLabels[locale], untitled }),
    [draft.steps, locale, untitled],
  );
  const stored = draft.steps.measure;
  // Links to an owner, objective or action deleted in another step count as not linked.
  const { form, onSubmit } = useStepForm('measure', {
    ...stored,
    indicators: withoutStaleLinks(stored.indicators, targets),
  });

  return (
    <StepFormFrame stepId="measure" form={form} onSubmit={onSubmit}>
      <Indicators form={form} targets={targets} />
      <Calendar form={form} />
      <StepNotes form={form} />
    </StepFormFrame>
  );
}
