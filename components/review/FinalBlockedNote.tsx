'use client';

import { useTranslations } from 'next-intl';
import { WorkspaceLink } from '@/components/workspace/WorkspaceLink';

/**
 * Why the final version is not offered (a blocking coherence check is open),
 * with a link to the checks: an in-page link on the review page, the review
 * elsewhere.
 */
export function FinalBlockedNote({ onReviewPage = false }: { onReviewPage?: boolean }) {
  const t = useTranslations('review');
  return (
    <>
      {t('finalBlocked')}{' '}
      {onReviewPage ? (
        <a href="#checks">{t('seeChecks')}</a>
      ) : (
        <WorkspaceLink step={{ view: 'review' }}>{t('seeChecks')}</WorkspaceLink>
      )}
    </>
  );
}
