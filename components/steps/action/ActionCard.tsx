'use client';

import { useLocale, useTranslations } from 'next-intl';
import { memo } from 'react';
import { Button } from '@/components/ui/Button';
import { EntityControls } from '@/components/ui/EntityList';
import { FoldingEntry } from '@/components/ui/form/FoldingEntry';
import {
  ChoiceChecks,
  ChoiceRadios,
  ChoiceSelect,
  DateInput,
  LongText,
  NumberInput,
  TextInput,
} from '@/components/ui/form/fields';
import { optionsOf } from '@/components/ui/form/options';
import { actionStatusLabels, buildingBlockLabels } from '@/content/reference/action';
import { levelLabels } from '@/content/reference/levels';
import { leverLabels } from '@/content/reference/levers';
import { sameEntry } from '@/lib/equal';
import { formatMoney } from '@/lib/format';
import { ACTION_STATUSES, BUILDING_BLOCKS } from '@/lib/steps/action';
import { LEVELS, LEVERS } from '@/lib/steps/shared';
import { EmptyLink } from './EmptyLink';
import styles from '../ActionStep.module.css';
import type { ActionFormValues, Option } from './types';
import { labelOf, useStepTitle } from './useLinkOptions';
import { usePeriodText } from './usePeriodText';

type ActionValues = NonNullable<ActionFormValues['actions']>[number];

interface ActionCardProps {
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
  // Short months keep the summary row to a line.
  const periodText = usePeriodText(true);
  const title = action?.title?.trim() || tList('untitled');
  const legend = t('actionLegend', { number: index + 1 });
  const status = action?.status ?? 'planned';
  const facts = [
    actionStatusLabels[locale][status]?.label,
    periodText(action ?? {}),
    labelOf(links.stakeholders, action?.owner) ?? t('noOwner'),
    typeof action?.budget === 'number' ? formatMoney(action.budget, locale) : null,
  ].filter(Boolean);

  const controls = reorderable ? (
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
  );

  return (
    <FoldingEntry
      name={`actions.${index}`}
      legend={legend}
      title={action?.title}
      facts={facts}
      open={open}
      onToggle={(next) => onToggle(uid, next)}
      controls={controls}
      className={styles.card}
    >
      <ActionFields index={index} links={links} />
    </FoldingEntry>
  );
}

/**
 * The fields of an open card. Memoised apart from the summary: typing in the
 * title re-renders the summary, not the fifteen fields (their inputs hold
 * their own values; react-hook-form reads them).
 */
const ActionFields = memo(function ActionFields({ index, links }: { index: number; links: ActionLinks }) {
  const t = useTranslations('steps.action');
  const locale = useLocale();
  const stepTitle = useStepTitle();
  const name = <Key extends keyof ActionValues & string>(key: Key) => `actions.${index}.${key}` as const;
  return (
    <div className={styles.body}>
      <TextInput name={name('title')} label={t('actionTitle')} />
      <LongText name={name('description')} label={t('actionDescription')} rows={3} />
      {links.objectives.length > 0 ? (
        <ChoiceChecks name={name('objectives')} label={t('actionObjectives')} options={links.objectives} />
      ) : (
        <p className="hint">{t('noOperationalObjectives')}</p>
      )}
      <div className={styles.pair}>
        <ChoiceSelect
          name={name('lever')}
          label={t('lever')}
          placeholder={t('leverPlaceholder')}
          options={optionsOf(LEVERS, leverLabels[locale])}
        />
        <ChoiceSelect
          name={name('level')}
          label={t('level')}
          placeholder={t('levelPlaceholder')}
          options={optionsOf(LEVELS, levelLabels[locale])}
        />
      </div>
      <ChoiceSelect
        name={name('buildingBlock')}
        label={t('buildingBlock')}
        hint={t('buildingBlockHint')}
        placeholder={t('buildingBlockPlaceholder')}
        options={optionsOf(BUILDING_BLOCKS, buildingBlockLabels[locale])}
      />
      {links.stakeholders.length > 0 ? (
        <ChoiceSelect
          name={name('owner')}
          label={t('owner')}
          hint={t('ownerHint')}
          placeholder={t('ownerPlaceholder')}
          options={links.stakeholders}
        />
      ) : (
        <EmptyLink step="roles" messageKey="noStakeholders" />
      )}
      <TextInput name={name('partners')} label={t('partners')} hint={t('partnersHint')} />
      <div className={styles.pair}>
        <DateInput
          name={name('start')}
          type="month"
          label={t('start')}
          hint={t('monthHint')}
          className={styles.month}
        />
        <DateInput name={name('end')} type="month" label={t('end')} hint={t('monthHint')} className={styles.month} />
      </div>
      <NumberInput name={name('budget')} label={t('budget')} hint={t('budgetHint')} />
      {links.budgetLines.length > 0 ? (
        <ChoiceSelect
          name={name('budgetLine')}
          label={t('budgetLine')}
          hint={t('budgetLineHint', { step: stepTitle('resources') })}
          placeholder={t('budgetLinePlaceholder')}
          options={links.budgetLines}
        />
      ) : (
        <EmptyLink step="resources" messageKey="noBudgetLines" />
      )}
      <LongText name={name('expectedResult')} label={t('expectedResult')} hint={t('expectedResultHint')} rows={3} />
      <ChoiceRadios
        name={name('status')}
        inline
        label={t('status')}
        options={optionsOf(ACTION_STATUSES, actionStatusLabels[locale])}
      />
    </div>
  );
});
