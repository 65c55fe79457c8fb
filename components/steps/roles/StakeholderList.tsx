'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { MoveNotice, UndoNotice, useEntityList } from '@/components/ui/EntityList';
import { FoldingEntry } from '@/components/ui/form/FoldingEntry';
import { useFormField } from '@/components/ui/form/context';
import { ListFullNote, useListSchema } from '@/components/ui/form/EntityListSection';
import { ChoiceRadios, ChoiceSelect, LongText, TextInput } from '@/components/ui/form/fields';
import { useDraftActions } from '@/components/workspace/DraftSession';
import { actorLabels, engagementLabels, gridLevelLabels } from '@/content/reference/roles';
import { referencesTo, type Reference } from '@/lib/links';
import { withoutStakeholder, withRolesRestored } from '@/lib/raci';
import { engagementOf } from '@/lib/stakeholders';
import { getStep } from '@/lib/steps/registry';
import { ACTORS, GRID_LEVELS, type Actor, type RaciRole, type Stakeholder } from '@/lib/steps/roles';
import styles from '../RolesStep.module.css';
import { AddFromList } from './AddFromList';
import { PowerInterestGrid } from './PowerInterestGrid';
import type { RolesForm } from './types';
import { useStakeholders } from './useStakeholderNames';

/** The two questions of the power–interest grid, with their hints (keys in `steps.roles`). */
const GRID_QUESTIONS = [
  { question: 'influence', hint: 'influenceHint' },
  { question: 'interest', hint: 'interestHint' },
] as const;

/**
 * The stakeholders: quick picks from the catalogue, one entry per stakeholder
 * (actor, who, influence, interest, role), and the power–interest grid.
 *
 * Removing a stakeholder also removes its roles in the RACI matrix. Undo puts
 * both back. When steps 6 or 7 refer to it (owners), the user confirms first
 * and the removal is final: the references are cleared in those steps, and
 * there is no undo (restoring them would need a copy of other steps' data).
 */
export function StakeholderList({ form }: { form: RolesForm }) {
  const listField = useFormField('stakeholders');
  const t = useTranslations('steps.roles');
  const tAll = useTranslations();
  const tCommon = useTranslations('common');
  const locale = useLocale();
  const { current, unlink } = useDraftActions();
  const list = useEntityList(form, 'stakeholders');
  const { max, empty } = useListSchema('stakeholders');
  const newStakeholder = (actor: Actor | null) => ({ ...(empty() as Stakeholder), actor });
  const room = max - list.fields.length;
  const fullId = room <= 0 ? 'stakeholders-full' : undefined;
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
    const references = referencesTo(current().steps, uid);
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
        folded={list.fields.length > 0}
        id={listField.id}
        legend={t('catalogueLegend')}
        hint={t('catalogueHint')}
        error={listField.error}
        options={catalogue}
        addLabel={t('catalogueAdd')}
        allAddedText={t('catalogueAllAdded')}
        full={fullId ? { id: fullId } : undefined}
        onAdd={(actors) => {
          setFinalNotice('');
          for (const actor of ACTORS.filter((code) => actors.includes(code)).slice(0, Math.max(room, 0))) {
            list.append(newStakeholder(actor));
          }
        }}
      />
      {list.fields.length === 0 ? <p>{t('noStakeholders')}</p> : null}
      <ol className="entry-list" aria-label={t('stakeholdersHeading')}>
        {list.fields.map((field, index) => {
          const stakeholder = stakeholders[index];
          const name = stakeholder?.name ?? '';
          const legend = t('stakeholderNumber', { number: index + 1 });
          const engagement = engagementOf(stakeholder?.influence, stakeholder?.interest);
          const path = (key: string) => `stakeholders.${index}.${key}`;
          return (
            <FoldingEntry
              key={field.id}
              legend={legend}
              title={name === legend ? undefined : name}
              facts={[engagement ? engagementLabels[locale][engagement].label : null]}
              {...list.entryProps(index, name, () => requestRemove(index))}
            >
              <ChoiceSelect
                name={path('actor')}
                label={t('actor')}
                hint={t('actorHint')}
                placeholder={t('actorPlaceholder')}
                options={ACTORS.map((actor) => ({ value: actor, label: labels[actor].label }))}
              />
              {stakeholder?.actor === 'other' ? (
                <TextInput name={path('customName')} label={t('customName')} optional={false} />
              ) : null}
              <TextInput name={path('who')} label={t('who')} hint={t('whoHint')} />
              <div className={styles.gridAnswers}>
                {GRID_QUESTIONS.map(({ question, hint }) => (
                  <ChoiceRadios
                    key={question}
                    name={path(question)}
                    inline
                    label={t(question)}
                    hint={t(hint)}
                    options={gridLevels}
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
              <LongText name={path('role')} label={t('role')} hint={t('roleHint')} rows={3} />
            </FoldingEntry>
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
      <MoveNotice moved={list.moved} />
      <p role="status" className={finalNotice ? 'notice' : undefined}>
        {finalNotice}
      </p>
      <p className="hint" id="add-stakeholder-hint">
        {t('addStakeholderHint')}
      </p>
      <Button
        ref={addButton}
        variant="secondary"
        aria-describedby={fullId ? `add-stakeholder-hint ${fullId}` : 'add-stakeholder-hint'}
        disabled={fullId !== undefined}
        onClick={() => {
          setFinalNotice('');
          list.append(newStakeholder(null));
        }}
      >
        {t('addStakeholder')}
      </Button>
      {fullId ? <ListFullNote id={fullId} max={max} /> : null}

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
