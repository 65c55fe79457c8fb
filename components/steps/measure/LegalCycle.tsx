'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/Button';
import { legalMomentLabels } from '@/content/reference/measure';
import { formatDate } from '@/lib/format';
import { isInCalendar, type LegalReminder, type ReminderStatus } from '@/lib/pdca';
import type { ReviewMoment } from '@/lib/steps/measure';
import styles from '../MeasureStep.module.css';
import { StepLink } from './StepLink';

/** Each reminder's status and the dated moments' due line (keys in `steps.measure`). */
const STATUS_KEYS = {
  replan: 'legalStatus.replan',
  soon: 'legalStatus.soon',
  later: 'legalStatus.later',
  unknown: 'legalStatus.unknown',
} as const satisfies Record<ReminderStatus, string>;
const DUE_KEYS = {
  'risk-analysis': 'legalDue.risk-analysis',
  'annual-action-plan': 'legalDue.annual-action-plan',
} as const;

/** The legal cycle as reminders with their due dates and status, each addable to the calendar in one click. */
export function LegalCycle({
  reminders,
  reviews,
  onAdd,
  canAdd,
}: {
  reminders: readonly LegalReminder[];
  reviews: readonly Pick<ReviewMoment, 'legal' | 'date'>[];
  onAdd: (reminder: LegalReminder) => void;
  canAdd: boolean;
}) {
  const t = useTranslations('steps.measure');
  const locale = useLocale();
  const date = (iso: string) => formatDate(iso, locale);

  return (
    <section aria-labelledby="legal-cycle-heading">
      <h3 className="heading-m" id="legal-cycle-heading">
        {t('legalHeading')}
      </h3>
      <p>{t('legalIntro')}</p>
      <ul className={styles.reminders} aria-labelledby="legal-cycle-heading">
        {reminders.map((reminder) => {
          const labels = legalMomentLabels[locale][reminder.moment];
          const headingId = `legal-${reminder.moment}`;
          return (
            <li key={reminder.moment} className={styles.reminder} aria-labelledby={headingId}>
              <h4 className="heading-s" id={headingId}>
                {labels.label}{' '}
                <span className={`tag ${styles[`status-${reminder.status}`] ?? ''}`}>
                  {t(STATUS_KEYS[reminder.status])}
                </span>
              </h4>
              <p>{labels.hint}</p>
              {reminder.moment === 'risk-analysis' ? (
                <p>
                  {reminder.last ? (
                    t('lastRiskAnalysis', { date: date(reminder.last) })
                  ) : (
                    <>
                      {t('lastRiskAnalysisUnknown')} <StepLink step="as-is" />
                    </>
                  )}
                </p>
              ) : null}
              {reminder.moment === 'prevention-plan' ? <p>{t('preventionPlanNote')}</p> : null}
              {reminder.moment === 'psychosocial-evaluation' ? <p>{t('evaluationNote')}</p> : null}
              {reminder.due != null &&
              (reminder.moment === 'risk-analysis' || reminder.moment === 'annual-action-plan') ? (
                <p>
                  <strong>
                    {reminder.status === 'replan'
                      ? t('legalReplan', { date: date(reminder.due) })
                      : t(DUE_KEYS[reminder.moment], { date: date(reminder.due) })}
                  </strong>
                </p>
              ) : null}
              {isInCalendar(reminder, reviews) ? (
                <p className={styles.inCalendar}>{t('inCalendar')}</p>
              ) : (
                <Button
                  variant="secondary"
                  className="button--small"
                  onClick={() => onAdd(reminder)}
                  disabled={!canAdd}
                >
                  {t('addLegal')}
                  <span className="visually-hidden">: {labels.label}</span>
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
