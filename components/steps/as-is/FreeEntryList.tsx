'use client';

import { useWatch } from 'react-hook-form';
import { EntityListSection } from '@/components/ui/form/EntityListSection';
import { TextInput } from '@/components/ui/form/fields';
import type { AsIsForm } from './types';

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
  const entries = useWatch({ control: form.control, name });
  const nameOf = (index: number) => entries?.[index]?.text?.trim() || entryLabel(index + 1);
  return (
    <EntityListSection
      name={name}
      heading={heading}
      headingClassName="heading-s"
      addLabel={addLabel}
      legendOf={(index) => entryLabel(index + 1)}
      titleOf={(entry: { text?: string } | undefined) => entry?.text}
      nameOf={nameOf}
      // The list's heading says "(optional)"; its entries do not repeat it.
      renderEntry={(index) => (
        <TextInput name={`${name}.${index}.text`} label={entryLabel(index + 1)} optional={false} />
      )}
    />
  );
}
