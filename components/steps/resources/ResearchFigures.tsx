'use client';

import { useLocale, useTranslations } from 'next-intl';
import { researchFigures, type ResearchFigure, type ResearchUnit } from '@/content/reference/resources';
import { formatMoney, formatNumber, formatPercent } from '@/lib/format';
import styles from '../ResourcesStep.module.css';
import { TableRegion } from '@/components/ui/TableRegion';

/** How a research figure is written, per unit (keys in `steps.resources.roi.research`). */
const UNIT_KEYS = {
  percent: 'unit.percent',
  money: 'unit.money',
  days: 'unit.days',
  perEuro: 'unit.perEuro',
  fte: 'unit.fte',
  people: 'unit.people',
} as const satisfies Record<ResearchUnit, string>;

/** "25 % to 50 %", "about 200 days", "€ 1.465": a research range in the page's language. */
export function useResearchRange(): (figure: ResearchFigure) => string {
  const t = useTranslations('steps.resources.roi.research');
  const locale = useLocale();
  return (figure) => {
    if (!figure.range) return figure.finding?.[locale] ?? '';
    const { low, high, unit, approximate } = figure.range;
    const format = (value: number) =>
      unit === 'percent'
        ? formatPercent(value, locale)
        : unit === 'money'
          ? formatMoney(value, locale)
          : formatNumber(value, locale);
    const value = t(UNIT_KEYS[unit], {
      value: low === high ? format(low) : t('range', { low: format(low), high: format(high) }),
    });
    return approximate ? t('approximate', { value }) : value;
  };
}

/** Research and statistics as labelled ranges with their source: for comparison, never a promise. */
export function ResearchFigures() {
  const t = useTranslations('steps.resources.roi.research');
  const locale = useLocale();
  const range = useResearchRange();
  return (
    <section aria-labelledby="research-heading">
      <h3 className="heading-m" id="research-heading">
        {t('heading')}
      </h3>
      <p>{t('intro')}</p>
      <details className="details">
        <summary className="details__summary">{t('show', { count: researchFigures.length })}</summary>
        <TableRegion caption={t('caption')} captionClassName={styles.caption} className="details__text">
          <thead>
            <tr>
              <th scope="col">{t('what')}</th>
              <th scope="col">{t('figure')}</th>
              <th scope="col">{t('source')}</th>
            </tr>
          </thead>
          <tbody>
            {researchFigures.map((figure) => (
              <tr key={figure.id}>
                <th scope="row">{figure.label[locale]}</th>
                <td>{range(figure)}</td>
                <td>{figure.source[locale]}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      </details>
    </section>
  );
}
