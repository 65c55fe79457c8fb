'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { TextArea } from '@/components/ui/Field';
import { useDraftSession } from '@/components/wizard/DraftSession';
import { StepFormFrame, useFieldError } from '@/components/wizard/StepFormFrame';
import { fieldId, useStepForm } from '@/components/wizard/useStepForm';
import { actorLabels } from '@/content/reference/roles';
import { linkTargets, withoutStaleLinks } from '@/lib/indicators';
import { LIMITS } from '@/lib/steps/fields';
import { Calendar } from './measure/Calendar';
import { Indicators } from './measure/Indicators';

/** Step 7 — Measure: indicators linked to objectives and actions, and the PDCA calendar. */
export function MeasureStep() {
  const tNotes = useTranslations('steps.notes');
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
  const errorFor = useFieldError(form);

  return (
    <StepFormFrame stepId="measure" form={form} onSubmit={onSubmit}>
      <Indicators form={form} targets={targets} />
      <Calendar form={form} />
      <TextArea
        id={fieldId('notes')}
        label={tNotes('label')}
        hint={tNotes('hint')}
        error={errorFor('notes')}
        rows={8}
        maxLength={LIMITS.long}
        {...form.register('notes')}
      />
    </StepFormFrame>
  );
}
