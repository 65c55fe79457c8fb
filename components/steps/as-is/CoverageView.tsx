'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { levelLabels } from '@/content/reference/levels';
import { leverLabels } from '@/content/reference/levers';
import { coverage, gapsByLever, uncounted } from '@/lib/coverage';
import { LANGUAGE_TAGS } from '@/lib/format';
import { LEVELS, LEVERS } from '@/lib/steps/shared';
import styles from '../AsIsStep.module.css';
import type { AsIsForm } from './types';
import { TableRegion } from '@/components/ui/TableRegion';

/** Initiatives per lever × level, with the gaps named in words. */
export function CoverageView({ control }: { control: AsIsForm['control'] }) {
  const t = useTranslations('steps.asIs');
  const locale = useLocale();
  const watched = useWatch({ control, name: 'initiatives' });
  const items = Array.isArray(watched) ? watched : [];
  const counts = coverage(items);
  const gaps = gapsByLever(items);
  const list = new Intl.ListFormat(LANGUAGE_TAGS[locale], { type: 'conjunction' });
  const notCounted = uncounted(items);
  const nothingClassified = items.length === notCounted;

  return (
    <section className="section" aria-labelledby="coverage-heading">
      <h2 className="heading-l" id="coverage-heading">
        {t('coverageHeading')}
      </h2>
      <p>{t('coverageIntro')}</p>
      <TableRegion caption={t('coverageCaption')} captionClassName={`heading-s ${styles.caption}`}>
        <thead>
          <tr>
            <th scope="col">{t('coverageLever')}</th>
            {LEVELS.map((level) => (
              <th scope="col" key={level} className={styles.count}>
                {levelLabels[locale][level].label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {LEVERS.map((lever) => (
            <tr key={lever}>
              <th scope="row">{leverLabels[locale][lever].label}</th>
              {LEVELS.map((level) => (
                <td key={level} className={counts[lever][level] === 0 ? `${styles.count} ${styles.gap}` : styles.count}>
                  {counts[lever][level]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </TableRegion>
      {notCounted > 0 ? <p className="hint">{t('uncounted', { count: notCounted })}</p> : null}
      {nothingClassified ? (
        <p>{t('coverageEmpty')}</p>
      ) : gaps.length === 0 ? (
        <p>{t('noGaps')}</p>
      ) : (
        <>
          <h3 className="heading-s" id="coverage-gaps">
            {t('gapsHeading')}
          </h3>
          <ul className="list--bullet" aria-labelledby="coverage-gaps">
            {gaps.map(({ lever, levels }) => (
              <li key={lever}>
                {t('gap', {
                  lever: leverLabels[locale][lever].label,
                  levels: list.format(levels.map((level) => levelLabels[locale][level].label.toLowerCase())),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
