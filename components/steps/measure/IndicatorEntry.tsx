'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { ChoiceRadios, ChoiceSelect, LongText, TextInput } from '@/components/ui/form/fields';
import { EntityControls } from '@/components/ui/EntityList';
import { FoldingEntry } from '@/components/ui/form/FoldingEntry';
import { levelLabels } from '@/content/reference/levels';
import { frequencyLabels, indicatorCatalogueLabels } from '@/content/reference/measure';
import { isCatalogueCode, MIN_GROUP_SIZE, type LinkTargets } from '@/lib/indicators';
import { FREQUENCIES } from '@/lib/steps/measure';
import { LEVELS, type Level } from '@/lib/steps/shared';
import { LinkCheckboxes } from './LinkCheckboxes';
import { StepLink } from './StepLink';
import type { EntryProps } from './entry';

/** What each level means for an indicator (keys in `steps.measure`). */
const LEVEL_HINTS = {
  individual: 'levelHints.individual',
  team: 'levelHints.team',
  organisation: 'levelHints.organisation',
} as const satisfies Record<Level, string>;

/** One indicator: what, at which level, how often, against what, who owns it and what it measures. */
export function IndicatorEntry({
  form,
  index,
  count,
  targets,
  onMoveUp,
  onMoveDown,
  onRemove,
  open,
  onToggle,
}: EntryProps & { targets: LinkTargets }) {
  const t = useTranslations('steps.measure');
  const optional = useTranslations('common')('optional');
  const locale = useLocale();
  const { control } = form;
  const path = `indicators.${index}` as const;
  const [name, catalogue, level, frequency] = useWatch({
    control,
    name: [`${path}.name`, `${path}.catalogue`, `${path}.level`, `${path}.frequency`],
  });
  const legend = t('indicatorNumber', { number: index + 1 });
  const label = name?.trim() || legend;
  const levelOptions = LEVELS.map((level) => ({
    value: level,
    label: level === 'individual' ? t('individualAggregate') : levelLabels[locale][level].label,
    hint: t(LEVEL_HINTS[level], { min: MIN_GROUP_SIZE }),
  }));

  return (
    <FoldingEntry
      name={path}
      legend={legend}
      title={name}
      facts={[
        level ? (level === 'individual' ? t('individualAggregate') : levelLabels[locale][level].label) : null,
        frequency ? frequencyLabels[locale][frequency].label : null,
      ]}
      open={open}
      onToggle={onToggle}
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
      {isCatalogueCode(catalogue) ? (
        <p className="caption">{t('fromCatalogue', { name: indicatorCatalogueLabels[locale][catalogue].label })}</p>
      ) : null}
      {/* Registered here, before the fields below, so a new entry's name field takes focus. */}
      <TextInput name={`${path}.name`} label={t('name')} />
      <LongText name={`${path}.definition`} label={t('definition')} hint={t('definitionHint')} rows={3} />
      <ChoiceRadios
        name={`${path}.level`}
        label={t('level')}
        legendClassName="legend legend--s"
        hint={t('levelHint', { min: MIN_GROUP_SIZE })}
        options={levelOptions}
      />
      <ChoiceSelect
        name={`${path}.frequency`}
        label={t('frequency')}
        placeholder={t('frequencyPlaceholder')}
        options={FREQUENCIES.map((code) => ({ value: code, label: frequencyLabels[locale][code].label }))}
      />
      <TextInput name={`${path}.source`} label={t('source')} hint={t('sourceHint')} />
      <TextInput name={`${path}.baseline`} label={t('baseline')} hint={t('baselineHint')} />
      <TextInput name={`${path}.target`} label={t('target')} hint={t('targetHint')} />
      <ChoiceSelect
        name={`${path}.owner`}
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
        placeholder={t('ownerPlaceholder')}
        options={targets.stakeholders.map((item) => ({ value: item.uid, label: item.name }))}
      />
      <fieldset className="fieldset field">
        <legend className="legend">
          {t('measures')} <span className="optional">{optional}</span>
        </legend>
        <p className="hint">{t('measuresHint')}</p>
        <LinkCheckboxes
          form={form}
          name={`${path}.objectives`}
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
          groups={[{ legend: t('actions'), options: targets.actions, emptyText: t('noneYet'), step: 'action' }]}
        />
      </fieldset>
    </FoldingEntry>
  );
}
