'use client';

import { useLocale, useTranslations } from 'next-intl';
import { memo } from 'react';
import { Button } from '@/components/ui/Button';
import { ChoiceGroup, Select, TextArea, TextField } from '@/components/ui/Field';
import { EntityControls } from '@/components/ui/EntityList';
import { useScopedFieldError } from '@/components/workspace/StepFormFrame';
import { fieldId } from '@/components/workspace/useStepForm';
import { actionStatusLabels, buildingBlockLabels } from '@/content/reference/action';
import { levelLabels } from '@/content/reference/levels';
import { leverLabels } from '@/content/reference/levers';
import { sameEntry } from '@/lib/equal';
import { formatMoney } from '@/lib/format';
import { ACTION_STATUSES, BUILDING_BLOCKS } from '@/lib/steps/action';
import { emptyToNull, LIMITS, parseDecimal } from '@/lib/steps/fields';
import { LEVELS, LEVERS } from '@/lib/steps/shared';
import { RefCheckboxes } from './Choices';
import { EmptyLink } from './EmptyLink';
import styles from '../ActionStep.module.css';
import type { ActionForm, ActionFormValues, Option } from './types';
import { labelOf, optionsOf, useStepTitle } from './useLinkOptions';
import { usePeriodText } from './usePeriodText';

type ActionValues = NonNullable<ActionFormValues['actions']>[number];

interface ActionCardProps {
  form: ActionForm;
  uid: string;
  index: number;
  count: number;
  action: ActionValues | undefined;
  open: boolean;
  /** The handlers take the card's uid or index, so they stay the same from one render to the next. */
  onToggle: (uid: string, open: boolean) => void;
  reorderable: boolean;
  onMoveUp: (index: number) => void;
  onMoveDown: (index: number) => void;
  onRemove: (index: number) => void;
  links: ActionLinks;
}

export interface ActionLinks {
  objectives: Option[];
  stakeholders: Option[];
  budgetLines: Option[];
}

/**
 * One action as a collapsible card: the summary names it with its key facts,
 * the fields render only while it is open (a plan may hold 200 actions).
 * Memoised: typing in one card re-renders that card only, not all 200 (the
 * list's values are fresh copies on every change, so `action` is compared
 * by value).
 */
export const ActionCard = memo(ActionCardView, (previous, next) =>
  (Object.keys(next) as (keyof ActionCardProps)[]).every((key) =>
    key === 'action' ? sameEntry(previous.action, next.action) : Object.is(previous[key], next[key]),
  ),
);

function ActionCardView({
  form,
  uid,
  index,
  count,
  action,
  open,
  onToggle,
  reorderable,
  onMoveUp,
  onMoveDown,
  onRemove,
  links,
}: ActionCardProps) {
  const t = useTranslations('steps.action');
  const tList = useTranslations('common.list');
  const locale = useLocale();
  const periodText = usePeriodText();
  const title = action?.title?.trim() || tList('untitled');
  const legend = t('actionLegend', { number: index + 1 });
  const status = action?.status ?? 'planned';
  const facts = [
    actionStatusLabels[locale][status]?.label,
    periodText(action ?? {}),
    labelOf(links.stakeholders, action?.owner) ?? t('noOwner'),
    typeof action?.budget === 'number' ? formatMoney(action.budget, locale) : null,
  ].filter(Boolean);

  return (
    <li className={`entry ${styles.card}`}>
      <details open={open} onToggle={(event) => onToggle(uid, event.currentTarget.open)} className={styles.details}>
        <summary className={styles.summary}>
          <span className={styles.summaryTitle}>
            <span className="visually-hidden">{legend}: </span>
            {title}
          </span>
          <span className={styles.facts}>{facts.join(' · ')}</span>
        </summary>
        {open ? <ActionFields form={form} index={index} legend={legend} links={links} /> : null}
      </details>
      {reorderable ? (
        <EntityControls
          index={index}
          count={count}
          name={`${legend}: ${title}`}
          onMoveUp={() => onMoveUp(index)}
          onMoveDown={() => onMoveDown(index)}
          onRemove={() => onRemove(index)}
        />
      ) : (
        <div className="entity-controls">
          <Button variant="warning" className="button--small" onClick={() => onRemove(index)}>
            {tList('remove')}
            <span className="visually-hidden">: {`${legend}: ${title}`}</span>
          </Button>
        </div>
      )}
    </li>
  );
}

/**
 * The fields of an open card. Memoised apart from the summary: typing in the
 * title re-renders the summary, not the fifteen fields (their inputs hold
 * their own values; react-hook-form reads them).
 */
const ActionFields = memo(function ActionFields({
  form,
  index,
  legend,
  links,
}: {
  form: ActionForm;
  index: number;
  legend: string;
  links: ActionLinks;
}) {
  const t = useTranslations('steps.action');
  const optional = useTranslations('common')('optional');
  const locale = useLocale();
  const stepTitle = useStepTitle();
  const errorFor = useScopedFieldError(form, `actions.${index}`);
  const { register } = form;
  const name = <Key extends keyof ActionValues & string>(key: Key) => `actions.${index}.${key}` as const;
  return (
    <fieldset className={`fieldset ${styles.body}`}>
      <legend className="visually-hidden">{legend}</legend>
      <TextField
        id={fieldId(name('title'))}
        label={t('actionTitle')}
        error={errorFor(name('title'))}
        maxLength={LIMITS.short}
        {...register(name('title'))}
      />
      <TextArea
        id={fieldId(name('description'))}
        label={t('actionDescription')}
        optionalText={optional}
        rows={3}
        maxLength={LIMITS.long}
        {...register(name('description'))}
      />
      {links.objectives.length > 0 ? (
        <RefCheckboxes
          form={form}
          name={name('objectives')}
          id={fieldId(name('objectives'))}
          legend={
            <>
              {t('actionObjectives')} <span className="optional">{optional}</span>
            </>
          }
          error={errorFor(name('objectives'))}
          options={links.objectives}
        />
      ) : (
        <p className="hint">{t('noOperationalObjectives')}</p>
      )}
      <div className={styles.pair}>
        <Select
          id={fieldId(name('lever'))}
          label={t('lever')}
          optionalText={optional}
          placeholder={t('leverPlaceholder')}
          error={errorFor(name('lever'))}
          options={optionsOf(LEVERS, leverLabels[locale])}
          {...register(name('lever'), { setValueAs: emptyToNull })}
        />
        <Select
          id={fieldId(name('level'))}
          label={t('level')}
          optionalText={optional}
          placeholder={t('levelPlaceholder')}
          error={errorFor(name('level'))}
          options={optionsOf(LEVELS, levelLabels[locale])}
          {...register(name('level'), { setValueAs: emptyToNull })}
        />
      </div>
      <Select
        id={fieldId(name('buildingBlock'))}
        label={t('buildingBlock')}
        hint={t('buildingBlockHint')}
        optionalText={optional}
        placeholder={t('buildingBlockPlaceholder')}
        error={errorFor(name('buildingBlock'))}
        options={optionsOf(BUILDING_BLOCKS, buildingBlockLabels[locale])}
        {...register(name('buildingBlock'), { setValueAs: emptyToNull })}
      />
      {links.stakeholders.length > 0 ? (
        <Select
          id={fieldId(name('owner'))}
          label={t('owner')}
          hint={t('ownerHint')}
          optionalText={optional}
          placeholder={t('ownerPlaceholder')}
          error={errorFor(name('owner'))}
          options={links.stakeholders}
          {...register(name('owner'), { setValueAs: emptyToNull })}
        />
      ) : (
        <EmptyLink step="roles" messageKey="noStakeholders" />
      )}
      <TextField
        id={fieldId(name('partners'))}
        label={t('partners')}
        hint={t('partnersHint')}
        optionalText={optional}
        maxLength={LIMITS.short}
        {...register(name('partners'))}
      />
      <div className={styles.pair}>
        <TextField
          id={fieldId(name('start'))}
          type="month"
          label={t('start')}
          hint={t('monthHint')}
          optionalText={optional}
          error={errorFor(name('start'))}
          className={styles.month}
          {...register(name('start'), { setValueAs: emptyToNull })}
        />
        <TextField
          id={fieldId(name('end'))}
          type="month"
          label={t('end')}
          hint={t('monthHint')}
          optionalText={optional}
          error={errorFor(name('end'))}
          className={styles.month}
          {...register(name('end'), { setValueAs: emptyToNull })}
        />
      </div>
      <TextField
        id={fieldId(name('budget'))}
        label={t('budget')}
        hint={t('budgetHint')}
        optionalText={optional}
        error={errorFor(name('budget'))}
        inputMode="decimal"
        spellCheck={false}
        className="input--width-10"
        {...register(name('budget'), { setValueAs: parseDecimal })}
      />
      {links.budgetLines.length > 0 ? (
        <Select
          id={fieldId(name('budgetLine'))}
          label={t('budgetLine')}
          hint={t('budgetLineHint', { step: stepTitle('resources') })}
          optionalText={optional}
          placeholder={t('budgetLinePlaceholder')}
          error={errorFor(name('budgetLine'))}
          options={links.budgetLines}
          {...register(name('budgetLine'), { setValueAs: emptyToNull })}
        />
      ) : (
        <EmptyLink step="resources" messageKey="noBudgetLines" />
      )}
      <TextArea
        id={fieldId(name('expectedResult'))}
        label={t('expectedResult')}
        hint={t('expectedResultHint')}
        optionalText={optional}
        rows={3}
        maxLength={LIMITS.long}
        {...register(name('expectedResult'))}
      />
      <ChoiceGroup
        id={fieldId(name('status'))}
        type="radio"
        inline
        legend={t('status')}
        error={errorFor(name('status'))}
        options={optionsOf(ACTION_STATUSES, actionStatusLabels[locale])}
        inputProps={register(name('status'))}
      />
    </fieldset>
  );
});
