'use client';

import { useLocale, useTranslations } from 'next-intl';
import { isolate } from '@/lib/bidi';
import { formatDate, formatNumber } from '@/lib/format';
import { seriesChart } from '@/lib/followUp/chartLayout';
import type { IndicatorSeries } from '@/lib/followUp/series';
import styles from './followUp.module.css';

const WIDTH = 640;
const HEIGHT = 240;

/**
 * The organisation's values of an indicator over time, with the baseline, target and benchmark as lines
 * (lib/followUp/chartLayout.ts). A picture for sighted users: the table beside it holds the same values.
 */
export function TrendChart({ series, name }: { series: IndicatorSeries; name: string }) {
  const t = useTranslations('followUp.chart');
  const locale = useLocale() === 'fr' ? 'fr' : 'nl';
  const layout = seriesChart(series, { width: WIDTH, height: HEIGHT });
  if (layout.points.length === 0) return null;
  const { plot } = layout;
  return (
    <figure className={styles.chart}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('label', { name: isolate(name) })}
        className={styles.svg}
      >
        {layout.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} className={styles.grid} />
            <text x={plot.left - 6} y={tick.y + 4} textAnchor="end" className={styles.tick}>
              {formatNumber(tick.value, locale)}
            </text>
          </g>
        ))}
        {layout.xTicks.map((tick) => (
          <text key={tick.date} x={tick.x} y={plot.bottom + 20} textAnchor="middle" className={styles.tick}>
            {formatDate(tick.date, locale)}
          </text>
        ))}
        {layout.references.map((reference) => (
          <g key={reference.kind}>
            <line
              x1={plot.left}
              x2={plot.right}
              y1={reference.y}
              y2={reference.y}
              className={styles[`line-${reference.kind}`]}
            />
            <text x={plot.right} y={reference.y - 4} textAnchor="end" className={styles.referenceLabel}>
              {t(reference.kind)}
            </text>
          </g>
        ))}
        <path d={layout.path} className={styles.series} />
        {layout.points.map((point) => (
          <circle key={`${point.date}-${point.value}`} cx={point.x} cy={point.y} r={4} className={styles.point} />
        ))}
      </svg>
      <figcaption className="hint">{t('caption')}</figcaption>
    </figure>
  );
}
