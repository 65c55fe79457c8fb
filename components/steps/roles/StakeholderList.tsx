'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { ChoiceGroup, Select, TextArea, TextField } from '@/components/ui/Field';
import { useDraftSession } from '@/components/workspace/DraftSession';
import { EntityControls, UndoNotice, useEntityList } from '@/components/ui/EntityList';
import { fieldId } from '@/components/workspace/useStepForm';
import { actorLabels, engagementLabels, gridLevelLabels } from '@/content/reference/roles';
import { referencesTo, type Reference } from '@/lib/links';
import { withoutStakeholder, withRolesRestored } from '@/lib/raci';
import { engagementOf } from '@/lib/stakeholders';
import { emptyToNull, LIMITS, newUid } from '@/lib/steps/fields';
import { getStep } from '@/lib/steps/registry';
import { ACTORS, GRID_LEVELS, type Actor, type RaciRole } from '@/lib/steps/roles';
import styles from '../RolesStep.module.css';
import { AddFromList } from './AddFromList';
import { PowerInterestGrid } from './PowerInterestGrid';
import type { ErrorFor, RolesForm } from './types';
import { useStakeholders } from './useStakeholderNames';

const newStakeholder = (actor: Actor | null) => ({
  uid: newUid(),
  actor,
  customName: '',
  who: '',
  influence: null,
  interest: null,
  role: '',
});

/**
 * The stakeholders: quick picks from the catalogue, one entry per stakeholder
 * (actor, who, influence, interest, role), and the power–interest grid.
 *
 * Removing a stakeholder also removes its roles in the RACI matrix. Undo puts
 * both back. When steps 6 or 7 refer to it (owners), the user confirms first
 * and the removal is final: the references are cleared in those steps, and
 * there is no undo (restoring them would need a copy of other steps' data).
 */
export function StakeholderList({ form, errorFor }: { form: RolesForm; errorFor: ErrorFor }) {
  const t = useTranslations('steps.roles');
  const tAll = useTranslations();
  const tCommon = useTranslations('common');
  const locale = useLocale();
  const { draft, unlink } = useDraftSession();
  const list = useEntityList(form, 'stakeholders');
  const stakeholders = useStakeholders(form);
  const [removedRoles, setRemovedRoles] = useState<{ uid: string; roles: Record<string, RaciRole> } | null>(null);
  const [confirming, setConfirming] = useState<{
    index: number;
    uid: string;
    name: string;
    references: Reference[];
  } | null>(null);
  const [finalNotice, setFinalNotice] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusAdd, setFocusAdd] = useState(0);
  const optional = tCommon('optional');
  const labels = actorLabels[locale];

  // After a confirmed removal the Remove button is gone: move focus to a stable place.
  useEffect(() => {
    if (focusAdd) addButton.current?.focus();
  }, [focusAdd]);

  const setTasks = (next: { assignments?: Record<string, RaciRole> | undefined }[], before: unknown[]) =>
    next.forEach((task, index) => {
      if (task !== before[index]) form.setValue(`tasks.${index}.assignments`, task.assignments ?? {});
    });

  // After a submit, the RACI checks change with the columns: keep the error summary in step.
  const revalidate = () => {
    if (form.formState.isSubmitted) void form.trigger();
  };

  const remove = (index: number, uid: string, name: string, references: Reference[]) => {
    const tasks = form.getValues('tasks') ?? [];
    const { tasks: next, removed } = withoutStakeholder(tasks, uid);
    setTasks(next, tasks);
    list.remove(index, name);
    revalidate();
    if (references.length === 0) {
      setRemovedRoles({ uid, roles: removed });
      setFinalNotice('');
      return;
    }
    list.dismiss();
    setRemovedRoles(null);
    unlink([uid], 'roles');
    setFinalNotice(t('removedFinal', { name, count: references.length }));
    setFocusAdd((count) => count + 1);
  };

  const requestRemove = (index: number) => {
    const uid = form.getValues(`stakeholders.${index}.uid`) ?? '';
    const name = stakeholders[index]?.name ?? '';
    const references = referencesTo(draft.steps, uid);
    if (references.length === 0) remove(index, uid, name, references);
    else setConfirming({ index, uid, name, references });
  };

  const undo = () => {
    const restoring = list.removed?.item.uid;
    list.undo();
    if (!removedRoles || restoring !== removedRoles.uid) return;
    const tasks = form.getValues('tasks') ?? [];
    setTasks(withRolesRestored(tasks, removedRoles.uid, removedRoles.roles), tasks);
    setRemovedRoles(null);
    revalidate();
  };

  const inList = new Set(stakeholders.map((stakeholder) => stakeholder.actor));
  const catalogue = ACTORS.filter((actor) => actor !== 'other' && !inList.has(actor)).map((actor) => ({
    value: actor,
    label: labels[actor].label,
  }));
  const gridLevels = GRID_LEVELS.map((level) => ({ value: level, label: gridLevelLabels[locale][level].label }));

  return (
    <>
      <AddFromList
        id={fieldId('stakeholders')}
        legend={t('catalogueLegend')}
        hint={t('catalogueHint')}
        error={errorFor('stakeholders')}
        options={catalogue}
        addLabel={t('catalogueAdd')}
        allAddedText={t('catalogueAllAdded')}
        onAdd={(actors) => {
          setFinalNotice('');
          for (const actor of ACTORS.filter((code) => actors.includes(code))) list.append(newStakeholder(actor));
        }}
      />
      {list.fields.length === 0 ? <p>{t('noStakeholders')}</p> : null}
      <ol className="entry-list" aria-label={t('stakeholdersHeading')}>
        {list.fields.map((field, index) => {
          const stakeholder = stakeholders[index];
          const name = stakeholder?.name ?? '';
          const headingId = `stakeholder-${field.id}`;
          const engagement = engagementOf(stakeholder?.influence, stakeholder?.interest);
          const path = (key: string) => `stakeholders.${index}.${key}`;
          return (
            <li className="entry" key={field.id}>
              <div role="group" aria-labelledby={headingId}>
                <h3 className="heading-m" id={headingId}>
                  {name}
                </h3>
                <Select
                  id={fieldId(path('actor'))}
                  label={t('actor')}
                  hint={t('actorHint')}
                  placeholder={t('actorPlaceholder')}
                  error={errorFor(path('actor'))}
                  options={ACTORS.map((actor) => ({ value: actor, label: labels[actor].label }))}
                  {...form.register(`stakeholders.${index}.actor`, { setValueAs: emptyToNull })}
                />
                {stakeholder?.actor === 'other' ? (
                  <TextField
                    id={fieldId(path('customName'))}
                    label={t('customName')}
                    error={errorFor(path('customName'))}
                    maxLength={LIMITS.short}
                    {...form.register(`stakeholders.${index}.customName`)}
                  />
                ) : null}
                <TextField
                  id={fieldId(path('who'))}
                  label={t('who')}
                  hint={t('whoHint')}
                  optionalText={optional}
                  maxLength={LIMITS.short}
                  {...form.register(`stakeholders.${index}.who`)}
                />
                <div className={styles.gridAnswers}>
                  {(['influence', 'interest'] as const).map((question) => (
                    <ChoiceGroup
                      key={question}
                      id={fieldId(path(question))}
                      type="radio"
                      inline
                      legend={t(question)}
                      hint={t(`${question}Hint`)}
                      error={errorFor(path(question))}
                      options={gridLevels}
                      inputProps={form.register(`stakeholders.${index}.${question}`)}
                    />
                  ))}
                </div>
                <p className={styles.engagement} aria-live="polite">
                  {engagement
                    ? t('engagement', {
                        label: engagementLabels[locale][engagement].label,
                        hint: engagementLabels[locale][engagement].hint ?? '',
                      })
                    : t('engagementUnknown')}
                </p>
                <TextArea
                  id={fieldId(path('role'))}
                  label={t('role')}
                  hint={t('roleHint')}
                  optionalText={optional}
                  rows={3}
                  maxLength={LIMITS.long}
                  {...form.register(`stakeholders.${index}.role`)}
                />
                <EntityControls
                  index={index}
                  count={list.fields.length}
                  name={name}
                  onMoveUp={() => list.moveUp(index)}
                  onMoveDown={() => list.moveDown(index)}
                  onRemove={() => requestRemove(index)}
                />
              </div>
            </li>
          );
        })}
      </ol>
      <UndoNotice
        removed={list.removed}
        onUndo={undo}
        onDismiss={() => {
          list.dismiss();
          setRemovedRoles(null);
        }}
      />
      <p role="status" className={finalNotice ? 'notice' : undefined}>
        {finalNotice}
      </p>
      <p className="hint" id="add-stakeholder-hint">
        {t('addStakeholderHint')}
      </p>
      <Button
        ref={addButton}
        variant="secondary"
        aria-describedby="add-stakeholder-hint"
        onClick={() => {
          setFinalNotice('');
          list.append(newStakeholder(null));
        }}
      >
        {t('addStakeholder')}
      </Button>

      <PowerInterestGrid stakeholders={stakeholders} />

      <ConfirmDialog
        open={confirming !== null}
        title={t('removeTitle', { name: confirming?.name ?? '' })}
        confirmLabel={t('removeConfirm')}
        cancelLabel={tCommon('cancel')}
        danger
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          if (confirming) remove(confirming.index, confirming.uid, confirming.name, confirming.references);
          setConfirming(null);
        }}
      >
        <p>{t('removeReferences')}</p>
        <ul className="list list--bullet">
          {confirming?.references.map((reference) => (
            <li key={`${reference.list}-${reference.uid}-${reference.field}`}>
              {t('removeReference', {
                step: tAll(`${getStep(reference.step).messages}.title`),
                text: reference.text || tCommon('list.untitled'),
              })}
            </li>
          ))}
        </ul>
        <p>{t('removeWarning')}</p>
      </ConfirmDialog>
    </>
  );
}
