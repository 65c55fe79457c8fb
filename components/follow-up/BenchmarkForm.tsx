'use client';

import { useTranslations } from 'next-intl';
import { ChoiceSelect, NumberInput, TextInput, type Option } from '@/components/ui/form/fields';
import { useSession } from '@/components/workspace/DraftSession';
import { benchmarkForm, type BenchmarkFormValues } from '@/lib/followUp/forms';
import { setBenchmark } from '@/lib/followUp/operations';
import { benchmarkSchema } from '@/lib/followUp/schema';
import { newUid } from '@/lib/steps/fields';
import { RecordFormBox } from './RecordForm';
import { useRecordForm } from './useRecordForm';

const empty = (): BenchmarkFormValues => ({ benchmark: benchmarkSchema.parse({ uid: newUid() }) });

/** The benchmark of an indicator (the average of the wider organisation): one per indicator, replaced when set again. */
export function BenchmarkForm({ indicators }: { indicators: readonly Option[] }) {
  const t = useTranslations('followUp.benchmarkForm');
  const session = useSession();
  const recorder = useRecordForm(benchmarkForm, empty, (values) => {
    const { indicator, value, label } = benchmarkSchema.parse(values.benchmark);
    if (indicator) session.edit((draft) => setBenchmark(draft, indicator, { value, label }, newUid()));
  });
  return (
    <RecordFormBox
      id="benchmark-form-heading"
      heading={t('heading')}
      intro={t('intro')}
      recorder={recorder}
      definition={benchmarkForm}
      submit={t('submit')}
      done={t('saved')}
    >
      <ChoiceSelect
        name="benchmark.indicator"
        label={t('indicator')}
        placeholder={t('indicatorPlaceholder')}
        options={indicators}
      />
      <NumberInput name="benchmark.value" label={t('value')} />
      <TextInput name="benchmark.label" label={t('label')} hint={t('labelHint')} />
    </RecordFormBox>
  );
}
