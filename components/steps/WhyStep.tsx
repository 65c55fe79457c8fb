'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import {
  ChoiceChecks,
  ChoiceRadios,
  ChoiceSelect,
  LongText,
  NumberInput,
  TextInput,
} from '@/components/ui/form/fields';
import { EntityListSection } from '@/components/ui/form/EntityListSection';
import { useDraftActions } from '@/components/workspace/DraftSession';
import { StepFormFrame } from '@/components/workspace/StepFormFrame';
import { StepNotes } from '@/components/workspace/StepNotes';
import { useStepForm } from '@/components/workspace/useStepForm';
import { optionsOf } from '@/components/ui/form/options';
import { leverLabels } from '@/content/reference/levers';
import { driverLabels, organisationTypeLabels, relevanceLabels, sectorLabels } from '@/content/reference/why';
import { DRIVERS, LEVERS, ORGANISATION_TYPES, RELEVANCE, SECTORS } from '@/lib/steps/why';

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

      <fieldset className="fieldset fieldset--section">
        <legend className="heading-l">{t('leversHeading')}</legend>
        <p>{t('leversIntro')}</p>
        {LEVERS.map((lever) => {
          const label = leverLabels[locale][lever];
          return (
            <div className="lever" key={lever}>
              <h3 className="heading-m">{label.label}</h3>
              <p className="hint">{label.hint}</p>
              <ChoiceRadios
                name={`levers.${lever}.relevance`}
                inline
                label={t('leverRelevance', { lever: label.label })}
                legendClassName="legend legend--s"
                options={optionsOf(RELEVANCE, relevanceLabels[locale])}
              />
              <LongText name={`levers.${lever}.note`} label={t('leverNote', { lever: label.label })} rows={2} />
            </div>
          );
        })}
      </fieldset>
      <StepNotes />
    </StepFormFrame>
  );
}
