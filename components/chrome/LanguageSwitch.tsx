'use client';

import { useLocale, useTranslations } from 'next-intl';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { locales } from '@/i18n/routing';
import { usePendingSaves } from './PendingSaves';

function LanguageLinkWithSearch() {
  return <LanguageLink search={useSearchParams().toString()} />;
}

/** Same page, same draft, other language. Pending saves are written first. */
function LanguageLink({ search }: { search: string }) {
  const locale = useLocale();
  const t = useTranslations('language');
  const pathname = usePathname();
  const { flushAll } = usePendingSaves();
  const router = useRouter();
  const other = locales.find((candidate) => candidate !== locale) ?? locale;
  const rest = pathname.replace(/^\/(nl|fr)(?=\/|$)/, '');
  const href = `/${other}${rest || '/'}${search ? `?${search}` : ''}`;
  return (
    <a
      className="language-switch"
      href={href}
      hrefLang={other}
      lang={other}
      aria-label={t('switchToLabel')}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        // Another root layout (<html lang>): the router loads the page in full.
        void flushAll().finally(() => router.push(href));
      }}
    >
      {t('switchTo')}
    </a>
  );
}

export function LanguageSwitch() {
  const t = useTranslations('language');
  return (
    <nav aria-label={t('label')}>
      <Suspense fallback={<LanguageLink search="" />}>
        <LanguageLinkWithSearch />
      </Suspense>
    </nav>
  );
}
