'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ChoiceGroup } from '@/components/ui/Field';
import { useFieldError } from '@/components/wizard/StepFormFrame';
import { fieldId } from '@/components/wizard/useStepForm';
import { demandLabels, resourceLabels } from '@/content/reference/as-is';
import { JOB_DEMANDS, JOB_RESOURCES } from '@/lib/steps/as-is';
import { FreeEntryList } from './FreeEntryList';
import { optionsOf, type AsIsForm } from './types';

/** The main job demands and resources observed (JD-R model), from the list or the user's own words. */
export function JdrFields({ form }: { form: AsIsForm }) {
  const t = useTranslations('steps.asIs');
  const locale = useLocale();
  const errorFor = useFieldError(form);
  return (
    <fieldset className="fieldset fieldset--section">
      <legend className="heading-l">{t('jdrHeading')}</legend>
      <p>{t('jdrIntro')}</p>
      <ChoiceGroup
        id={fieldId('demands')}
        type="checkbox"
        legend={t('demands')}
        hint={t('demandsHint')}
        error={errorFor('demands')}
        options={optionsOf(JOB_DEMANDS, demandLabels[locale])}
        inputProps={form.register('demands')}
      />
      <FreeEntryList
        form={form}
        name="demandsOther"
        heading={t('demandsOtherHeading')}
        entryLabel={(number) => t('demandOther', { number })}
        addLabel={t('addDemand')}
      />
      <ChoiceGroup
        id={fieldId('resources')}
        type="checkbox"
        legend={t('resources')}
        hint={t('resourcesHint')}
        error={errorFor('resources')}
        options={optionsOf(JOB_RESOURCES, resourceLabels[locale])}
        inputProps={form.register('resources')}
      />
      <FreeEntryList
        form={form}
        name="resourcesOther"
        heading={t('resourcesOtherHeading')}
        entryLabel={(number) => t('resourceOther', { number })}
        addLabel={t('addResource')}
      />
    </fieldset>
  );
}
