'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/Field';
import { EntityControls, UndoNotice, useEntityList } from '@/components/ui/EntityList';
import { fieldId } from '@/components/workspace/useStepForm';
import { suggestedTasks } from '@/content/reference/roles';
import { LIMITS, newUid } from '@/lib/steps/fields';
import { AddFromList } from './AddFromList';
import { RaciMatrix } from './RaciMatrix';
import type { ErrorFor, RolesForm } from './types';

const sameName = (name: string | undefined) => (name ?? '').trim().toLocaleLowerCase();

/** The policy's key tasks (suggested or free), then the RACI matrix of tasks × stakeholders. */
export function TaskList({ form, errorFor }: { form: RolesForm; errorFor: ErrorFor }) {
  const t = useTranslations('steps.roles');
  const locale = useLocale();
  const list = useEntityList(form, 'tasks');
  const tasks = useWatch({ control: form.control, name: 'tasks' }) ?? [];
  const taken = new Set(tasks.map((task) => sameName(task?.name)));
  const suggestions = suggestedTasks[locale]
    .filter((name) => !taken.has(sameName(name)))
    .map((name) => ({ value: name, label: name }));
  const addTask = (name: string) => list.append({ uid: newUid(), name, assignments: {} });

  return (
    <>
      <AddFromList
        id={fieldId('tasks')}
        legend={t('suggestedLegend')}
        hint={t('suggestedHint')}
        error={errorFor('tasks')}
        options={suggestions}
        addLabel={t('suggestedAdd')}
        allAddedText={t('suggestedAllAdded')}
        onAdd={(names) => names.forEach(addTask)}
      />
      {list.fields.length === 0 ? <p>{t('noTasks')}</p> : null}
      <ol className="entry-list" aria-label={t('tasksHeading')}>
        {list.fields.map((field, index) => {
          const label = t('taskName', { number: index + 1 });
          return (
            <li className="entry" key={field.id}>
              <TextField
                id={fieldId(`tasks.${index}.name`)}
                label={label}
                error={errorFor(`tasks.${index}.name`)}
                maxLength={LIMITS.short}
                {...form.register(`tasks.${index}.name`)}
              />
              <EntityControls
                index={index}
                count={list.fields.length}
                name={tasks[index]?.name?.trim() || label}
                onMoveUp={() => list.moveUp(index)}
                onMoveDown={() => list.moveDown(index)}
                onRemove={() => list.remove(index, tasks[index]?.name?.trim() || label)}
              />
            </li>
          );
        })}
      </ol>
      <UndoNotice removed={list.removed} onUndo={list.undo} onDismiss={list.dismiss} />
      <Button variant="secondary" onClick={() => addTask('')}>
        {t('addTask')}
      </Button>
      <RaciMatrix form={form} errorFor={errorFor} />
    </>
  );
}
