'use client';

import { useTranslations } from 'next-intl';
import { LongText } from '@/components/ui/form/fields';

/** The optional working notes every step form ends with (not part of the exported plan). */
export function StepNotes() {
  const t = useTranslations('steps.notes');
  return <LongText name="notes" label={t('label')} hint={t('hint')} rows={6} optional />;
}
