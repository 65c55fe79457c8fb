'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { useDraftValue } from '@/components/workspace/DraftSession';
import { actorLabels } from '@/content/reference/roles';
import { formatMoney } from '@/lib/format';
import { stakeholderName } from '@/lib/stakeholders';
import { getStep, type StepId } from '@/lib/steps/registry';
import type { Option } from './types';

/** The title of another step, for "go to" links and notes. */
export function useStepTitle(): (step: StepId) => string {
  const t = useTranslations();
  return (step) => t(`${getStep(step).messages}.title`);
}

/**
 * Entities of other steps this step links to, as options in the UI language:
 * step 3 stakeholders (named as everywhere: lib/stakeholders.ts), step 4 strategic
 * objectives, step 5 budget lines.
 */
export function useLinkOptions() {
  const t = useTranslations('steps.action');
  const untitled = useTranslations('common.list')('untitled');
  const locale = useLocale();
  // Only these parts of the draft: typing in this step does not re-render what uses them.
  const roleStakeholders = useDraftValue((draft) => draft.steps.roles.stakeholders);
  const strategic = useDraftValue((draft) => draft.steps['to-be'].objectives);
  const lines = useDraftValue((draft) => draft.steps.resources.budgetLines);
  return useMemo(() => {
    const stakeholders: Option[] = roleStakeholders.map((stakeholder) => ({
      value: stakeholder.uid,
      label: stakeholderName(stakeholder, actorLabels[locale]) || untitled,
    }));
    const strategicObjectives: Option[] = strategic.map((objective) => ({
      value: objective.uid,
      label: objective.name.trim() || untitled,
    }));
    const budgetLines: Option[] = lines.map((line) => {
      const description = line.description.trim() || untitled;
      const amount = line.amount === null ? '–' : formatMoney(line.amount, locale);
      return {
        value: line.uid,
        label:
          line.year === null
            ? t('budgetLineNoYear', { description, amount })
            : t('budgetLineOption', { description, year: String(line.year), amount }),
      };
    });
    return { stakeholders, strategicObjectives, budgetLines };
  }, [roleStakeholders, strategic, lines, locale, t, untitled]);
}

/** Label of a linked entity, or null when it is not linked or no longer exists. */
export function labelOf(options: readonly Option[], value: string | null | undefined): string | null {
  return options.find((option) => option.value === value)?.label ?? null;
}
