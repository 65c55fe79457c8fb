'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { actorLabels } from '@/content/reference/roles';
import { gridNames, stakeholderName } from '@/lib/stakeholders';
import type { RolesForm } from './types';

/** The stakeholders as the form holds them now, each with its display name and its shorter name in the grid. */
export function useStakeholders(form: RolesForm) {
  const t = useTranslations('steps.roles');
  const locale = useLocale();
  const watched = useWatch({ control: form.control, name: 'stakeholders' }) ?? [];
  const inGrid = gridNames(watched, actorLabels[locale]);
  return watched.map((stakeholder, index) => {
    const name = stakeholderName(stakeholder, actorLabels[locale]) || t('stakeholderNumber', { number: index + 1 });
    return { ...stakeholder, name, gridName: inGrid[index] || name };
  });
}
