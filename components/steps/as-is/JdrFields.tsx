'use client';

import { useLocale, useTranslations, type Locale } from 'next-intl';
import { Fragment } from 'react';
import { ChoiceGroup } from '@/components/ui/Field';
import { useFieldError } from '@/components/workspace/StepFormFrame';
import { fieldId } from '@/components/workspace/useStepForm';
import { demandLabels, resourceLabels } from '@/content/reference/as-is';
import { JOB_DEMANDS, JOB_RESOURCES } from '@/lib/steps/as-is';
import { FreeEntryList } from './FreeEntryList';
import { optionsOf, type AsIsForm } from './types';

const JDR_LISTS = [
  {
    name: 'demands',
    options: (locale: Locale) => optionsOf(JOB_DEMANDS, demandLabels[locale]),
    other: { entry: 'demandOther', add: 'addDemand' },
  },
  {
    name: 'resources',
    options: (locale: Locale) => optionsOf(JOB_RESOURCES, resourceLabels[locale]),
    other: { entry: 'resourceOther', add: 'addResource' },
  },
] as const;

/** The main job demands and resources observed (JD-R model), from the list or the user's own words. */
export function JdrFields({ form }: { form: AsIsForm }) {
  const t = useTranslations('steps.asIs');
  const locale = useLocale();
  const errorFor = useFieldError(form);
  return (
    <fieldset className="fieldset fieldset--section">
      <legend className="heading-l">{t('jdrHeading')}</legend>
      <p>{t('jdrIntro')}</p>
      {JDR_LISTS.map(({ name, options, other }) => (
        <Fragment key={name}>
          <ChoiceGroup
            id={fieldId(name)}
            type="checkbox"
            legend={t(name)}
            hint={t(`${name}Hint`)}
            error={errorFor(name)}
            options={options(locale)}
            inputProps={form.register(name)}
          />
          <FreeEntryList
            form={form}
            name={`${name}Other`}
            heading={t(`${name}OtherHeading`)}
            entryLabel={(number) => t(other.entry, { number })}
            addLabel={t(other.add)}
          />
        </Fragment>
      ))}
    </fieldset>
  );
}
