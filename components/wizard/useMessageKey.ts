'use client';

import { useTranslations } from 'next-intl';
import { useCallback } from 'react';

/**
 * Validation returns message keys (e.g. "steps.why.errors.nameRequired");
 * this turns one into text, with a generic message for anything unknown.
 */
export function useMessageKey(): (key: string) => string {
  const t = useTranslations();
  return useCallback((key: string) => (t.has(key) ? t(key) : t('validation.invalid')), [t]);
}
