'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useFieldArray } from 'react-hook-form';
import { Button } from '@/components/ui/Button';
import { ChoiceGroup, Select, TextArea, TextField } from '@/components/ui/Field';
import { useDraftSession } from '@/components/workspace/DraftSession';
import { StepFormFrame, useFieldError } from '@/components/workspace/StepFormFrame';
import { fieldId, useStepForm } from '@/components/workspace/useStepForm';
import { leverLabels } from '@/content/reference/levers';
import { driverLabels, organisationTypeLabels, relevanceLabels, sectorLabels } from '@/content/reference/why';
import type { CodeLabels } from '@/content/types';
import { emptyToNull, LIMITS, newUid, parseWholeNumber } from '@/lib/steps/fields';
import { DRIVERS, LEVERS, ORGANISATION_TYPES, RELEVANCE, SECTORS } from '@/lib/steps/why';

function optionsOf<Code extends string>(codes: readonly Code[], labels: CodeLabels<Code>) {
  return codes.map((code) => ({ value: code, label: labels[code].label, hint: labels[code].hint }));
}

/** Step 1 — Why: the reference implementation for every step form. */
export function WhyStep() {
  const t = useTranslations('steps.why');
  const tCommon = useTranslations('common');
  const locale = useLocale();
  const { draft } = useDraftSession();
  const stored = draft.steps.why;
  const { form, onSubmit } = useStepForm('why', {
    ...stored,
    // The organisation named when the draft was created is a sensible start.
    profile: { ...stored.profile, name: stored.profile.name || draft.organisation },
  });
  const { register, control } = form;
  const errorFor = useFieldError(form);
  const values = useFieldArray({ control, name: 'values' });
  const optional = tCommon('optional');

  return (
    <StepFormFrame stepId="why" form={form} onSubmit={onSubmit}>
      <fieldset className="fieldset fieldset--section">
        <legend className="heading-l">{t('profileHeading')}</legend>
        <TextField
          id={fieldId('profile.name')}
          label={t('name')}
          error={errorFor('profile.name')}
          maxLength={LIMITS.short}
          autoComplete="organization"
          {...register('profile.name')}
        />
        <Select
          id={fieldId('profile.type')}
          label={t('type')}
          placeholder={t('typePlaceholder')}
          error={errorFor('profile.type')}
          options={optionsOf(ORGANISATION_TYPES, organisationTypeLabels[locale])}
          {...register('profile.type', { setValueAs: emptyToNull })}
        />
        <Select
          id={fieldId('profile.sector')}
          label={t('sector')}
          placeholder={t('sectorPlaceholder')}
          error={errorFor('profile.sector')}
          options={optionsOf(SECTORS, sectorLabels[locale])}
          {...register('profile.sector', { setValueAs: emptyToNull })}
        />
        <TextField
          id={fieldId('profile.staffCount')}
          label={t('staffCount')}
          hint={t('staffCountHint')}
          error={errorFor('profile.staffCount')}
          inputMode="numeric"
          spellCheck={false}
          className="input--width-10"
          {...register('profile.staffCount', { setValueAs: parseWholeNumber })}
        />
      </fieldset>

      <fieldset className="fieldset fieldset--section">
        <legend className="heading-l">{t('dnaHeading')}</legend>
        <TextArea
          id={fieldId('mission')}
          label={t('mission')}
          hint={t('missionHint')}
          error={errorFor('mission')}
          maxLength={LIMITS.long}
          {...register('mission')}
        />
        <TextArea
          id={fieldId('vision')}
          label={t('vision')}
          hint={t('visionHint')}
          optionalText={optional}
          error={errorFor('vision')}
          maxLength={LIMITS.long}
          {...register('vision')}
        />
        <h3 className="heading-m" id="values-heading">
          {t('valuesHeading')} <span className="optional">{optional}</span>
        </h3>
        <p className="hint" id="values-hint">
          {t('valuesHint')}
        </p>
        {values.fields.length === 0 ? <p>{t('noValues')}</p> : null}
        <ol className="entry-list" aria-labelledby="values-heading">
          {values.fields.map((field, index) => (
            <li className="entry" key={field.id}>
              <TextField
                id={fieldId(`values.${index}.name`)}
                label={t('valueName', { number: index + 1 })}
                error={errorFor(`values.${index}.name`)}
                maxLength={LIMITS.short}
                {...register(`values.${index}.name`)}
              />
              <TextArea
                id={fieldId(`values.${index}.meaning`)}
                label={t('valueMeaning', { number: index + 1 })}
                optionalText={optional}
                rows={2}
                maxLength={LIMITS.long}
                {...register(`values.${index}.meaning`)}
              />
              <Button variant="secondary" onClick={() => values.remove(index)}>
                {t('removeValue', { number: index + 1 })}
              </Button>
            </li>
          ))}
        </ol>
        <Button
          variant="secondary"
          onClick={() => values.append({ uid: newUid(), name: '', meaning: '' }, { shouldFocus: true })}
          disabled={values.fields.length >= 20}
        >
          {t('addValue')}
        </Button>
      </fieldset>

      <fieldset className="fieldset fieldset--section">
        <legend className="heading-l">{t('driversHeading')}</legend>
        <ChoiceGroup
          id={fieldId('drivers')}
          type="checkbox"
          legend={t('drivers')}
          hint={t('driversHint')}
          error={errorFor('drivers')}
          options={optionsOf(DRIVERS, driverLabels[locale])}
          inputProps={register('drivers')}
        />
        <TextArea
          id={fieldId('driversOther')}
          label={t('driversOther')}
          optionalText={optional}
          rows={3}
          maxLength={LIMITS.long}
          {...register('driversOther')}
        />
        <TextArea
          id={fieldId('whyHere')}
          label={t('whyHere')}
          hint={t('whyHereHint')}
          error={errorFor('whyHere')}
          rows={6}
          maxLength={LIMITS.long}
          {...register('whyHere')}
        />
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
              <ChoiceGroup
                id={fieldId(`levers.${lever}.relevance`)}
                type="radio"
                inline
                legend={t('leverRelevance', { lever: label.label })}
                legendClassName="legend legend--s"
                error={errorFor(`levers.${lever}.relevance`)}
                options={optionsOf(RELEVANCE, relevanceLabels[locale])}
                inputProps={register(`levers.${lever}.relevance`)}
              />
              <TextArea
                id={fieldId(`levers.${lever}.note`)}
                label={t('leverNote', { lever: label.label })}
                optionalText={optional}
                rows={2}
                maxLength={LIMITS.long}
                {...register(`levers.${lever}.note`)}
              />
            </div>
          );
        })}
      </fieldset>
    </StepFormFrame>
  );
}
