'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/Button';

/**
 * Shown when another tab saved or deleted the draft open here. Autosaving has
 * stopped already; the user chooses: load the newest version, or keep what is
 * on screen as a new draft. Nothing is overwritten either way.
 */
export function ConflictNotice({
  gone,
  onReload,
  onKeepCopy,
}: {
  gone: boolean;
  onReload: () => void;
  onKeepCopy: () => Promise<boolean>;
}) {
  const t = useTranslations('conflict');
  const [failed, setFailed] = useState(false);
  return (
    <div className="notice notice--error" role="alert" aria-labelledby="conflict-title">
      <h2 className="heading-m" id="conflict-title">
        {gone ? t('goneTitle') : t('title')}
      </h2>
      <p>{t('body')}</p>
      <div className="button-group">
        {gone ? null : (
          <Button variant="secondary" onClick={onReload} aria-describedby="conflict-reload-hint">
            {t('reload')}
          </Button>
        )}
        <Button onClick={async () => setFailed(!(await onKeepCopy()))}>{t('keepCopy')}</Button>
      </div>
      {gone ? null : (
        <p className="hint" id="conflict-reload-hint">
          {t('reloadHint')}
        </p>
      )}
      {failed ? <p>{t('copyFailed')}</p> : null}
    </div>
  );
}
