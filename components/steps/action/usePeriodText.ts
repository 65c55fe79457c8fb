'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatMonth, formatMonthShort } from '@/lib/format';
import { plannedSpan } from '@/lib/timeline';

/** "March 2027 – June 2027", one month alone, or "not planned yet", in the UI language. */
export function usePeriodText(short = false): (action: { start?: string | null; end?: string | null }) => string {
  const t = useTranslations('steps.action');
  const locale = useLocale();
  return (action) => {
    const span = plannedSpan(action);
    if (!span) return t('notPlanned');
    const month = short ? formatMonthShort : formatMonth;
    const start = month(span.start, locale);
    return span.start === span.end ? start : t('period', { start, end: month(span.end, locale) });
  };
}
