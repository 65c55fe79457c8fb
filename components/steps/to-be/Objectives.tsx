'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { useDraftActions } from '@/components/workspace/DraftSession';
import { EntityControls, entryUid, MoveNotice, UndoNotice, useEntityList } from '@/components/ui/EntityList';
import { FoldingEntry } from '@/components/ui/form/FoldingEntry';
import { useFormField } from '@/components/ui/form/context';
import { useListSchema } from '@/components/ui/form/EntityListSection';
import { ChoiceChecks, LongText, TextInput } from '@/components/ui/form/fields';
import { leverLabels } from '@/content/reference/levers';
import { excerpt } from '@/lib/format';
import { referencesTo, type Reference } from '@/lib/links';
import { getStep, stepNumber } from '@/lib/steps/registry';
import { LEVERS } from '@/lib/steps/shared';
import type { ToBeForm } from './types';

interface PendingRemoval {
  index: number;
  uid: string;
  label: string;
  references: Reference[];
}

/** What refers to an objective, by list (keys in `steps.toBe.confirmRemove`). */
const KIND_KEYS = {
  operationalObjectives: 'kinds.operationalObjectives',
  actions: 'kinds.actions',
  communication: 'kinds.communication',
  indicators: 'kinds.indicators',
} as const;

/**
 * Strategic objectives: add, edit, reorder, remove with undo. Steps 6 and 7
 * refer to them by uid, so removing a referenced one asks first and then
 * clears those links.
 */
export function Objectives({ form }: { form: ToBeForm }) {
  const t = useTranslations('steps.toBe');
  const { current, unlink } = useDraftActions();
  const list = useEntityList(form, 'objectives');
  const { max, empty } = useListSchema('objectives');
  const names = useWatch({ control: form.control, name: 'objectives' });
  const [pending, setPending] = useState<PendingRemoval | null>(null);
  const sectionRef = useRef<HTMLFieldSetElement>(null);
  const listField = useFormField('objectives');
  const listError = listField.error;
  const addId = listField.id;

  const labelOf = (index: number) => names?.[index]?.name?.trim() || t('objectiveHeading', { number: index + 1 });

  // The removed entry took focus with it: hand focus to "Undo", next to where it was.
  useEffect(() => {
    if (list.removed) sectionRef.current?.querySelector<HTMLButtonElement>('.notice--undo button')?.focus();
  }, [list.removed]);

  const requestRemove = (index: number) => {
    const uid = form.getValues(`objectives.${index}.uid`);
    const references = uid ? referencesTo(current().steps, uid) : [];
    if (uid && references.length > 0) setPending({ index, uid, label: labelOf(index), references });
    else list.remove(index, labelOf(index));
  };

  const confirmRemove = () => {
    if (!pending) return;
    list.remove(pending.index, pending.label);
    unlink([pending.uid], 'to-be');
    setPending(null);
  };

  return (
    <fieldset className="fieldset fieldset--section" ref={sectionRef} aria-describedby="objectives-hint">
      <legend className="heading-l">{t('objectivesHeading')}</legend>
      <p className="hint" id="objectives-hint">
        {t('objectivesHint')}
      </p>
      {listError ? (
        <div className="field field--error">
          <p className="error-message" id={`${addId}-error`}>
            {listError}
          </p>
        </div>
      ) : null}
      {list.fields.length === 0 ? <p>{t('noObjectives')}</p> : null}
      <ol className="entry-list">
        {list.fields.map((field, index) => (
          <ObjectiveEntry
            key={field.id}
            index={index}
            count={list.fields.length}
            label={labelOf(index)}
            objective={names?.[index]}
            open={list.openUid === entryUid(field)}
            onToggle={(open) => list.setOpen(open ? entryUid(field) : null)}
            onMoveUp={() => list.moveUp(index)}
            onMoveDown={() => list.moveDown(index)}
            onRemove={() => requestRemove(index)}
          />
        ))}
      </ol>
      <UndoNotice removed={list.removed} onUndo={list.undo} onDismiss={list.dismiss} />
      <MoveNotice moved={list.moved} />
      <Button
        variant="secondary"
        id={addId}
        aria-describedby={listError ? `${addId}-error` : undefined}
        onClick={() => list.append(empty() as never)}
        disabled={list.fields.length >= max}
      >
        {t('addObjective')}
      </Button>
      {list.fields.length >= max ? <p className="hint">{t('objectivesFull', { max })}</p> : null}
      <RemoveDialog pending={pending} onConfirm={confirmRemove} onCancel={() => setPending(null)} />
    </fieldset>
  );
}

function ObjectiveEntry({
  index,
  count,
  label,
  objective,
  open,
  onToggle,
  onMoveUp,
  onMoveDown,
  onRemove,
}: {
  index: number;
  count: number;
  label: string;
  objective: { name?: string; description?: string; levers?: readonly string[] } | undefined;
  open: boolean;
  onToggle: (open: boolean) => void;
  onMoveUp: () => void;
  onMoveDown: () => void;
  onRemove: () => void;
}) {
  const t = useTranslations('steps.toBe');
  const locale = useLocale();
  const number = index + 1;
  const levers = LEVERS.filter((lever) => objective?.levers?.includes(lever));
  return (
    <FoldingEntry
      name={`objectives.${index}`}
      legend={t('objectiveHeading', { number })}
      title={objective?.name}
      facts={[levers.map((lever) => leverLabels[locale][lever].label).join(', '), excerpt(objective?.description, 70)]}
      open={open}
      onToggle={onToggle}
      controls={
        <EntityControls
          index={index}
          count={count}
          name={label}
          onMoveUp={onMoveUp}
          onMoveDown={onMoveDown}
          onRemove={onRemove}
        />
      }
    >
      <TextInput
        name={`objectives.${index}.name`}
        label={t('objectiveName', { number })}
        hint={t('objectiveNameHint')}
      />
      <LongText name={`objectives.${index}.description`} label={t('objectiveDescription', { number })} rows={3} />
      <ChoiceChecks
        name={`objectives.${index}.levers`}
        label={t('objectiveLevers', { number })}
        legendClassName="legend legend--s"
        hint={t('objectiveLeversHint')}
        options={LEVERS.map((lever) => ({ value: lever, label: leverLabels[locale][lever].label }))}
      />
    </FoldingEntry>
  );
}

function RemoveDialog({
  pending,
  onConfirm,
  onCancel,
}: {
  pending: PendingRemoval | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations('steps.toBe.confirmRemove');
  const tAll = useTranslations();
  return (
    <ConfirmDialog
      open={pending !== null}
      title={t('title', { name: pending?.label ?? '' })}
      confirmLabel={t('confirm')}
      cancelLabel={tAll('common.cancel')}
      danger
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{t('intro')}</p>
      <ul className="list list--bullet">
        {pending?.references.map((reference) => (
          <li key={`${reference.step}-${reference.list}-${reference.uid}`}>
            {t('referrer', {
              kind: t(KIND_KEYS[reference.list as keyof typeof KIND_KEYS]),
              name: reference.text || tAll('common.list.untitled'),
              number: stepNumber(reference.step),
              step: tAll(`${getStep(reference.step).messages}.title`),
            })}
          </li>
        ))}
      </ul>
      <p>{t('outro')}</p>
    </ConfirmDialog>
  );
}
