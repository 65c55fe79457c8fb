'use client';

import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';

/**
 * The interactive parts of the two app pages, loaded right after the page
 * shell. Both depend on data that exists only in the browser (IndexedDB), so
 * there is nothing to pre-render; loading them separately keeps the forms
 * library and schemas out of the first-load JavaScript. They load at once
 * with the page, so later navigation inside them needs no network.
 */
function Loading() {
  const t = useTranslations('common');
  return <p role="status">{t('loading')}</p>;
}

export const LazyDraftsHome = dynamic(
  () => import('@/components/home/DraftsHome').then((module) => module.DraftsHome),
  {
    ssr: false,
    loading: Loading,
  },
);

export const LazyDraftWorkspace = dynamic(
  () => import('@/components/workspace/DraftWorkspace').then((module) => module.DraftWorkspace),
  {
    ssr: false,
    loading: Loading,
  },
);
