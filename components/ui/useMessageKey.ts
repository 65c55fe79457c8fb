'use client';

import { useTranslations } from 'next-intl';
import { useCallback } from 'react';

/**
 * Validation returns message keys (e.g. "steps.why.errors.nameRequired");
 * this turns one into text, with a generic message for anything unknown.
 */
export function useMessageKey(): (key: string) => string {
  const t = useTranslations();
  return useCallback(
    (key: string) => {
      // Validation keys are data (returned by the schemas), so they are checked here, at run time.
      const known = key as Parameters<typeof t.has>[0];
      return t.has(known) ? t(known) : t('validation.invalid');
    },
    [t],
  );
}
