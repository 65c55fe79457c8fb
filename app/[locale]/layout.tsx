import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { isLocale, routing, toLocale } from '@/i18n/routing';
import { UpdateNotice } from '@/components/offline/UpdateNotice';
import { AppHeader } from '@/components/chrome/AppHeader';
import { PendingSavesProvider } from '@/components/chrome/PendingSaves';
import { PresentationSync } from '@/components/trainer/PresentationSync';
import { PRESENTATION_SCRIPT } from '@/lib/presentation';
import '../globals.css';

const ICON =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="15" fill="#123562"/><path d="M16 5l4 11-4 11-4-11z" fill="#fff"/></svg>',
  );

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'meta' });
  return {
    title: { default: t('title'), template: `%s — ${t('title')}` },
    description: t('description'),
    // Inline, so the browser never fetches an icon (also not offline, on every in-page navigation).
    icons: { icon: ICON },
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const messages = await getMessages();
  const t = await getTranslations('common');
  return (
    // The script below may set data-presentation on <html> before React hydrates.
    <html lang={locale} suppressHydrationWarning>
      <head>
        {/* Presentation mode before the first paint (lib/presentation.ts); a constant, hashed into the CSP. */}
        <script dangerouslySetInnerHTML={{ __html: PRESENTATION_SCRIPT }} />
      </head>
      <body>
        <PresentationSync />
        <NextIntlClientProvider messages={messages}>
          <PendingSavesProvider>
            <a className="skip-link" href="#main">
              {t('skipLink')}
            </a>
            <AppHeader />
            <main className="page" id="main" tabIndex={-1}>
              <UpdateNotice />
              {children}
            </main>
            <footer className="footer">
              <p>{t('privacy')}</p>
              <nav aria-label={t('footerNav')}>
                <ul className="footer__links">
                  <li>
                    <Link href={`/${locale}/accessibility/`} prefetch={false}>
                      {t('footerAccessibility')}
                    </Link>
                  </li>
                  <li>
                    <Link href={`/${locale}/privacy/`} prefetch={false}>
                      {t('footerPrivacy')}
                    </Link>
                  </li>
                  <li>
                    <Link href={`/${locale}/licences/`} prefetch={false}>
                      {t('footerLicences')}
                    </Link>
                  </li>
                </ul>
              </nav>
              <p>{t('footer')}</p>
            </footer>
          </PendingSavesProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
