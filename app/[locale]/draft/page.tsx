import { setRequestLocale } from 'next-intl/server';
import { Suspense } from 'react';
import { stepContent } from '@/content/steps';
import { routing, toLocale } from '@/i18n/routing';
import { LazyDraftWorkspace } from '@/components/chrome/LazyIslands';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/**
 * One route for the whole draft: `?d=<uid>` shows the overview, `&step=<id>`
 * a step. Moving between them is client-side only, so it works offline.
 */
export default async function DraftPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const content = stepContent(locale);
  return (
    <Suspense>
      <LazyDraftWorkspace content={content} />
    </Suspense>
  );
}
