'use client';

import { useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/Field';
import { EntityControls, UndoNotice, useEntityList } from '@/components/ui/EntityList';
import { useFieldError } from '@/components/workspace/StepFormFrame';
import { fieldId } from '@/components/workspace/useStepForm';
import { LIMITS, newUid } from '@/lib/steps/fields';
import type { AsIsForm } from './types';

export const MAX_FREE_ENTRIES = 20;

/** A short list of the user's own job demands or resources. Empty entries are ignored. */
export function FreeEntryList({
  form,
  name,
  heading,
  entryLabel,
  addLabel,
}: {
  form: AsIsForm;
  name: 'demandsOther' | 'resourcesOther';
  heading: string;
  /** Label of entry `number` (1-based). */
  entryLabel: (number: number) => string;
  addLabel: string;
}) {
  const optional = useTranslations('common')('optional');
  const list = useEntityList(form, name);
  const entries = useWatch({ control: form.control, name });
  const errorFor = useFieldError(form);
  const headingId = `${fieldId(name)}-heading`;
  const nameOf = (index: number) => entries?.[index]?.text?.trim() || entryLabel(index + 1);
  return (
    <div className="field">
      <h3 className="heading-s" id={headingId}>
        {heading} <span className="optional">{optional}</span>
      </h3>
      <ol className="entry-list" aria-labelledby={headingId}>
        {list.fields.map((field, index) => (
          <li className="entry" key={field.id}>
            <TextField
              id={fieldId(`${name}.${index}.text`)}
              label={entryLabel(index + 1)}
              error={errorFor(`${name}.${index}.text`)}
              maxLength={LIMITS.short}
              {...form.register(`${name}.${index}.text`)}
            />
            <EntityControls
              index={index}
              count={list.fields.length}
              name={nameOf(index)}
              onMoveUp={() => list.moveUp(index)}
              onMoveDown={() => list.moveDown(index)}
              onRemove={() => list.remove(index, nameOf(index))}
            />
          </li>
        ))}
      </ol>
      <UndoNotice removed={list.removed} onUndo={list.undo} onDismiss={list.dismiss} />
      <Button
        variant="secondary"
        disabled={list.fields.length >= MAX_FREE_ENTRIES}
        onClick={() => list.append({ uid: newUid(), text: '' })}
      >
        {addLabel}
      </Button>
    </div>
  );
}
