'use client';

import { useTranslations } from 'next-intl';
import { useDraftValue } from '@/components/workspace/DraftSession';
import { useDocumentTitle } from '@/components/workspace/useDocumentTitle';
import { WorkspaceLink } from '@/components/workspace/WorkspaceLink';
import { ActionsSection } from './ActionsSection';
import { EvaluationSection } from './EvaluationSection';
import { FindingsSection } from './FindingsSection';
import { IndicatorsSection } from './IndicatorsSection';
import { OrphansSection } from './OrphansSection';

/** After step 7: what was measured, how the actions went, and the yearly evaluation (lib/followUp/). */
export function FollowUpPage() {
  const t = useTranslations('followUp');
  const name = useDraftValue((draft) => draft.name);
  useDocumentTitle(t('title'), name);
  return (
    <>
      <span className="caption">
        <bdi>{name}</bdi>
      </span>
      <h1 className="heading-xl" tabIndex={-1}>
        {t('title')}
      </h1>
      <p>{t('intro')}</p>
      <OrphansSection />
      <IndicatorsSection />
      <FindingsSection />
      <ActionsSection />
      <EvaluationSection />
      <p>
        {t('exportHint')} <WorkspaceLink step={{ view: 'review' }}>{t('toExport')}</WorkspaceLink>
      </p>
      <p>
        <WorkspaceLink step={null}>{t('backToOverview')}</WorkspaceLink>
      </p>
    </>
  );
}
