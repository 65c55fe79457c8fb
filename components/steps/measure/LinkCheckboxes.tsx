'use client';

import { useController } from 'react-hook-form';
import { useFormField } from '@/components/ui/form/context';
import type { LinkOption } from '@/lib/indicators';
import type { StepId } from '@/lib/steps/registry';
import { StepLink } from './StepLink';
import type { MeasureForm } from './entry';

interface Group {
  legend: string;
  options: readonly LinkOption[];
  /** Shown when the group has no options: where to add them. */
  emptyText: string;
  step: StepId;
}

/**
 * Checkboxes for a list of references (uids). Several groups may share one
 * field (strategic and operational objectives): each toggles its own uids
 * and keeps the others.
 */
export function LinkCheckboxes({
  form,
  name,
  groups,
}: {
  form: MeasureForm;
  name: `indicators.${number}.objectives` | `indicators.${number}.actions`;
  groups: readonly Group[];
}) {
  const { id } = useFormField(name, true);
  const { field } = useController({ control: form.control, name });
  const value: string[] = Array.isArray(field.value) ? field.value : [];
  const toggle = (uid: string, checked: boolean) =>
    field.onChange(checked ? [...value.filter((item) => item !== uid), uid] : value.filter((item) => item !== uid));
  return groups.map((group, groupIndex) => (
    <fieldset className="fieldset field" key={group.legend}>
      <legend className="legend legend--s">{group.legend}</legend>
      {group.options.length === 0 ? (
        <p className="hint">
          {group.emptyText} <StepLink step={group.step} />
        </p>
      ) : (
        <div className="choices">
          {group.options.map((option, index) => {
            const optionId = `${id}-${groupIndex}-${index}`;
            return (
              <div className="choice" key={option.uid}>
                <input
                  className="choice__input"
                  type="checkbox"
                  id={optionId}
                  checked={value.includes(option.uid)}
                  onChange={(event) => toggle(option.uid, event.target.checked)}
                  onBlur={field.onBlur}
                />
                <label className="choice__label" htmlFor={optionId}>
                  {option.name}
                </label>
              </div>
            );
          })}
        </div>
      )}
    </fieldset>
  ));
}
