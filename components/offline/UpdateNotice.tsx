'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { usePendingSaves } from '@/components/chrome/PendingSaves';
import type { OfflineUpdates, UpdateKind } from '@/lib/offline/updates';
import styles from './UpdateNotice.module.css';

/**
 * Registers the service worker (production builds only) once the page has
 * loaded, and says so politely when a new version is there. It never reloads
 * by itself: the user chooses when, and pending saves are flushed first.
 */
export function UpdateNotice() {
  const t = useTranslations('offline.update');
  const { flushAll } = usePendingSaves();
  const [update, setUpdate] = useState<UpdateKind | null>(null);
  const [reloading, setReloading] = useState(false);
  const updates = useRef<OfflineUpdates | null>(null);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const container = navigator.serviceWorker;
    let stopped = false;
    const start = () => {
      // Loaded on demand: none of this is first-load JavaScript.
      void import('@/lib/offline/updates')
        .then(async (offline) => {
          if (process.env.NODE_ENV !== 'production') return offline.removeServiceWorkers(container);
          const started = await offline.startOfflineSupport(container, setUpdate);
          if (stopped) started.stop();
          else updates.current = started;
        })
        .catch((error: unknown) => console.warn('Service worker not registered', error));
    };
    const check = () => {
      if (document.visibilityState === 'visible') updates.current?.check();
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    window.addEventListener('online', check);
    document.addEventListener('visibilitychange', check);
    return () => {
      stopped = true;
      updates.current?.stop();
      updates.current = null;
      window.removeEventListener('load', start);
      window.removeEventListener('online', check);
      document.removeEventListener('visibilitychange', check);
    };
  }, []);

  async function reload() {
    if (reloading) return;
    setReloading(true);
    await flushAll();
    await updates.current?.activate();
    window.location.reload();
  }

  // A polite live region (not role="status": one per page is enough), there from the first render.
  return (
    <div aria-live="polite" aria-atomic="true" className="no-print">
      {update ? (
        <div className={`notice ${styles.notice}`}>
          <p>
            <strong>{t(update)}</strong> {t('hint')}
          </p>
          <Button onClick={reload} aria-disabled={reloading}>
            {t('reload')}
          </Button>
          {reloading ? <p>{t('reloading')}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
