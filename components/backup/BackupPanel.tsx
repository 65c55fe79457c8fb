'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { useDraftSession } from '@/components/workspace/DraftSession';
import { backupAdvice, readBackupLog } from '@/lib/draft/backupLog';
import { stepStatus } from '@/lib/draft/status';
import { STEPS } from '@/lib/steps/registry';
import { downloadBackup } from './download';

/**
 * On the draft overview: when this draft was last backed up, a polite nudge
 * when there is no recent backup, and the download button. Only here, not on
 * the step pages, so it never follows the user while typing.
 */
export function BackupPanel() {
  const { draft, flush } = useDraftSession();
  const t = useTranslations('backup');
  const format = useFormatter();
  const [lastBackup, setLastBackup] = useState(() => readBackupLog()[draft.uid]);
  const [notice, setNotice] = useState<string | null>(null);
  const hasAnswers = STEPS.some((step) => stepStatus(draft, step.id) !== 'not-started');
  const advice = backupAdvice(draft, lastBackup, hasAnswers);
  const when = (at: string) => format.dateTime(new Date(at), { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section aria-labelledby="backup-heading" className="section">
      <h2 className="heading-m" id="backup-heading">
        {t('overviewHeading')}
      </h2>
      {advice.kind === 'never' || advice.kind === 'stale' ? (
        <div className="notice notice--warning" data-testid="backup-nudge">
          <p>{advice.kind === 'never' ? t('never') : t('stale', { time: when(advice.at) })}</p>
        </div>
      ) : advice.kind === 'recent' ? (
        <p data-testid="last-backup">
          {t('lastBackup', { time: when(advice.at) })} {advice.changedSince ? t('changedSince') : null}
        </p>
      ) : null}
      <p className="hint">{t('help')}</p>
      <Button
        variant="secondary"
        onClick={async () => {
          await flush();
          const now = new Date();
          try {
            setNotice(t('exported', { file: downloadBackup([draft], now) }));
            setLastBackup(now.toISOString());
          } catch {
            setNotice(t('exportFailed'));
          }
        }}
      >
        {t('exportThis')}
      </Button>
      <div aria-live="polite" role="status" className="notice-region">
        {notice ? <p className="notice notice--success">{notice}</p> : null}
      </div>
    </section>
  );
}
