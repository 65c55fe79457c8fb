'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { downloadBackup } from '@/components/backup/download';
import type { StorageErrorKind } from '@/lib/draft/storage';
import { useDraftSession } from './DraftSession';

/** What to do after a failed save, per kind of failure (keys in `save`). */
const FAILED_KEYS = {
  unavailable: 'failed.unavailable',
  quota: 'failed.quota',
  conflict: 'failed.conflict',
  'not-found': 'failed.not-found',
  damaged: 'failed.damaged',
  unknown: 'failed.unknown',
} as const satisfies Record<StorageErrorKind, string>;

/** Always visible; announced politely to screen readers. Errors say what to do. */
export function SaveStatus() {
  const { saveState, flush, draft, storageMode } = useDraftSession();
  const t = useTranslations('save');
  const format = useFormatter();
  const text =
    saveState.kind === 'saved' && storageMode === 'memory'
      ? t('memory')
      : saveState.kind === 'saved'
        ? t('saved', { time: format.dateTime(new Date(saveState.at), { hour: '2-digit', minute: '2-digit' }) })
        : saveState.kind === 'error'
          ? t(FAILED_KEYS[saveState.error])
          : t(saveState.kind);
  return (
    <div
      className={saveState.kind === 'error' ? 'save-status save-status--error' : 'save-status'}
      data-testid="save-status"
    >
      <p
        role={saveState.kind === 'error' ? 'alert' : 'status'}
        aria-live={saveState.kind === 'error' ? 'assertive' : 'polite'}
      >
        {text}
      </p>
      {saveState.kind === 'error' && saveState.error !== 'conflict' && saveState.error !== 'not-found' ? (
        <button type="button" className="link-button" onClick={() => void flush()}>
          {t('retry')}
        </button>
      ) : null}
      {saveState.kind === 'error' ? (
        // The last resort when the browser cannot store: the work goes to a file.
        <button type="button" className="link-button" onClick={() => downloadBackup([draft])}>
          {t('downloadCopy')}
        </button>
      ) : null}
    </div>
  );
}
