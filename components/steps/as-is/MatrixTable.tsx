'use client';

import { useLocale, useTranslations } from 'next-intl';
import { quadrantLabels } from '@/content/reference/as-is';
import styles from '../AsIsStep.module.css';
import { isScore, positionOf, quadrantOf } from '@/lib/matrix';
import { TableRegion } from '@/components/ui/TableRegion';

/** The matrix as a table, behind a disclosure: the same information for screen readers and for print. */
export function MatrixTable({
  items,
  titleOf,
}: {
  items: readonly { uid: string; title?: string | undefined; effort?: unknown; impact?: unknown }[];
  titleOf: (item: { title?: string | undefined }, number: number) => string;
}) {
  const t = useTranslations('steps.asIs');
  const locale = useLocale();
  if (items.length === 0) return null;
  return (
    <details className="details">
      <summary className="details__summary">{t('tableSummary')}</summary>
      <TableRegion
        caption={t('tableCaption')}
        captionClassName={`heading-s ${styles.caption}`}
        className="details__text"
      >
        <thead>
          <tr>
            <th scope="col">{t('columnNumber')}</th>
            <th scope="col">{t('columnInitiative')}</th>
            <th scope="col">{t('columnEffort')}</th>
            <th scope="col">{t('columnImpact')}</th>
            <th scope="col">{t('columnQuadrant')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => {
            const position = positionOf(item);
            return (
              <tr key={item.uid}>
                <td>{index + 1}</td>
                <th scope="row">{titleOf(item, index + 1)}</th>
                <td>{isScore(item.effort) ? item.effort : '–'}</td>
                <td>{isScore(item.impact) ? item.impact : '–'}</td>
                <td>
                  {position
                    ? quadrantLabels[locale][quadrantOf(position.effort, position.impact)].label
                    : t('notScored')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </TableRegion>
    </details>
  );
}
