'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { StepContent } from '@/content/types';
import { bindPage, DraftSession } from '@/lib/draft/session';
import type { StorageErrorKind } from '@/lib/draft/storage';
import type { StepId } from '@/lib/steps/registry';
import { ConflictCopyOffer, HaltedNotice } from '@/components/backup/ConflictNotice';
import { downloadBackup } from '@/components/backup/download';
import { DraftSessionContext, type DraftSessionValue } from './DraftSession';
import { usePendingSaves } from '@/components/chrome/PendingSaves';
import { StepPage } from './StepPage';
import { TaskList } from './TaskList';
import {
  draftHref,
  readWorkspaceLocation,
  type WorkspaceDestination,
  type WorkspaceLocation,
} from '@/lib/workspaceUrl';

// The review and the print view build the export view model (labels of every
// code list, both languages' document strings): loaded when opened. Offline, the
// service worker serves them from its precache.
const loadReview = () => import('@/components/review/ReviewPage');
const loadPrint = () => import('@/components/review/PrintView');
const ReviewPage = lazy(() => loadReview().then((module) => ({ default: module.ReviewPage })));
const PrintView = lazy(() => loadPrint().then((module) => ({ default: module.PrintView })));
const FollowUpPage = lazy(() =>
  import('@/components/follow-up/FollowUpPage').then((module) => ({ default: module.FollowUpPage })),
);
const MAX_FOCUS_TRIES = 120;

export function DraftWorkspace({ content }: { content: Record<StepId, StepContent> }) {
  const params = useSearchParams();
  const { uid, ...location } = readWorkspaceLocation(params);
  if (!uid) return <DraftProblem error="not-found" />;
  return <LoadedWorkspace key={uid} uid={uid} location={location} content={content} />;
}

/** The open draft's session (lib/draft/session.ts): created, bound to the page and closed with this component. */
function useSession(uid: string): DraftSession {
  // The component is keyed by uid: one session for its life.
  const [session] = useState(() => new DraftSession(uid));
  const { register } = usePendingSaves();
  useEffect(() => {
    void session.open();
    const unbind = bindPage(session);
    // A language switch saves pending changes first.
    const unregister = register(session.flush);
    return () => {
      unregister();
      unbind();
      session.close();
    };
  }, [session, register]);
  return session;
}

function LoadedWorkspace({
  uid,
  location,
  content,
}: {
  uid: string;
  location: Omit<WorkspaceLocation, 'uid'>;
  content: Record<StepId, StepContent>;
}) {
  const { step, view, from, field } = location;
  const locale = useLocale();
  const tCommon = useTranslations('common');
  const session = useSession(uid);
  // Only the phase: what shows the draft subscribes to its own part (DraftSession.tsx).
  const phase = useSyncExternalStore(
    session.subscribe,
    () => session.getSnapshot().phase,
    () => 'loading' as const,
  );

  const hrefFor = useCallback((target: WorkspaceDestination) => draftHref(locale, uid, target), [locale, uid]);
  const goTo = useCallback(
    (target: WorkspaceDestination) => {
      void session.flush();
      // Native history integrates with Next's router: no server round trip, works offline.
      window.history.pushState(null, '', hrefFor(target));
      window.scrollTo(0, 0);
    },
    [session, hrefFor],
  );

  const value = useMemo<DraftSessionValue | null>(
    () =>
      phase === 'ready'
        ? {
            actions: {
              storageMode: session.ready.mode,
              current: session.current,
              updateStep: session.updateStep,
              unlink: session.unlink,
              flush: session.flush,
              goTo,
              hrefFor,
              location: { from, field },
            },
            session,
          }
        : null,
    [session, phase, goTo, hrefFor, from, field],
  );

  useHeadingFocus(step ?? view, field);

  const snapshot = session.getSnapshot();
  if (snapshot.phase === 'error') return <DraftProblem error={snapshot.error} />;
  if (!value) return <p>{tCommon('loading')}</p>;
  const openHere = (copyUid: string) => draftHref(locale, copyUid, { step, view });
  return (
    <DraftSessionContext value={value}>
      {value.actions.storageMode === 'memory' ? (
        <MemoryNotice onDownload={() => downloadBackup([value.session.current()])} />
      ) : null}
      <HaltedNotice hrefOfCopy={openHere} />
      <ConflictCopyOffer hrefOfCopy={openHere} />
      {step ? (
        <StepPage key={step} stepId={step} content={content[step]} />
      ) : view ? (
        <Suspense fallback={<p role="status">{tCommon('loading')}</p>}>
          {view === 'review' ? <ReviewPage /> : view === 'follow-up' ? <FollowUpPage /> : <PrintView />}
        </Suspense>
      ) : (
        <TaskList />
      )}
    </DraftSessionContext>
  );
}

/** Storage blocked: the draft lives only in this tab (leaving it asks first: lib/draft/session.ts). */
function MemoryNotice({ onDownload }: { onDownload: () => void }) {
  const tStorage = useTranslations('storage');
  const tSave = useTranslations('save');
  return (
    <div className="notice notice--warning" role="alert">
      <p>{tStorage('memory')}</p>
      <button type="button" className="link-button" onClick={onDownload}>
        {tSave('downloadCopy')}
      </button>
    </div>
  );
}

/**
 * Move focus to the new heading after an in-page navigation, as a page load would.
 * (A step opened to change one answer focuses that field instead: StepPage.)
 */
function useHeadingFocus(page: string | null, field: string | null) {
  const previousPage = useRef(page);
  useEffect(() => {
    if (previousPage.current === page) return;
    previousPage.current = page;
    if (field) return;
    // A lazily loaded view shows its heading a moment later.
    let frame = 0;
    let tries = 0;
    const focusHeading = () => {
      const heading = document.querySelector<HTMLElement>('h1');
      if (heading) heading.focus();
      else if (tries++ < MAX_FOCUS_TRIES) frame = window.requestAnimationFrame(focusHeading);
    };
    focusHeading();
    return () => window.cancelAnimationFrame(frame);
  }, [page, field]);
}

function DraftProblem({ error }: { error: StorageErrorKind }) {
  const t = useTranslations('draft');
  const tStorage = useTranslations('storage');
  const locale = useLocale();
  const damaged = error === 'damaged';
  return (
    <>
      <h1 className="heading-l">{damaged ? t('damagedTitle') : t('notFoundTitle')}</h1>
      <p>{damaged ? t('damagedBody') : t('notFoundBody')}</p>
      {error !== 'damaged' && error !== 'not-found' ? (
        <div className="notice notice--error" role="alert">
          {tStorage(error)}
        </div>
      ) : null}
      <p>
        <a href={`/${locale}/`}>{t('backToHome')}</a>
      </p>
    </>
  );
}
