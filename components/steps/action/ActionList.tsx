'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/Button';
import { Select } from '@/components/ui/Field';
import { MoveNotice, UndoNotice, useEntityList } from '@/components/ui/EntityList';
import { ListAddButton } from '@/components/ui/form/EntityListSection';
import { optionsOf } from '@/components/ui/form/options';
import { actionStatusLabels } from '@/content/reference/action';
import { leverLabels } from '@/content/reference/levers';
import {
  ACTION_SORTS,
  filterActions,
  isFiltering,
  NO_FILTER,
  sortActions,
  type ActionFilter,
  type ActionSort,
} from '@/lib/actions';
import { ACTION_STATUSES, type Action } from '@/lib/steps/action';
import { LEVERS } from '@/lib/steps/shared';
import styles from '../ActionStep.module.css';
import { ActionCard, type ActionLinks } from './ActionCard';
import type { ActionForm, Option, RequestRemoval } from './types';
import { useLinkOptions } from './useLinkOptions';
import { KeptRecords } from '@/components/follow-up/KeptRecords';

const pick = <Code extends string>(codes: readonly Code[], value: string): Code | null =>
  codes.find((code) => code === value) ?? null;

/** The actions: collapsible cards, a filter bar and sort orders that change the view only. */
export function ActionList({ form, requestRemoval }: { form: ActionForm; requestRemoval: RequestRemoval }) {
  const t = useTranslations('steps.action');
  const untitled = useTranslations('common.list')('untitled');
  const locale = useLocale();
  const list = useEntityList(form, 'actions');
  const actions = useWatch({ control: form.control, name: 'actions' }) ?? [];
  const objectives = useWatch({ control: form.control, name: 'operationalObjectives' });
  const { stakeholders, budgetLines } = useLinkOptions();
  const objectiveOptions = useMemo<Option[]>(
    () => (objectives ?? []).map((objective) => ({ value: objective.uid, label: objective.name?.trim() || untitled })),
    [objectives, untitled],
  );
  // Stable between keystrokes, like the handlers below: the cards are memoised.
  const links = useMemo<ActionLinks>(
    () => ({ objectives: objectiveOptions, stakeholders, budgetLines }),
    [objectiveOptions, stakeholders, budgetLines],
  );
  const [filter, setFilter] = useState<ActionFilter>(NO_FILTER);
  const [sort, setSort] = useState<ActionSort>('manual');
  // After "Save and continue" with a problem in an action the filter may hide, show them all:
  // the error summary's links open the action and focus the field.
  const { submitCount, errors } = form.formState;
  const [handledSubmit, setHandledSubmit] = useState(submitCount);
  if (submitCount !== handledSubmit) {
    setHandledSubmit(submitCount);
    if (Array.isArray(errors.actions) && errors.actions.some(Boolean)) setFilter(NO_FILTER);
  }

  // A filter on an owner or objective that no longer exists filters nothing.
  const effective: ActionFilter = {
    ...filter,
    owner: stakeholders.some((option) => option.value === filter.owner) ? filter.owner : null,
    objective: objectiveOptions.some((option) => option.value === filter.objective) ? filter.objective : null,
  };
  const filtering = isFiltering(effective);
  const [viewOpenAtFirst] = useState(() => filtering || sort !== 'manual');
  const reorderable = !filtering && sort === 'manual';
  const visible = sortActions(filterActions(actions, effective), sort, locale);
  const indexByUid = new Map(list.fields.map((field, index) => [field.uid, index]));
  // The field array leads in the stored order: a new action shows (and takes focus) at once.
  const shown = reorderable ? list.fields.map((field) => field.uid) : visible.map((action) => action.uid);

  const { setOpen } = list;
  const toggle = useCallback((uid: string, isOpen: boolean) => setOpen(isOpen ? uid : null), [setOpen]);

  const add = (entry: Record<string, unknown>) => {
    setFilter(NO_FILTER);
    setSort('manual');
    list.append(entry as Action);
  };

  const { remove: removeAt, moveUp, moveDown } = list;
  const remove = useCallback(
    (index: number) => {
      const uid = form.getValues(`actions.${index}.uid`);
      if (!uid) return;
      const label = form.getValues(`actions.${index}.title`)?.trim() || untitled;
      requestRemoval({ kind: 'action', uid, label, run: () => removeAt(index, label) });
    },
    [form, untitled, requestRemoval, removeAt],
  );

  return (
    <fieldset className="fieldset fieldset--section">
      <legend className="heading-l">{t('actionsHeading')}</legend>
      <p>{t('actionsIntro')}</p>
      {actions.length > 1 ? (
        // Behind a disclosure, open when the page is drawn with a filter or an order in force.
        <details className="details" open={viewOpenAtFirst || undefined}>
          <summary className="details__summary">{t('viewLegend')}</summary>
          <fieldset className={`fieldset ${styles.viewBar}`} aria-describedby="action-view-hint">
            <legend className="visually-hidden">{t('viewLegend')}</legend>
            <p className="hint" id="action-view-hint">
              {t('viewHint')}
            </p>
            <div className={styles.filters}>
              <Select
                id="action-filter-status"
                label={t('filterStatus')}
                placeholder={t('allStatuses')}
                options={optionsOf(ACTION_STATUSES, actionStatusLabels[locale])}
                value={effective.status ?? ''}
                onChange={(event) => setFilter({ ...filter, status: pick(ACTION_STATUSES, event.target.value) })}
              />
              <Select
                id="action-filter-lever"
                label={t('filterLever')}
                placeholder={t('allLevers')}
                options={optionsOf(LEVERS, leverLabels[locale])}
                value={effective.lever ?? ''}
                onChange={(event) => setFilter({ ...filter, lever: pick(LEVERS, event.target.value) })}
              />
              <Select
                id="action-filter-owner"
                label={t('filterOwner')}
                placeholder={t('allOwners')}
                options={stakeholders}
                value={effective.owner ?? ''}
                onChange={(event) => setFilter({ ...filter, owner: event.target.value || null })}
              />
              <Select
                id="action-filter-objective"
                label={t('filterObjective')}
                placeholder={t('allObjectives')}
                options={objectiveOptions}
                value={effective.objective ?? ''}
                onChange={(event) => setFilter({ ...filter, objective: event.target.value || null })}
              />
              <Select
                id="action-sort"
                label={t('sort')}
                placeholder={t('sortManual')}
                options={[
                  { value: 'start', label: t('sortStart') },
                  { value: 'title', label: t('sortTitle') },
                ]}
                value={sort === 'manual' ? '' : sort}
                onChange={(event) => setSort(pick(ACTION_SORTS, event.target.value) ?? 'manual')}
              />
            </div>
            {filtering ? (
              <Button variant="secondary" className="button--small" onClick={() => setFilter(NO_FILTER)}>
                {t('clearFilters')}
              </Button>
            ) : null}
          </fieldset>
        </details>
      ) : null}
      <p role="status" className={filtering ? styles.showing : undefined}>
        {filtering ? t('showing', { shown: visible.length, total: actions.length }) : ''}
      </p>
      {actions.length === 0 ? <p>{t('noActions')}</p> : null}
      {filtering && visible.length === 0 ? <p>{t('noMatches')}</p> : null}
      {!reorderable && actions.length > 1 ? <p className="hint">{t('reorderNote')}</p> : null}
      <ol className="entry-list">
        {shown.map((uid) => {
          const index = indexByUid.get(uid);
          const field = index === undefined ? undefined : list.fields[index];
          if (index === undefined || !field) return null;
          return (
            <ActionCard
              key={field.id}
              uid={uid}
              index={index}
              count={list.fields.length}
              action={actions[index]}
              open={list.openUid === uid}
              onToggle={toggle}
              reorderable={reorderable}
              onMoveUp={moveUp}
              onMoveDown={moveDown}
              onRemove={remove}
              links={links}
            />
          );
        })}
      </ol>
      <UndoNotice
        removed={list.removed}
        onUndo={list.undo}
        onDismiss={list.dismiss}
        note={<KeptRecords removed={list.removed} kind="action" />}
      />
      <MoveNotice moved={list.moved} />
      <ListAddButton name="actions" count={actions.length} label={t('addAction')} onAdd={add} />
    </fieldset>
  );
}
