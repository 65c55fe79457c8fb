import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { BACKUP_LOG_KEY } from '@/lib/draft/backupLog';
import { LOCAL_PREFIX } from '@/lib/draft/localData';
import { UNSAVED_PREFIX } from '@/lib/draft/rescue';
import { DB_NAME, STORE_NAME } from '@/lib/draft/storage';
import { PRESENTATION_KEY } from '@/lib/presentation';

const code = (chunks: ReactNode) => <code>{chunks}</code>;

/** Where the app keeps data (the real database and key names from lib/draft), and how to back up or delete it. */
export async function PrivacyPage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale });
  return (
    <article>
      <h1 className="heading-xl">{t('privacy.title')}</h1>
      <p className="lead">{t('privacy.intro')}</p>
      <h2 className="heading-l">{t('privacy.storedHeading')}</h2>
      <p>{t.rich('privacy.indexedDb', { db: DB_NAME, store: STORE_NAME, code })}</p>
      <p>{t.rich('privacy.localStorage', { prefix: LOCAL_PREFIX, code })}</p>
      <ul className="list list--bullet">
        <li>{t.rich('privacy.keyUnsaved', { key: `${UNSAVED_PREFIX}…`, code })}</li>
        <li>{t.rich('privacy.keyBackups', { key: BACKUP_LOG_KEY, code })}</li>
        <li>{t.rich('privacy.keyPresentation', { key: PRESENTATION_KEY, code })}</li>
      </ul>
      <h2 className="heading-l">{t('privacy.sentHeading')}</h2>
      <p>{t('privacy.sent')}</p>
      <h2 className="heading-l">{t('privacy.healthHeading')}</h2>
      <p>{t('privacy.health')}</p>
      <h2 className="heading-l">{t('privacy.backupHeading')}</h2>
      <p>{t('privacy.backup', { section: t('backup.heading') })}</p>
      <h2 className="heading-l">{t('privacy.deleteHeading')}</h2>
      <p>{t('privacy.delete', { section: t('backup.wipe.heading'), button: t('backup.wipe.button') })}</p>
      <p>
        <Link href={`/${locale}/`} prefetch={false}>
          {t('privacy.back')}
        </Link>
      </p>
    </article>
  );
}
