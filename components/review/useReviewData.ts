'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { toLocale, type Locale } from '@/i18n/routing';
import type { CoherenceIssue } from '@/lib/coherence';
import { exportTranslator } from '@/lib/export/text';
import { localIsoDate } from '@/lib/export/fileName';
import { issueValues } from '@/lib/review';
import { getStep, stepNumber } from '@/lib/steps/registry';
import type { BlockWords } from './BlockView';

/** An issue in words (`review.checks.<code>`) and the step where it is fixed. */
export function useIssueText(): (issue: CoherenceIssue) => { text: string; where: string } {
  const t = useTranslations();
  const locale = toLocale(useLocale());
  const untitled = (position: number) => t('review.untitled', { position });
  return (issue) => ({
    text: t(`review.checks.${issue.code}`, issueValues(issue, locale, untitled)),
    where: t('review.where', { number: stepNumber(issue.step), title: t(`${getStep(issue.step).messages}.title`) }),
  });
}

/** Column headers of the matrix and timeline tables in the document's language. */
export function blockWords(locale: Locale): BlockWords {
  const t = exportTranslator(locale);
  return { point: t('print.doc.point'), item: t('print.doc.item'), from: t('print.doc.from'), to: t('print.doc.to') };
}

/** Today as the export date (YYYY-MM-DD, local time), fixed for the page's life. */
export function useToday(): string {
  return useMemo(() => localIsoDate(), []);
}
