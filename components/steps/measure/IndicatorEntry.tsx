'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { ChoiceGroup, Select, TextArea, TextField } from '@/components/ui/Field';
import { useFieldError } from '@/components/workspace/StepFormFrame';
import { fieldId } from '@/components/workspace/useStepForm';
import { EntityControls } from '@/components/ui/EntityList';
import { levelLabels } from '@/content/reference/levels';
import { frequencyLabels, indicatorCatalogueLabels } from '@/content/reference/measure';
import { isCatalogueCode, MIN_GROUP_SIZE, type LinkTargets } from '@/lib/indicators';
import { emptyToNull, LIMITS } from '@/lib/steps/fields';
import { FREQUENCIES } from '@/lib/steps/measure';
import { LEVELS } from '@/lib/steps/shared';
import { LinkCheckboxes } from './LinkCheckboxes';
import { StepLink } from './StepLink';
import type { EntryProps } from './entry';
import { ShortField } from './ShortField';

/** One indicator: what, at which level, how often, against what, who owns it and what it measures. */
export function IndicatorEntry({
  form,
  index,
  count,
  targets,
  onMoveUp,
  onMoveDown,
  onRemove,
}: EntryProps & { targets: LinkTargets }) {
  const t = useTranslations('steps.measure');
  const optional = useTranslations('common')('optional');
  const locale = useLocale();
  const errorFor = useFieldError(form);
  const { register, control } = form;
  const path = `indicators.${index}` as const;
  const [name, catalogue] = useWatch({ control, name: [`${path}.name`, `${path}.catalogue`] });
  const label = name?.trim() || t('indicatorNumber', { number: index + 1 });
  const headingId = `indicator-${index}-heading`;
  const levelOptions = LEVELS.map((level) => ({
    value: level,
    label: level === 'individual' ? t('individualAggregate') : levelLabels[locale][level].label,
    hint: t(`levelHints.${level}`, { min: MIN_GROUP_SIZE }),
  }));

  return (
    <li className="entry" aria-labelledby={headingId}>
      <h3 className="heading-m" id={headingId}>
        {label}
      </h3>
      {isCatalogueCode(catalogue) ? (
        <p className="caption">{t('fromCatalogue', { name: indicatorCatalogueLabels[locale][catalogue].label })}</p>
      ) : null}
      {/* Registered here, before the fields below, so a new entry's name field takes focus. */}
      <TextField
        id={fieldId(`${path}.name`)}
        label={t('name')}
        error={errorFor(`${path}.name`)}
        maxLength={LIMITS.short}
        {...register(`${path}.name`)}
      />
      <TextArea
        id={fieldId(`${path}.definition`)}
        label={t('definition')}
        hint={t('definitionHint')}
        optionalText={optional}
        error={errorFor(`${path}.definition`)}
        rows={3}
        maxLength={LIMITS.long}
        {...register(`${path}.definition`)}
      />
      <ChoiceGroup
        id={fieldId(`${path}.level`)}
        type="radio"
        legend={t('level')}
        legendClassName="legend legend--s"
        hint={t('levelHint', { min: MIN_GROUP_SIZE })}
        error={errorFor(`${path}.level`)}
        options={levelOptions}
        inputProps={register(`${path}.level`)}
      />
      <Select
        id={fieldId(`${path}.frequency`)}
        label={t('frequency')}
        placeholder={t('frequencyPlaceholder')}
        error={errorFor(`${path}.frequency`)}
        options={FREQUENCIES.map((code) => ({ value: code, label: frequencyLabels[locale][code].label }))}
        {...register(`${path}.frequency`, { setValueAs: emptyToNull })}
      />
      <ShortField form={form} name={`${path}.source`} label={t('source')} hint={t('sourceHint')} optional />
      <ShortField form={form} name={`${path}.baseline`} label={t('baseline')} hint={t('baselineHint')} optional />
      <ShortField form={form} name={`${path}.target`} label={t('target')} hint={t('targetHint')} optional />
      <Select
        id={fieldId(`${path}.owner`)}
        label={t('owner')}
        hint={
          targets.stakeholders.length > 0 ? (
            t('ownerHint')
          ) : (
            <>
              {t('missing.roles')} <StepLink step="roles" />
            </>
          )
        }
        optionalText={optional}
        placeholder={t('ownerPlaceholder')}
        error={errorFor(`${path}.owner`)}
        options={targets.stakeholders.map((item) => ({ value: item.uid, label: item.name }))}
        {...register(`${path}.owner`, { setValueAs: emptyToNull })}
      />
      <fieldset className="fieldset field">
        <legend className="legend">
          {t('measures')} <span className="optional">{optional}</span>
        </legend>
        <p className="hint">{t('measuresHint')}</p>
        <LinkCheckboxes
          form={form}
          name={`${path}.objectives`}
          id={fieldId(`${path}.objectives`)}
          groups={[
            { legend: t('strategicObjectives'), options: targets.strategic, emptyText: t('noneYet'), step: 'to-be' },
            {
              legend: t('operationalObjectives'),
              options: targets.operational,
              emptyText: t('noneYet'),
              step: 'action',
            },
          ]}
        />
        <LinkCheckboxes
          form={form}
          name={`${path}.actions`}
          id={fieldId(`${path}.actions`)}
          groups={[{ legend: t('actions'), options: targets.actions, emptyText: t('noneYet'), step: 'action' }]}
        />
      </fieldset>
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
