'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { useSession, useSessionPart } from '@/components/workspace/DraftSession';
import { haltOf } from '@/lib/draft/session';

/** Opens another draft of this device in this page, without a server round trip (works offline). */
function openDraft(href: string) {
  window.history.pushState(null, '', href);
  window.scrollTo(0, 0);
}

/**
 * Shown when another tab saved or deleted the draft open here. Autosaving has
 * stopped already; the user chooses: load the newest version, or keep what is
 * on screen as a new draft. Nothing is overwritten either way, and closing the
 * tab first asks, then keeps the text as a conflict copy (lib/draft/session.ts).
 */
export function HaltedNotice({ hrefOfCopy }: { hrefOfCopy: (uid: string) => string }) {
  const t = useTranslations('conflict');
  const session = useSession();
  const halt = useSessionPart((snapshot) => haltOf(snapshot.saveState));
  const [failed, setFailed] = useState(false);
  if (!halt) return null;
  const gone = halt === 'not-found';
  const keepCopy = async () => {
    const copy = await session.keepCopy((name) => t('copyName', { name }));
    setFailed(!copy);
    if (copy) openDraft(hrefOfCopy(copy.uid));
  };
  const reload = () => {
    session.discardChanges();
    window.location.reload();
  };
  return (
    <div className="notice notice--error" role="alert" aria-labelledby="conflict-title">
      <h2 className="heading-m" id="conflict-title">
        {gone ? t('goneTitle') : t('title')}
      </h2>
      <p>{t('body')}</p>
      <div className="button-group">
        {gone ? null : (
          <Button variant="secondary" onClick={reload} aria-describedby="conflict-reload-hint">
            {t('reload')}
          </Button>
        )}
        <Button onClick={keepCopy}>{t('keepCopy')}</Button>
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

/**
 * Text from a tab that was closed after it had stopped saving (a conflict
 * copy, lib/draft/rescue.ts): offered to keep as a new draft, or to discard
 * after asking. It stays on this device until the user chooses.
 */
export function ConflictCopyOffer({ hrefOfCopy }: { hrefOfCopy: (uid: string) => string }) {
  const t = useTranslations('conflict.offer');
  const tConflict = useTranslations('conflict');
  const tCommon = useTranslations('common');
  const session = useSession();
  const offer = useSessionPart((snapshot) => snapshot.offers[0]);
  const [outcome, setOutcome] = useState<{ kind: 'kept'; uid: string; name: string } | { kind: 'discarded' } | null>(
    null,
  );
  const [failed, setFailed] = useState(false);
  const [asking, setAsking] = useState(false);
  const keep = async () => {
    const copy = await session.keepOffer((name) => t('copyName', { name }));
    setFailed(!copy);
    if (copy) setOutcome({ kind: 'kept', uid: copy.uid, name: copy.name });
  };
  return (
    <>
      <div role="status">
        {outcome ? (
          <div className="notice notice--success">
            {outcome.kind === 'kept' ? (
              <p>
                {t('kept', { name: outcome.name })}{' '}
                <a
                  href={hrefOfCopy(outcome.uid)}
                  onClick={(event) => {
                    event.preventDefault();
                    openDraft(hrefOfCopy(outcome.uid));
                  }}
                >
                  {t('open')}
                </a>
              </p>
            ) : (
              <p>{t('discarded')}</p>
            )}
          </div>
        ) : null}
      </div>
      {offer ? (
        <div className="notice notice--warning" role="region" aria-labelledby="conflict-offer-title">
          <h2 className="heading-m" id="conflict-offer-title">
            {t('title')}
          </h2>
          <p>{t('body')}</p>
          <div className="button-group">
            <Button onClick={keep}>{t('keep')}</Button>
            <Button variant="secondary" onClick={() => setAsking(true)}>
              {t('discard')}
            </Button>
          </div>
          {failed ? <p>{tConflict('copyFailed')}</p> : null}
        </div>
      ) : null}
      <ConfirmDialog
        open={asking}
        title={t('discardTitle')}
        confirmLabel={t('discard')}
        cancelLabel={tCommon('cancel')}
        danger
        onConfirm={() => {
          setAsking(false);
          session.discardOffer();
          setOutcome({ kind: 'discarded' });
        }}
        onCancel={() => setAsking(false)}
      >
        <p>{t('discardBody')}</p>
      </ConfirmDialog>
    </>
  );
}
