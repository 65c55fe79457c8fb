import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { isLocale, routing, toLocale } from '@/i18n/routing';
import { AppHeader } from '@/components/wizard/AppHeader';
import { PendingSavesProvider } from '@/components/wizard/PendingSaves';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'meta' });
  return { title: { default: t('title'), template: `%s — ${t('title')}` }, description: t('description') };
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
    <html lang={locale}>
      <body>
        <NextIntlClientProvider messages={messages}>
          <PendingSavesProvider>
            <a className="skip-link" href="#main">
              {t('skipLink')}
            </a>
            <AppHeader />
            <main className="page" id="main" tabIndex={-1}>
              {children}
            </main>
            <footer className="footer">
              <p>{t('privacy')}</p>
              <p>{t('footer')}</p>
            </footer>
          </PendingSavesProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
