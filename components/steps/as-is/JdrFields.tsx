'use client';

import { useLocale, useTranslations, type Locale } from 'next-intl';
import { Fragment } from 'react';
import { ChoiceChecks } from '@/components/ui/form/fields';
import { optionsOf } from '@/components/ui/form/options';
import { demandLabels, resourceLabels } from '@/content/reference/as-is';
import { JOB_DEMANDS, JOB_RESOURCES } from '@/lib/steps/as-is';
import { FreeEntryList } from './FreeEntryList';
import type { AsIsForm } from './types';

const JDR_LISTS = [
  {
    name: 'demands',
    hint: 'demandsHint',
    options: (locale: Locale) => optionsOf(JOB_DEMANDS, demandLabels[locale]),
    other: { entry: 'demandOther', add: 'addDemand' },
  },
  {
    name: 'resources',
    hint: 'resourcesHint',
    options: (locale: Locale) => optionsOf(JOB_RESOURCES, resourceLabels[locale]),
    other: { entry: 'resourceOther', add: 'addResource' },
  },
] as const;

/** The main job demands and resources observed (JD-R model), from the list or the user's own words. */
export function JdrFields({ form }: { form: AsIsForm }) {
  const t = useTranslations('steps.asIs');
  const locale = useLocale();
  return (
    <fieldset className="fieldset fieldset--section">
      <legend className="heading-l">{t('jdrHeading')}</legend>
      <p>{t('jdrIntro')}</p>
      {JDR_LISTS.map(({ name, hint, options, other }) => (
        <Fragment key={name}>
          {/* Demands or resources, from the list or in own words: one of them is needed, neither alone. */}
          <ChoiceChecks name={name} label={t(name)} hint={t(hint)} options={options(locale)} optional={false} />
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
