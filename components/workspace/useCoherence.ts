'use client';

import { useMemo } from 'react';
import { canBeFinal, coherenceChecks, type CoherenceIssue } from '@/lib/coherence';
import { useDraftSession } from './DraftSession';

/** The open draft's coherence issues, and whether a final version may be exported. */
export function useCoherence(): { issues: CoherenceIssue[]; finalAllowed: boolean } {
  const { draft } = useDraftSession();
  return useMemo(() => {
    const issues = coherenceChecks(draft);
    return { issues, finalAllowed: canBeFinal(issues) };
  }, [draft]);
}
