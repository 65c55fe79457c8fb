'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import type { Draft } from '@/lib/draft/envelope';
import { requestPersistence, type Persistence } from '@/lib/draft/persistence';

/** What the browser said about keeping the data, per answer (keys in `backup`). */
const PERSISTENCE_KEYS = {
  persisted: 'persistence.persisted',
  'not-persisted': 'persistence.not-persisted',
  unsupported: 'persistence.unsupported',
} as const satisfies Record<Persistence, string>;
import type { StorageMode } from '@/lib/draft/storage';
import { downloadBackup } from './download';

/**
 * Home page: why backups matter, whether the browser agreed to keep the data,
 * export of every draft, and "delete all my data" for shared laptops.
 */
export function BackupAll({
  drafts,
  mode,
  onDone,
}: {
  drafts: readonly Draft[];
  mode: StorageMode | null;
  onDone: (message: string) => void;
}) {
  const t = useTranslations('backup');
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const hasDrafts = drafts.length > 0;

  // Ask once there is something worth keeping. Chromium answers from site
  // engagement without a prompt; Firefox may ask the user.
  useEffect(() => {
    if (!hasDrafts || mode !== 'indexeddb') return;
    let cancelled = false;
    void requestPersistence().then((answer) => {
      if (!cancelled) setPersistence(answer);
    });
    return () => {
      cancelled = true;
    };
  }, [hasDrafts, mode]);

  return (
    <>
      <p>{t('help')}</p>
      {persistence ? (
        <p className="hint" data-testid="persistence">
          {t(PERSISTENCE_KEYS[persistence])}
        </p>
      ) : null}
      {hasDrafts ? (
        <p>
          <Button
            variant="secondary"
            onClick={() => {
              try {
                onDone(t('exported', { file: downloadBackup(drafts) }));
              } catch {
                onDone(t('exportFailed'));
              }
            }}
          >
            {t('exportAll')}
          </Button>
        </p>
      ) : null}
    </>
  );
}

/**
 * "Delete all my data on this device" (`backup.wipe`), also the trainer's
 * "Reset for the next group" (`trainer.reset`): a warning button that asks
 * first, with Cancel focused. The caller does the wiping (lib/draft/wipe.ts).
 */
export function DeleteAllData({
  onConfirm,
  texts = 'backup.wipe',
  nested = false,
}: {
  onConfirm: () => void;
  texts?: 'backup.wipe' | 'trainer.reset';
  /** Inside another section: a smaller heading, no section spacing. */
  nested?: boolean;
}) {
  const t = useTranslations(texts);
  const tCommon = useTranslations('common');
  const [open, setOpen] = useState(false);
  const headingId = `${texts.replace('.', '-')}-heading`;
  const Heading = nested ? 'h3' : 'h2';
  return (
    <section aria-labelledby={headingId} className={nested ? undefined : 'section'}>
      <Heading className={nested ? 'heading-s' : 'heading-m'} id={headingId}>
        {t('heading')}
      </Heading>
      <p>{t('body')}</p>
      <Button variant="warning" onClick={() => setOpen(true)}>
        {t('button')}
      </Button>
      <ConfirmDialog
        open={open}
        title={t('confirmTitle')}
        confirmLabel={t('confirm')}
        cancelLabel={tCommon('cancel')}
        danger
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          setOpen(false);
          onConfirm();
        }}
      >
        <p>{t('confirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
