'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { ChoiceGroup, TextField } from '@/components/ui/Field';
import { EntityControls } from '@/components/ui/EntityList';
import { useFieldError } from '@/components/workspace/StepFormFrame';
import { fieldId } from '@/components/workspace/useStepForm';
import { legalMomentLabels, pdcaPhaseLabels } from '@/content/reference/measure';
import { emptyToNull } from '@/lib/steps/fields';
import { PDCA_PHASES } from '@/lib/steps/measure';
import styles from '../MeasureStep.module.css';
import type { EntryProps } from './entry';
import { ShortField } from './ShortField';

/** One review moment: when, which PDCA phase, what and with whom. */
export function ReviewEntry({ form, index, count, onMoveUp, onMoveDown, onRemove }: EntryProps) {
  const t = useTranslations('steps.measure');
  const optional = useTranslations('common')('optional');
  const locale = useLocale();
  const errorFor = useFieldError(form);
  const { register, control } = form;
  const path = `reviews.${index}` as const;
  const [title, legal] = useWatch({ control, name: [`${path}.title`, `${path}.legal`] });
  const label = title?.trim() || t('reviewNumber', { number: index + 1 });
  const headingId = `review-${index}-heading`;
  const phases = pdcaPhaseLabels[locale];

  return (
    <li className="entry" aria-labelledby={headingId}>
      <h4 className="heading-s" id={headingId}>
        {label}
      </h4>
      {legal ? <p className="caption">{t('legalReview', { name: legalMomentLabels[locale][legal].label })}</p> : null}
      <TextField
        id={fieldId(`${path}.date`)}
        type="date"
        label={t('reviewDate')}
        error={errorFor(`${path}.date`)}
        className={styles.dateInput}
        {...register(`${path}.date`, { setValueAs: emptyToNull })}
      />
      <ChoiceGroup
        id={fieldId(`${path}.phase`)}
        type="radio"
        inline
        legend={t('reviewPhase')}
        legendClassName="legend legend--s"
        optionalText={optional}
        hint={PDCA_PHASES.map((phase) => `${phases[phase].label}: ${phases[phase].hint ?? ''}`).join(' ')}
        error={errorFor(`${path}.phase`)}
        options={PDCA_PHASES.map((phase) => ({ value: phase, label: phases[phase].label }))}
        inputProps={register(`${path}.phase`)}
      />
      <ShortField form={form} name={`${path}.title`} label={t('reviewTitle')} />
      <ShortField
        form={form}
        name={`${path}.participants`}
        label={t('reviewParticipants')}
        hint={t('reviewParticipantsHint')}
        optional
      />
      <EntityControls
        index={index}
        count={count}
        name={label}
        onMoveUp={onMoveUp}
        onMoveDown={onMoveDown}
        onRemove={() => onRemove(label)}
      />
    </li>
  );
}
