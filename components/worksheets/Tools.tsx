import { quadrantLabels } from '@/content/reference/as-is';
import { leverLabels } from '@/content/reference/levers';
import { pdcaPhaseLabels } from '@/content/reference/measure';
import { engagementLabels, gridLevelLabels, raciLabels } from '@/content/reference/roles';
import { relevanceLabels } from '@/content/reference/why';
import type { WorksheetTool } from '@/content/worksheets';
import { HIGH_FROM, quadrantOf, SCORES } from '@/lib/matrix';
import { engagementOf } from '@/lib/stakeholders';
import { PDCA_PHASES } from '@/lib/steps/measure';
import { GRID_LEVELS, RACI_ROLES } from '@/lib/steps/roles';
import { LEVERS } from '@/lib/steps/shared';
import { RELEVANCE } from '@/lib/steps/why';
import { BlankRows, Legend } from './parts';
import type { SheetProps } from './types';
import styles from './worksheets.module.css';

/** A step's tool drawn empty, to fill in with a pen. */
export function Tool({ tool, ...props }: SheetProps & { tool: WorksheetTool }) {
  switch (tool) {
    case 'levers':
      return <Levers {...props} />;
    case 'effort-impact':
      return <EffortImpact {...props} />;
    case 'power-interest':
      return <PowerInterest {...props} />;
    case 'raci':
      return <Raci {...props} />;
    case 'mirror':
      return <Mirror {...props} />;
    case 'calendar':
      return <Calendar {...props} />;
  }
}

const Box = () => <span className={styles.box} aria-hidden="true" />;

function Levers({ t, locale }: SheetProps) {
  return (
    <>
      <table className={styles.table}>
        <caption>{t('steps.why.leversHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('worksheets.lever')}</th>
            {RELEVANCE.map((code) => (
              <th scope="col" key={code} className={styles.narrow}>
                {relevanceLabels[locale][code].label}
              </th>
            ))}
            <th scope="col">{t('worksheets.note')}</th>
          </tr>
        </thead>
        <tbody>
          {LEVERS.map((lever) => (
            <tr key={lever}>
              <th scope="row">{leverLabels[locale][lever].label}</th>
              {RELEVANCE.map((code) => (
                <td key={code} className={styles.centre}>
                  <Box />
                </td>
              ))}
              <td className={styles.wide} />
            </tr>
          ))}
        </tbody>
      </table>
      <Legend>{`${t('steps.why.leversIntro')} ${t('worksheets.tick')}`}</Legend>
    </>
  );
}

function EffortImpact({ t, locale }: SheetProps) {
  const impacts = [...SCORES].reverse();
  return (
    <>
      <table className={`${styles.table} ${styles.matrix}`}>
        <caption>{t('steps.asIs.matrixHeading')}</caption>
        <thead>
          <tr>
            <td className={styles.axis}>{`${t('steps.asIs.impactAxis')} / ${t('steps.asIs.effortAxis')}`}</td>
            {SCORES.map((effort) => (
              <th scope="col" key={effort} className={effort === HIGH_FROM ? styles.split : undefined}>
                {effort}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {impacts.map((impact) => (
            <tr key={impact} className={impact === HIGH_FROM - 1 ? styles.splitRow : undefined}>
              <th scope="row">{impact}</th>
              {SCORES.map((effort) => {
                // The quadrant's name in its outer corner cell.
                const corner = (effort === 1 || effort === 5) && (impact === 1 || impact === 5);
                return (
                  <td key={effort} className={effort === HIGH_FROM ? styles.split : undefined}>
                    {corner ? (
                      <span className={styles.corner}>{quadrantLabels[locale][quadrantOf(effort, impact)].label}</span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <Legend>{t('worksheets.matrixLegend')}</Legend>
    </>
  );
}

function PowerInterest({ t, locale }: SheetProps) {
  const levels = gridLevelLabels[locale];
  return (
    <>
      <table className={`${styles.table} ${styles.grid2}`}>
        <caption>{t('steps.roles.gridHeading')}</caption>
        <thead>
          <tr>
            <td />
            {GRID_LEVELS.map((interest) => (
              <th scope="col" key={interest}>
                {t('steps.roles.gridInterest', { level: levels[interest].label })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...GRID_LEVELS].reverse().map((influence) => (
            <tr key={influence}>
              <th scope="row">{t('steps.roles.gridInfluence', { level: levels[influence].label })}</th>
              {GRID_LEVELS.map((interest) => {
                const engagement = engagementOf(influence, interest);
                return (
                  <td key={interest}>
                    {engagement ? (
                      <span className={styles.corner}>{engagementLabels[locale][engagement].label}</span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <Legend>{t('worksheets.gridLegend')}</Legend>
    </>
  );
}

const RACI_COLUMNS = 5;
const RACI_ROWS = 5;

function Raci({ t, locale }: SheetProps) {
  const columns = Array.from({ length: RACI_COLUMNS }, (_, index) =>
    t('steps.roles.stakeholderNumber', { number: index + 1 }),
  );
  return (
    <>
      <table className={styles.table}>
        <caption>{t('steps.roles.raciHeading')}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.wide}>
              {t('steps.roles.raciTask')}
            </th>
            {columns.map((label) => (
              <th scope="col" key={label} className={styles.narrow}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <BlankRows columns={RACI_COLUMNS + 1} rows={RACI_ROWS} />
      </table>
      <Legend>
        {t('worksheets.raciLegend', { roles: RACI_ROLES.map((role) => raciLabels[locale][role].label).join(', ') })}
      </Legend>
    </>
  );
}

function Mirror({ t, locale }: SheetProps) {
  return (
    <>
      <table className={styles.table}>
        <caption>{t('steps.toBe.mirrorHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('worksheets.lever')}</th>
            <th scope="col">{t('steps.toBe.today')}</th>
            <th scope="col">{t('steps.toBe.tomorrow')}</th>
          </tr>
        </thead>
        <tbody>
          {LEVERS.map((lever) => (
            <tr key={lever} className={styles.tall}>
              <th scope="row">{leverLabels[locale][lever].label}</th>
              <td className={styles.half} />
              <td className={styles.half} />
            </tr>
          ))}
        </tbody>
      </table>
      <Legend>{t('worksheets.mirrorLegend')}</Legend>
    </>
  );
}

const REVIEW_ROWS = 6;

function Calendar({ t, locale }: SheetProps) {
  const columns = ['reviewDate', 'reviewPhase', 'reviewTitle', 'reviewParticipants'] as const;
  return (
    <>
      <table className={styles.table}>
        <caption>{t('steps.measure.calendarHeading')}</caption>
        <thead>
          <tr>
            {columns.map((key) => (
              <th scope="col" key={key}>
                {t(`steps.measure.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <BlankRows columns={columns.length} rows={REVIEW_ROWS} />
      </table>
      <Legend>
        {t('worksheets.phasesLegend', {
          phases: PDCA_PHASES.map((phase) => pdcaPhaseLabels[locale][phase].label).join(', '),
        })}
      </Legend>
      <Legend>{t('worksheets.legal')}</Legend>
    </>
  );
}
