import { getTranslations, setRequestLocale } from 'next-intl/server';
import { toLocale } from '@/i18n/routing';
import { LazyDraftsHome } from '@/components/chrome/LazyIslands';

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('home');
  return (
    <>
      <h1 className="heading-xl">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <LazyDraftsHome />
    </>
  );
}
