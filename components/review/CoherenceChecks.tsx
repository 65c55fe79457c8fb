'use client';

import { useTranslations } from 'next-intl';
import { WorkspaceLink } from '@/components/workspace/WorkspaceLink';
import type { CoherenceIssue, CoherenceSeverity } from '@/lib/coherence';
import { useIssueText } from './useReviewData';
import styles from './review.module.css';

const SEVERITIES: readonly CoherenceSeverity[] = ['blocking', 'warning'];

/** The golden-thread checks (lib/coherence.ts), each linking to the step and field where it is fixed. */
export function CoherenceChecks({ issues }: { issues: CoherenceIssue[] }) {
  const t = useTranslations('review');
  const words = useIssueText();
  const count = (severity: CoherenceSeverity) => issues.filter((issue) => issue.severity === severity).length;
  return (
    <section aria-labelledby="checks-heading" id="checks" tabIndex={-1} className={styles.checks}>
      <h2 className="heading-l" id="checks-heading">
        {t('checksHeading')}
      </h2>
      {issues.length === 0 ? (
        <p className="notice notice--success">{t('noChecks')}</p>
      ) : (
        SEVERITIES.filter((severity) => count(severity) > 0).map((severity) => (
          <div
            key={severity}
            className={`notice ${severity === 'blocking' ? 'notice--error' : 'notice--warning'} ${styles.checkGroup}`}
          >
            <h3 className="heading-m">{t(severity === 'blocking' ? 'blockingHeading' : 'warningHeading')}</h3>
            <p>{t(severity === 'blocking' ? 'blockingCount' : 'warningCount', { count: count(severity) })}</p>
            <ul className={styles.checkList}>
              {issues
                .filter((issue) => issue.severity === severity)
                .map((issue, index) => {
                  const { text, where } = words(issue);
                  const target = { step: issue.step, field: issue.field, from: 'review' as const };
                  return (
                    <li key={`${issue.code}-${issue.uid ?? ''}-${index}`}>
                      <WorkspaceLink step={target}>{text}</WorkspaceLink>
                      <span className={styles.where}>{where}</span>
                    </li>
                  );
                })}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
