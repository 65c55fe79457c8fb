'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/Button';
import { MoveNotice, UndoNotice, useEntityList } from '@/components/ui/EntityList';
import { FoldingEntry } from '@/components/ui/form/FoldingEntry';
import { useFormField } from '@/components/ui/form/context';
import { ListFullNote, useListSchema } from '@/components/ui/form/EntityListSection';
import { TextInput } from '@/components/ui/form/fields';
import { suggestedTasks } from '@/content/reference/roles';
import type { RaciTask } from '@/lib/steps/roles';
import { AddFromList } from './AddFromList';
import { RaciMatrix } from './RaciMatrix';
import type { RolesForm } from './types';

const sameName = (name: string | undefined) => (name ?? '').trim().toLocaleLowerCase();

/** The policy's key tasks (suggested or free), then the RACI matrix of tasks × stakeholders. */
export function TaskList({ form }: { form: RolesForm }) {
  const listField = useFormField('tasks');
  const t = useTranslations('steps.roles');
  const locale = useLocale();
  const list = useEntityList(form, 'tasks');
  const tasks = useWatch({ control: form.control, name: 'tasks' }) ?? [];
  const taken = new Set(tasks.map((task) => sameName(task?.name)));
  const suggestions = suggestedTasks[locale]
    .filter((name) => !taken.has(sameName(name)))
    .map((name) => ({ value: name, label: name }));
  const { max, empty } = useListSchema('tasks');
  const room = max - list.fields.length;
  const fullId = room <= 0 ? 'tasks-full' : undefined;
  const addTask = (name: string) => list.append({ ...(empty() as RaciTask), name });

  return (
    <>
      <AddFromList
        folded={list.fields.length > 0}
        id={listField.id}
        legend={t('suggestedLegend')}
        hint={t('suggestedHint')}
        error={listField.error}
        options={suggestions}
        addLabel={t('suggestedAdd')}
        allAddedText={t('suggestedAllAdded')}
        full={fullId ? { id: fullId } : undefined}
        onAdd={(names) => names.slice(0, Math.max(room, 0)).forEach(addTask)}
      />
      {list.fields.length === 0 ? <p>{t('noTasks')}</p> : null}
      <ol className="entry-list" aria-label={t('tasksHeading')}>
        {list.fields.map((field, index) => {
          const label = t('taskName', { number: index + 1 });
          return (
            <FoldingEntry
              key={field.id}
              legend={label}
              title={tasks[index]?.name}
              {...list.entryProps(index, tasks[index]?.name?.trim() || label)}
            >
              <TextInput name={`tasks.${index}.name`} label={label} />
            </FoldingEntry>
          );
        })}
      </ol>
      <UndoNotice removed={list.removed} onUndo={list.undo} onDismiss={list.dismiss} />
      <MoveNotice moved={list.moved} />
      <Button variant="secondary" onClick={() => addTask('')} disabled={fullId !== undefined} aria-describedby={fullId}>
        {t('addTask')}
      </Button>
      {fullId ? <ListFullNote id={fullId} max={max} /> : null}
      <RaciMatrix form={form} />
    </>
  );
}
