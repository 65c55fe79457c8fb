'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { ChoiceChecks, ChoiceSelect, LongText, NumberInput, TextInput } from '@/components/ui/form/fields';
import { EntityListSection } from '@/components/ui/form/EntityListSection';
import { excerpt } from '@/lib/format';
import { useDraftActions } from '@/components/workspace/DraftSession';
import { StepFormFrame } from '@/components/workspace/StepFormFrame';
import { StepNotes } from '@/components/workspace/StepNotes';
import { Levers } from './why/Levers';
import { useStepForm } from '@/components/workspace/useStepForm';
import { optionsOf } from '@/components/ui/form/options';
import { driverLabels, organisationTypeLabels, sectorLabels } from '@/content/reference/why';
import { DRIVERS, ORGANISATION_TYPES, SECTORS } from '@/lib/steps/why';

/** A value of the organisation, as the form holds it. */
type ValueEntry = { name?: string; meaning?: string };

/**
 * Step 1 — Why: the reference for every step form. Fields come from the form
 * kit (components/ui/form) and give only their name and texts; ids, errors,
 * "(optional)", limits and the list's maximum come from the step's schema.
 */
export function WhyStep() {
  const t = useTranslations('steps.why');
  const locale = useLocale();
  const { current } = useDraftActions();
  const [defaults] = useState(() => {
    const draft = current();
    const stored = draft.steps.why;
    // The organisation named when the draft was created is a sensible start.
    return { ...stored, profile: { ...stored.profile, name: stored.profile.name || draft.organisation } };
  });
  const { form, onSubmit } = useStepForm('why', defaults);

  return (
    <StepFormFrame stepId="why" form={form} onSubmit={onSubmit}>
      <fieldset className="fieldset fieldset--section">
        <legend className="heading-l">{t('profileHeading')}</legend>
        <TextInput name="profile.name" label={t('name')} autoComplete="organization" />
        <ChoiceSelect
          name="profile.type"
          label={t('type')}
          placeholder={t('typePlaceholder')}
          options={optionsOf(ORGANISATION_TYPES, organisationTypeLabels[locale])}
        />
        <ChoiceSelect
          name="profile.sector"
          label={t('sector')}
          placeholder={t('sectorPlaceholder')}
          options={optionsOf(SECTORS, sectorLabels[locale])}
        />
        <NumberInput name="profile.staffCount" label={t('staffCount')} hint={t('staffCountHint')} />
      </fieldset>

      <fieldset className="fieldset fieldset--section">
        <legend className="heading-l">{t('dnaHeading')}</legend>
        <LongText name="mission" label={t('mission')} hint={t('missionHint')} />
        <LongText name="vision" label={t('vision')} hint={t('visionHint')} />
        <EntityListSection
          name="values"
          heading={t('valuesHeading')}
          hint={t('valuesHint')}
          emptyText={t('noValues')}
          addLabel={t('addValue')}
          legendOf={(index) => t('valueName', { number: index + 1 })}
          titleOf={(entry: ValueEntry | undefined) => entry?.name}
          factsOf={(entry: ValueEntry | undefined) => [excerpt(entry?.meaning)]}
          nameOf={(index) => form.getValues(`values.${index}.name`) || t('valueName', { number: index + 1 })}
          renderEntry={(index) => (
            <>
              <TextInput name={`values.${index}.name`} label={t('valueName', { number: index + 1 })} />
              <LongText name={`values.${index}.meaning`} label={t('valueMeaning', { number: index + 1 })} rows={2} />
            </>
          )}
        />
      </fieldset>

      <fieldset className="fieldset fieldset--section">
        <legend className="heading-l">{t('driversHeading')}</legend>
        <ChoiceChecks
          name="drivers"
          label={t('drivers')}
          hint={t('driversHint')}
          options={optionsOf(DRIVERS, driverLabels[locale])}
        />
        <LongText name="driversOther" label={t('driversOther')} rows={3} />
        <LongText name="whyHere" label={t('whyHere')} hint={t('whyHereHint')} rows={6} />
      </fieldset>

      <Levers />
      <StepNotes />
    </StepFormFrame>
  );
}
