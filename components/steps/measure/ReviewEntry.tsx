'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { EntityControls } from '@/components/ui/EntityList';
import { FoldingEntry } from '@/components/ui/form/FoldingEntry';
import { formatDate } from '@/lib/format';
import { ChoiceRadios, DateInput, TextInput } from '@/components/ui/form/fields';
import { legalMomentLabels, pdcaPhaseLabels } from '@/content/reference/measure';
import { PDCA_PHASES } from '@/lib/steps/measure';
import styles from '../MeasureStep.module.css';
import type { EntryProps } from './entry';

/** One review moment: when, which PDCA phase, what and with whom. */
export function ReviewEntry({ form, index, count, onMoveUp, onMoveDown, onRemove, open, onToggle }: EntryProps) {
  const t = useTranslations('steps.measure');
  const locale = useLocale();
  const { control } = form;
  const path = `reviews.${index}` as const;
  const [title, legal, date, phase] = useWatch({
    control,
    name: [`${path}.title`, `${path}.legal`, `${path}.date`, `${path}.phase`],
  });
  const legend = t('reviewNumber', { number: index + 1 });
  const label = title?.trim() || legend;
  const phases = pdcaPhaseLabels[locale];

  return (
    <FoldingEntry
      name={path}
      legend={legend}
      title={title}
      facts={[
        date ? formatDate(date, locale) : null,
        phase ? phases[phase].label : null,
        legal ? legalMomentLabels[locale][legal].label : null,
      ]}
      open={open}
      onToggle={onToggle}
      headingLevel={4}
      controls={
        <EntityControls
          index={index}
          count={count}
          name={label}
          onMoveUp={onMoveUp}
          onMoveDown={onMoveDown}
          onRemove={() => onRemove(label)}
        />
      }
    >
      {legal ? <p className="caption">{t('legalReview', { name: legalMomentLabels[locale][legal].label })}</p> : null}
      <DateInput name={`${path}.date`} label={t('reviewDate')} className={styles.dateInput} />
      <ChoiceRadios
        name={`${path}.phase`}
        inline
        label={t('reviewPhase')}
        legendClassName="legend legend--s"
        hint={PDCA_PHASES.map((phase) => `${phases[phase].label}: ${phases[phase].hint ?? ''}`).join(' ')}
        options={PDCA_PHASES.map((phase) => ({ value: phase, label: phases[phase].label }))}
      />
      <TextInput name={`${path}.title`} label={t('reviewTitle')} />
      <TextInput name={`${path}.participants`} label={t('reviewParticipants')} hint={t('reviewParticipantsHint')} />
    </FoldingEntry>
  );
}
