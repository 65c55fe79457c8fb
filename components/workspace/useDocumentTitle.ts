'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';

/** Keeps the browser tab title in step with in-page navigation (WCAG 2.4.2). */
export function useDocumentTitle(...parts: string[]): void {
  const app = useTranslations('meta')('title');
  const title = [...parts.filter(Boolean), app].join(' — ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
