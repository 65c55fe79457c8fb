'use client';

import { useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import {
  ChoiceRadios,
  ChoiceSelect,
  DateInput,
  LongText,
  NumberInput,
  TextInput,
  type Option,
} from '@/components/ui/form/fields';
import { useSession } from '@/components/workspace/DraftSession';
import { measurementForm, type MeasurementFormValues } from '@/lib/followUp/forms';
import { addMeasurement } from '@/lib/followUp/operations';
import { measurementSchema, MEASUREMENT_LEVELS } from '@/lib/followUp/schema';
import { MIN_GROUP_SIZE } from '@/lib/indicators';
import { newUid } from '@/lib/steps/fields';
import { RecordFormBox } from './RecordForm';
import { useRecordForm } from './useRecordForm';
import { LEVEL_KEYS } from './messageKeys';

const empty = (indicator: string | null = null): MeasurementFormValues => ({
  measurement: { ...measurementSchema.parse({ uid: newUid() }), indicator },
});

/** "Record a measurement": one value of one indicator, for the organisation or a team. */
export function MeasurementForm({ indicators }: { indicators: readonly Option[] }) {
  const t = useTranslations('followUp.measurementForm');
  const tFollowUp = useTranslations('followUp');
  const session = useSession();
  const recorder = useRecordForm(measurementForm, empty, (values) => {
    const measurement = measurementSchema.parse(values.measurement);
    session.edit((draft) => addMeasurement(draft, measurement));
    // The next value is often of the same indicator.
    return empty(measurement.indicator);
  });
  const level = useWatch({ control: recorder.form.control, name: 'measurement.level' });
  return (
    <RecordFormBox
      id="measurement-form-heading"
      heading={t('heading')}
      recorder={recorder}
      definition={measurementForm}
      submit={t('submit')}
      done={t('added')}
    >
      <ChoiceSelect
        name="measurement.indicator"
        label={t('indicator')}
        placeholder={t('indicatorPlaceholder')}
        options={indicators}
      />
      <DateInput name="measurement.date" label={t('date')} hint={t('dateHint')} />
      <NumberInput name="measurement.value" label={t('value')} hint={t('valueHint')} />
      <ChoiceRadios
        name="measurement.level"
        label={t('level')}
        inline
        options={MEASUREMENT_LEVELS.map((code) => ({ value: code, label: tFollowUp(LEVEL_KEYS[code]) }))}
      />
      {level === 'team' ? (
        <>
          <TextInput name="measurement.team" label={t('team')} optional={false} />
          <NumberInput
            name="measurement.headcount"
            label={t('headcount')}
            optional={false}
            hint={t('headcountHint', { min: MIN_GROUP_SIZE })}
          />
        </>
      ) : null}
      <TextInput name="measurement.source" label={t('source')} hint={t('sourceHint')} />
      <LongText name="measurement.comment" label={t('comment')} rows={3} />
    </RecordFormBox>
  );
}
