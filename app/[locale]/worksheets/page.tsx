import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import Link from 'next/link';
import { PrintButton } from '@/components/worksheets/PrintButton';
import { Worksheets } from '@/components/worksheets/Worksheet';
import styles from '@/components/worksheets/worksheets.module.css';
import { routing, toLocale } from '@/i18n/routing';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'worksheets' });
  return { title: t('metaTitle') };
}

/** Blank worksheets for every step, rendered on the server: printable, no draft, no client island. */
export default async function WorksheetsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations();
  return (
    <div data-worksheets="">
      <div className={styles.screenOnly}>
        <h1 className="heading-xl">{t('worksheets.title')}</h1>
        <p className="lead">{t('worksheets.intro')}</p>
        <PrintButton label={t('worksheets.print')} />
        <p>
          <Link href={`/${locale}/`} prefetch={false}>
            {t('worksheets.back')}
          </Link>
        </p>
      </div>
      {/* The worksheets' keys are data in content/worksheets.ts, checked at run time. */}
      <Worksheets t={(key, values) => t(key as Parameters<typeof t.has>[0], values)} locale={locale} />
    </div>
  );
}
