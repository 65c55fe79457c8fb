'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { MoveNotice, UndoNotice, useEntityList } from '@/components/ui/EntityList';
import { FoldingEntry } from '@/components/ui/form/FoldingEntry';
import { ListAddButton } from '@/components/ui/form/EntityListSection';
import { ChoiceChecks, LongText, TextInput } from '@/components/ui/form/fields';
import { objectiveUnlinks } from '@/lib/actions';
import type { OperationalObjective } from '@/lib/steps/action';
import { EmptyLink } from './EmptyLink';
import type { ActionForm, RequestRemoval } from './types';
import { useLinkOptions } from './useLinkOptions';

/** Operational objectives, each serving step 4's strategic objectives. */
export function OperationalObjectives({ form, requestRemoval }: { form: ActionForm; requestRemoval: RequestRemoval }) {
  const t = useTranslations('steps.action');
  const untitled = useTranslations('common.list')('untitled');
  const list = useEntityList(form, 'operationalObjectives');
  const { strategicObjectives } = useLinkOptions();
  const values = useWatch({ control: form.control, name: 'operationalObjectives' });
  // Links from actions cleared by the last removal, given back on undo.
  const [cleared, setCleared] = useState<{ uid: string; objectives: string[] }[]>([]);

  const remove = (index: number) => {
    const uid = form.getValues(`operationalObjectives.${index}.uid`);
    if (!uid) return;
    const label = form.getValues(`operationalObjectives.${index}.name`)?.trim() || untitled;
    requestRemoval({
      kind: 'objective',
      uid,
      label,
      run: () => {
        const unlinks = objectiveUnlinks(form.getValues('actions') ?? [], [uid]);
        for (const change of unlinks) {
          form.setValue(`actions.${change.index}.objectives`, change.after, { shouldDirty: true });
        }
        setCleared(unlinks.map((change) => ({ uid: change.uid, objectives: change.before })));
        list.remove(index, label);
      },
    });
  };

  const undo = () => {
    list.undo();
    const actions = form.getValues('actions') ?? [];
    for (const { uid, objectives } of cleared) {
      const index = actions.findIndex((action) => action.uid === uid);
      if (index >= 0) form.setValue(`actions.${index}.objectives`, objectives, { shouldDirty: true });
    }
    setCleared([]);
  };

  return (
    <fieldset className="fieldset fieldset--section">
      <legend className="heading-l">{t('objectivesHeading')}</legend>
      <p>{t('objectivesIntro')}</p>
      {strategicObjectives.length === 0 ? <EmptyLink step="to-be" messageKey="noStrategic" /> : null}
      {list.fields.length === 0 ? <p>{t('noObjectives')}</p> : null}
      <ol className="entry-list">
        {list.fields.map((field, index) => {
          const legend = t('objectiveLegend', { number: index + 1 });
          const serves = values?.[index]?.strategicObjectives ?? [];
          return (
            <FoldingEntry
              key={field.id}
              legend={legend}
              title={values?.[index]?.name}
              facts={[
                strategicObjectives
                  .filter((option) => serves.includes(option.value))
                  .map((option) => option.label)
                  .join(', '),
              ]}
              {...list.entryProps(index, legend, () => remove(index))}
            >
              <TextInput
                name={`operationalObjectives.${index}.name`}
                label={t('objectiveName')}
                hint={t('objectiveNameHint')}
              />
              <LongText
                name={`operationalObjectives.${index}.description`}
                label={t('objectiveDescription')}
                rows={2}
              />
              {strategicObjectives.length > 0 ? (
                <ChoiceChecks
                  name={`operationalObjectives.${index}.strategicObjectives`}
                  label={t('objectiveStrategic')}
                  hint={t('objectiveStrategicHint')}
                  options={strategicObjectives}
                />
              ) : null}
            </FoldingEntry>
          );
        })}
      </ol>
      <UndoNotice removed={list.removed} onUndo={undo} onDismiss={list.dismiss} />
      <MoveNotice moved={list.moved} />
      <ListAddButton
        name="operationalObjectives"
        count={list.fields.length}
        label={t('addObjective')}
        onAdd={(entry) => list.append(entry as OperationalObjective)}
      />
    </fieldset>
  );
}
