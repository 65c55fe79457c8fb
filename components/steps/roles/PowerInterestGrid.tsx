'use client';

import { useLocale, useTranslations } from 'next-intl';
import { engagementLabels, gridLevelLabels } from '@/content/reference/roles';
import { engagementOf, placeOnGrid } from '@/lib/stakeholders';
import type { Engagement, GridLevel } from '@/lib/steps/roles';
import styles from '../RolesStep.module.css';
import { TableRegion } from '@/components/ui/TableRegion';

interface GridStakeholder {
  uid: string;
  name: string;
  /** Shorter, where it stays unambiguous (lib/stakeholders.ts gridNames); the table keeps `name`. */
  gridName?: string;
  influence?: GridLevel | null | undefined;
  interest?: GridLevel | null | undefined;
}

/** Quadrants in reading order of the picture: high influence on top, high interest on the right. */
const LAYOUT: readonly { engagement: Engagement; influence: GridLevel; interest: GridLevel }[] = [
  { engagement: 'keep-satisfied', influence: 'high', interest: 'low' },
  { engagement: 'manage-closely', influence: 'high', interest: 'high' },
  { engagement: 'monitor', influence: 'low', interest: 'low' },
  { engagement: 'keep-informed', influence: 'low', interest: 'high' },
];

/**
 * The power–interest grid, drawn from the stakeholders' answers. It is made
 * of text (quadrant headings, advice, names), so screen readers read it as it
 * is; the same information is also offered as a table.
 */
export function PowerInterestGrid({ stakeholders }: { stakeholders: readonly GridStakeholder[] }) {
  const t = useTranslations('steps.roles');
  const locale = useLocale();
  const levels = gridLevelLabels[locale];
  const engagements = engagementLabels[locale];
  const { quadrants, unplaced } = placeOnGrid(stakeholders);
  const notAnswered = t('notAnswered');

  return (
    <div className={styles.gridSection}>
      <h3 className="heading-m" id="power-interest-heading">
        {t('gridHeading')}
      </h3>
      <p className="hint">{t('gridIntro')}</p>
      <div className={styles.grid}>
        <span className={`${styles.axis} ${styles.axisHigh}`} aria-hidden="true">
          {t('gridInfluence', { level: levels.high.label })}
        </span>
        <span className={`${styles.axis} ${styles.axisLow}`} aria-hidden="true">
          {t('gridInfluence', { level: levels.low.label })}
        </span>
        {LAYOUT.map(({ engagement }) => (
          <div
            key={engagement}
            role="group"
            aria-labelledby={`quadrant-${engagement}`}
            className={`${styles.quadrant} ${styles[engagement]}`}
          >
            <h4 className="heading-s" id={`quadrant-${engagement}`}>
              {engagements[engagement].label}
            </h4>
            <p className={styles.advice}>{engagements[engagement].hint}</p>
            {quadrants[engagement].length ? (
              <ul className={styles.names}>
                {quadrants[engagement].map((stakeholder) => (
                  <li key={stakeholder.uid}>{stakeholder.gridName ?? stakeholder.name}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('gridNobody')}</p>
            )}
          </div>
        ))}
        <span className={`${styles.axis} ${styles.axisLeft}`} aria-hidden="true">
          {t('gridInterest', { level: levels.low.label })}
        </span>
        <span className={`${styles.axis} ${styles.axisRight}`} aria-hidden="true">
          {t('gridInterest', { level: levels.high.label })}
        </span>
      </div>
      {unplaced.length ? (
        <p>{t('gridUnplaced', { names: unplaced.map((stakeholder) => stakeholder.name).join(', ') })}</p>
      ) : null}
      {stakeholders.length ? (
        <details className="details">
          <summary className="details__summary">{t('gridTableSummary')}</summary>
          <TableRegion caption={t('gridTableCaption')} captionClassName={styles.caption} className="details__text">
            <thead>
              <tr>
                <th scope="col">{t('gridTableStakeholder')}</th>
                <th scope="col">{t('influence')}</th>
                <th scope="col">{t('interest')}</th>
                <th scope="col">{t('gridTableEngagement')}</th>
              </tr>
            </thead>
            <tbody>
              {stakeholders.map((stakeholder) => {
                const engagement = engagementOf(stakeholder.influence, stakeholder.interest);
                return (
                  <tr key={stakeholder.uid}>
                    <th scope="row">{stakeholder.name}</th>
                    <td>{stakeholder.influence ? levels[stakeholder.influence].label : notAnswered}</td>
                    <td>{stakeholder.interest ? levels[stakeholder.interest].label : notAnswered}</td>
                    <td>{engagement ? engagements[engagement].label : notAnswered}</td>
                  </tr>
                );
              })}
            </tbody>
          </TableRegion>
        </details>
      ) : null}
    </div>
  );
}
