'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { StepContent } from '@/content/types';
import { Autosaver, type SaveState } from '@/lib/draft/autosave';
import { duplicated } from '@/lib/draft/operations';
import { takeRescue, writeRescue } from '@/lib/draft/rescue';
import {
  insertDraft,
  loadDraft,
  saveDraft,
  storageErrorKind,
  storageMode,
  type StorageErrorKind,
  type StorageMode,
} from '@/lib/draft/storage';
import { onTabMessage, tabMessageEffect } from '@/lib/draft/tabSync';
import { sanitizeStepData, withStepData } from '@/lib/draft/update';
import { withoutReferencesTo } from '@/lib/links';
import { createStore, type Store } from '@/lib/store';
import { timed, timedAsync } from '@/lib/timing';
import type { StepId } from '@/lib/steps/registry';
import { ConflictNotice } from '@/components/backup/ConflictNotice';
import { downloadBackup } from '@/components/backup/download';
import { DRAFT_NAME_MAX } from '@/lib/draft/envelope';
import { DraftSessionContext, useDraftSession, type DraftSessionState, type DraftSessionValue } from './DraftSession';
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
const MAX_FOCUS_TRIES = 120;

type Loaded =
  | { kind: 'loading'; uid: string }
  | { kind: 'error'; uid: string; error: StorageErrorKind }
  | { kind: 'ready'; uid: string; saver: Autosaver; store: Store<DraftSessionState>; mode: StorageMode };

export function DraftWorkspace({ content }: { content: Record<StepId, StepContent> }) {
  const params = useSearchParams();
  const { uid, ...location } = readWorkspaceLocation(params);
  if (!uid) return <DraftProblem error="not-found" />;
  return <LoadedWorkspace key={uid} uid={uid} location={location} content={content} />;
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
  const tConflict = useTranslations('conflict');
  const tStorage = useTranslations('storage');
  const tSave = useTranslations('save');
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading', uid });
  const { register } = usePendingSaves();

  useEffect(() => {
    let cancelled = false;
    let saver: Autosaver | null = null;
    Promise.all([loadDraft(uid), storageMode()]).then(
      ([draft, mode]) => {
        if (cancelled) return;
        // Edits and saves go to a store, not to this component's state: only
        // what shows the draft or the save status re-renders (DraftSession.tsx).
        const store = createStore<DraftSessionState>({ draft, saveState: { kind: 'idle' } });
        saver = new Autosaver({
          initial: draft,
          persist: (next) => timedAsync('write', () => saveDraft(next)),
          onChange: (current, saveState: SaveState) => store.set({ draft: current, saveState }),
        });
        setLoaded({ kind: 'ready', uid, saver, store, mode });
        // Changes typed just before the tab was closed last time: restore and save them.
        const rescued = takeRescue(draft);
        if (rescued) saver.update(() => rescued);
      },
      (error: unknown) => {
        if (!cancelled) setLoaded({ kind: 'error', uid, error: storageErrorKind(error) });
      },
    );
    return () => {
      cancelled = true;
      if (saver) {
        void saver.flush();
        saver.dispose();
      }
    };
  }, [uid]);

  const saver = loaded.kind === 'ready' ? loaded.saver : null;

  // Another tab saved or deleted this draft: stop autosaving at once (the
  // revision check in saveDraft is the safety net when a message is missed).
  useEffect(() => {
    if (!saver) return;
    return onTabMessage((message) => {
      const effect = tabMessageEffect(message, uid, saver.current.revision);
      if (effect) saver.stop(effect === 'gone' ? 'not-found' : 'conflict');
    });
  }, [saver, uid]);

  // Storage blocked: the draft lives only in this page, so leaving it asks first.
  const inMemory = loaded.kind === 'ready' && loaded.mode === 'memory';
  useEffect(() => {
    if (!inMemory) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [inMemory]);

  const keepCopy = useCallback(async () => {
    if (!saver) return false;
    const current = saver.current;
    try {
      const copy = duplicated(
        current,
        tConflict('copyName', { name: current.name }).slice(0, DRAFT_NAME_MAX),
        new Date(),
      );
      await insertDraft(copy);
      window.history.pushState(null, '', draftHref(locale, copy.uid, { step, view }));
      return true;
    } catch {
      return false;
    }
  }, [saver, tConflict, locale, step, view]);
  const flush = useCallback(async () => {
    await saver?.flush();
  }, [saver]);

  // Save at once when the tab is hidden or closed, and before a language switch.
  // The browser may abort an IndexedDB write while the page unloads, so a
  // synchronous copy of unsaved changes is kept too (lib/draft/rescue.ts).
  useEffect(() => {
    const saveNow = () => {
      if (saver?.hasUnsavedChanges) timed('rescue', () => writeRescue(saver.current));
      void flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    const onPageHide = saveNow;
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    const unregister = register(flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      unregister();
    };
  }, [flush, register, saver]);

  const hrefFor = useCallback((target: WorkspaceDestination) => draftHref(locale, uid, target), [locale, uid]);

  const goTo = useCallback(
    (target: WorkspaceDestination) => {
      void flush();
      // Native history integrates with Next's router: no server round trip, works offline.
      window.history.pushState(null, '', hrefFor(target));
      window.scrollTo(0, 0);
    },
    [flush, hrefFor],
  );

  const updateStep = useCallback(
    (id: StepId, values: unknown) => {
      saver?.update((draft) =>
        timed('sanitize', () => withStepData(draft, id, sanitizeStepData(id, values, draft.steps[id]))),
      );
    },
    [saver],
  );

  const unlink = useCallback(
    (targets: readonly string[], formStep: StepId) => {
      saver?.update((draft) => {
        const cleaned = withoutReferencesTo(draft.steps, targets);
        return cleaned === draft.steps ? draft : { ...draft, steps: { ...cleaned, [formStep]: draft.steps[formStep] } };
      });
    },
    [saver],
  );

  const session = useMemo<DraftSessionValue | null>(
    () =>
      loaded.kind === 'ready'
        ? {
            actions: {
              storageMode: loaded.mode,
              current: () => loaded.saver.current,
              updateStep,
              unlink,
              flush,
              goTo,
              hrefFor,
              location: { from, field },
            },
            store: loaded.store,
          }
        : null,
    [loaded, updateStep, unlink, flush, goTo, hrefFor, from, field],
  );

  // Move focus to the new heading after an in-page navigation, as a page load would.
  // (A step opened to change one answer focuses that field instead: StepPage.)
  const page = step ?? view;
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

  if (loaded.kind === 'loading') return <p>{tCommon('loading')}</p>;
  if (loaded.kind === 'error') return <DraftProblem error={loaded.error} />;
  if (!session || loaded.kind !== 'ready') return null;
  return (
    <DraftSessionContext value={session}>
      {loaded.mode === 'memory' ? (
        <div className="notice notice--warning" role="alert">
          <p>{tStorage('memory')}</p>
          <button type="button" className="link-button" onClick={() => downloadBackup([loaded.saver.current])}>
            {tSave('downloadCopy')}
          </button>
        </div>
      ) : null}
      <HaltedNotice onKeepCopy={keepCopy} />
      {step ? (
        <StepPage key={step} stepId={step} content={content[step]} />
      ) : view ? (
        <Suspense fallback={<p role="status">{tCommon('loading')}</p>}>
          {view === 'review' ? <ReviewPage /> : <PrintView />}
        </Suspense>
      ) : (
        <TaskList />
      )}
    </DraftSessionContext>
  );
}

/** Another tab saved or deleted this draft: autosave stopped; offer to reload or keep a copy. */
function HaltedNotice({ onKeepCopy }: { onKeepCopy: () => Promise<boolean> }) {
  const { saveState } = useDraftSession();
  const halted = saveState.kind === 'error' && (saveState.error === 'conflict' || saveState.error === 'not-found');
  if (!halted) return null;
  return (
    <ConflictNotice
      gone={saveState.error === 'not-found'}
      onReload={() => window.location.reload()}
      onKeepCopy={onKeepCopy}
    />
  );
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
