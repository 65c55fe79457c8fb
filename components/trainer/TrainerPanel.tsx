'use client';

import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { DeleteAllData } from '@/components/backup/BackupAll';
import { PresentationToggle } from './PresentationToggle';
import styles from './trainer.module.css';

/**
 * The trainer's corner of the home page, set apart from the user's own work:
 * presentation mode, blank worksheets, and "Reset for the next group" (asks
 * first, with Cancel focused; the caller wipes the device and offers the examples).
 */
export function TrainerPanel({ onReset }: { onReset: () => void }) {
  const t = useTranslations('trainer');
  const locale = useLocale();
  return (
    <section aria-labelledby="trainer-heading" className={`section ${styles.panel}`}>
      <h2 className="heading-l" id="trainer-heading">
        {t('heading')}
      </h2>
      <p>{t('intro')}</p>
      <PresentationToggle />
      <section aria-labelledby="worksheets-heading">
        <h3 className="heading-s" id="worksheets-heading">
          {t('worksheets.heading')}
        </h3>
        <p>{t('worksheets.body')}</p>
        <p>
          <Link href={`/${locale}/worksheets/`} prefetch={false}>
            {t('worksheets.link')}
          </Link>
        </p>
      </section>
      <DeleteAllData texts="trainer.reset" nested onConfirm={onReset} />
    </section>
  );
}
