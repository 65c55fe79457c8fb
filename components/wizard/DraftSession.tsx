'use client';

import { createContext, useContext } from 'react';
import type { SaveState } from '@/lib/draft/autosave';
import type { Draft } from '@/lib/draft/envelope';
import type { StorageMode } from '@/lib/draft/storage';
import type { StepId } from '@/lib/steps/registry';
import type { WorkspaceDestination, WorkspaceLocation } from './workspaceUrl';

export interface DraftSession {
  draft: Draft;
  saveState: SaveState;
  /** `memory`: storage is blocked and the draft lives only in this tab. */
  storageMode: StorageMode;
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

export const DraftSessionContext = createContext<DraftSession | null>(null);

export function useDraftSession(): DraftSession {
  const session = useContext(DraftSessionContext);
  if (!session) throw new Error('useDraftSession outside DraftWorkspace');
  return session;
}

