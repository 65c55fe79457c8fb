'use client';

import { useLocale, useTranslations } from 'next-intl';
import { DateInput, LongText, NumberInput } from '@/components/ui/form/fields';
import { useDraftActions, useDraftValue, useSession } from '@/components/workspace/DraftSession';
import { formatDate } from '@/lib/format';
import { evaluationForm, type EvaluationFormValues } from '@/lib/followUp/forms';
import { latestEvaluation, saveEvaluation } from '@/lib/followUp/operations';
import { EVALUATION_INPUTS, evaluationSchema } from '@/lib/followUp/schema';
import { newUid } from '@/lib/steps/fields';
import { EvaluationReport } from './EvaluationReport';
import { RecordForm } from './RecordForm';
import { useRecordForm } from './useRecordForm';
import { INPUT_KEYS } from './messageKeys';
import styles from './followUp.module.css';

/**
 * The yearly evaluation of the psychosocial prevention measures (Codex art. I.3-6): the inputs the Codex names,
 * as the user summarises them, then conclusions and adjustments. Opens on the latest evaluation; saving one of
 * the same year replaces it.
 */
export function EvaluationSection() {
  const t = useTranslations('followUp.evaluation');
  const tFollowUp = useTranslations('followUp');
  const locale = useLocale() === 'fr' ? 'fr' : 'nl';
  const session = useSession();
  const { current } = useDraftActions();
  const evaluations = useDraftValue((draft) => draft.followUp.evaluations);
  const empty = (): EvaluationFormValues => ({
    evaluation:
      latestEvaluation(current().followUp) ?? evaluationSchema.parse({ uid: newUid(), year: new Date().getFullYear() }),
  });
  const recorder = useRecordForm(evaluationForm, empty, (values) => {
    const evaluation = evaluationSchema.parse(values.evaluation);
    const sameYear = current().followUp.evaluations.find((entry) => entry.year === evaluation.year);
    const stored = { ...evaluation, uid: sameYear?.uid ?? evaluation.uid };
    session.edit((draft) => saveEvaluation(draft, stored));
    return { evaluation: stored };
  });
  // The report's download has its own region after the form's, so each region has one status line.
  return (
    <>
      <section aria-labelledby="evaluation-heading">
        <h2 className="heading-l" id="evaluation-heading">
          {t('heading')}
        </h2>
        <p>{t('intro')}</p>
        {evaluations.length > 0 ? (
          <ul className="list list--bullet">
            {evaluations.map((entry) => (
              <li key={entry.uid}>
                {t('saved', {
                  year: entry.year === null ? '' : String(entry.year),
                  date: entry.date ? formatDate(entry.date, locale) : '—',
                })}
              </li>
            ))}
          </ul>
        ) : null}
        <div className={styles.formBox}>
          <RecordForm recorder={recorder} definition={evaluationForm} submit={t('submit')} done={t('savedNow')}>
            <NumberInput name="evaluation.year" label={t('year')} plain className="input--width-5" />
            <DateInput name="evaluation.date" label={t('date')} hint={t('dateHint')} />
            <h3 className="heading-m">{t('inputsHeading')}</h3>
            {EVALUATION_INPUTS.map((input) => (
              <LongText
                key={input}
                name={`evaluation.${input}`}
                label={tFollowUp(INPUT_KEYS[input].label)}
                hint={tFollowUp(INPUT_KEYS[input].hint)}
                rows={3}
              />
            ))}
            <h3 className="heading-m">{t('outcomeHeading')}</h3>
            <LongText name="evaluation.conclusions" label={t('conclusions')} hint={t('conclusionsHint')} />
            <LongText name="evaluation.adjustments" label={t('adjustments')} hint={t('adjustmentsHint')} />
          </RecordForm>
        </div>
      </section>
      <EvaluationReport />
    </>
  );
}
