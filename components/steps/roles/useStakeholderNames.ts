'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { actorLabels } from '@/content/reference/roles';
import { stakeholderName } from '@/lib/stakeholders';
import type { RolesForm } from './types';

/** The stakeholders as the form holds them now, each with its display name. */
export function useStakeholders(form: RolesForm) {
  const t = useTranslations('steps.roles');
  const locale = useLocale();
  const watched = useWatch({ control: form.control, name: 'stakeholders' });
  return (watched ?? []).map((stakeholder, index) => ({
    ...stakeholder,
    name: stakeholderName(stakeholder, actorLabels[locale]) || t('stakeholderNumber', { number: index + 1 }),
  }));
}
