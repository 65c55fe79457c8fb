'use client';

import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { SaveState } from '@/lib/draft/autosave';
import type { Draft } from '@/lib/draft/envelope';
import type { DraftSession as Session, ReadySnapshot } from '@/lib/draft/session';
import type { StorageMode } from '@/lib/draft/storage';
import type { StepId } from '@/lib/steps/registry';
import type { WorkspaceDestination, WorkspaceLocation } from '@/lib/workspaceUrl';

/** What changes with every edit and every save. */
export interface DraftSessionState {
  draft: Draft;
  saveState: SaveState;
}

/** What stays the same while a draft is open. */
export interface DraftActions {
  /** `memory`: storage is blocked and the draft lives only in this tab. */
  storageMode: StorageMode;
  /** The draft as it is now, for event handlers: reading it does not re-render on changes. */
  current: () => Draft;
  /** Record what a step's form holds now; saved shortly after (debounced). */
  updateStep: (id: StepId, values: unknown) => void;
  /**
   * Remove references to deleted entities (lib/links.ts) from every step
   * except `formStep`: the step whose form is open removes its own references
   * in the form's values, or the form would write them back.
   */
  unlink: (targets: readonly string[], formStep: StepId) => void;
  /** Save pending changes now. */
  flush: () => Promise<void>;
  /** Move within the workspace without loading a page (works offline). */
  goTo: (destination: WorkspaceDestination) => void;
  hrefFor: (destination: WorkspaceDestination) => string;
  /** Where the open step came from and which field to focus (`&from=review&field=…`). */
  location: Pick<WorkspaceLocation, 'from' | 'field'>;
}

export type DraftSession = DraftActions & DraftSessionState;

/** Provided by DraftWorkspace once the draft is loaded: the stable actions and the session (lib/draft/session.ts). */
export interface DraftSessionValue {
  actions: DraftActions;
  session: Session;
}

export const DraftSessionContext = createContext<DraftSessionValue | null>(null);

function useSessionValue(): DraftSessionValue {
  const session = useContext(DraftSessionContext);
  if (!session) throw new Error('useDraftSession outside DraftWorkspace');
  return session;
}

/**
 * A part of the open session (the draft, the save state, the offers);
 * re-renders only when that part changes (compared with Object.is). `select`
 * must return a part of the snapshot, not build a new object or array.
 */
export function useSessionPart<T>(select: (snapshot: ReadySnapshot) => T): T {
  const { session } = useSessionValue();
  const snapshot = () => select(session.ready);
  return useSyncExternalStore(session.subscribe, snapshot, snapshot);
}

/**
 * The whole session. Re-renders on every change of the draft or the save
 * state (every keystroke): step forms use `useDraftActions` and
 * `useDraftValue` instead, so typing re-renders only what shows the change.
 */
export function useDraftSession(): DraftSession {
  const { actions } = useSessionValue();
  const draft = useSessionPart((snapshot) => snapshot.draft);
  const saveState = useSessionPart((snapshot) => snapshot.saveState);
  return useMemo(() => ({ ...actions, draft, saveState }), [actions, draft, saveState]);
}

/** The session's actions; never re-renders because the draft changed. */
export function useDraftActions(): DraftActions {
  return useSessionValue().actions;
}

/** The session itself, for the notices that act on it (conflicts, conflict copies). */
export function useSession(): Session {
  return useSessionValue().session;
}

/**
 * One part of the draft; re-renders only when that part changes (compared
 * with Object.is). `select` must return a part of the draft (`draft.name`,
 * `draft.steps.roles`), not build a new object or array.
 */
export function useDraftValue<T>(select: (draft: Draft) => T): T {
  return useSessionPart((snapshot) => select(snapshot.draft));
}
