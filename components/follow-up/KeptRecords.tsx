'use client';

import { useTranslations } from 'next-intl';
import { useDraftValue } from '@/components/workspace/DraftSession';
import { followUpReferencesTo } from '@/lib/links';

/**
 * Said with the undo notice when a step 7 indicator or a step 6 action with follow-up records was removed: the
 * records are kept and listed on the follow-up page (OrphansSection, lib/links.ts). Nothing without records.
 */
export function KeptRecords({ removed, kind }: { removed: { item: unknown } | null; kind: 'indicator' | 'action' }) {
  const t = useTranslations('followUp.kept');
  const followUp = useDraftValue((draft) => draft.followUp);
  const item = removed?.item;
  const uid = item && typeof item === 'object' && 'uid' in item && typeof item.uid === 'string' ? item.uid : null;
  if (!uid) return null;
  if (kind === 'action') {
    const count = followUp.actions.find((entry) => entry.action === uid)?.history.length ?? 0;
    return count > 0 ? <span>{t('action', { count })}</span> : null;
  }
  const references = followUpReferencesTo(followUp, uid);
  const count = references.measurements + references.findings;
  return count > 0 ? <span>{t('indicator', { count })}</span> : null;
}
