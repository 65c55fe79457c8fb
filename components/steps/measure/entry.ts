import type { UseFormReturn } from 'react-hook-form';
import { entryUid } from '@/components/ui/EntityList';
import type { StepFormValues } from '@/components/workspace/useStepForm';

/** The step 7 form, as every part of it receives it. */
export type MeasureForm = UseFormReturn<StepFormValues<'measure'>>;

/** What every entry of a step 7 list gets: its place in the list and the list's controls. */
export interface EntryProps {
  form: MeasureForm;
  index: number;
  count: number;
  onMoveUp: () => void;
  onMoveDown: () => void;
  /** `label` names the entry in the undo notice. */
  onRemove: (label: string) => void;
  /** Whether the entry is the list's one open entry (FoldingEntry). */
  open: boolean;
  onToggle: (open: boolean) => void;
}

/** The entry props for item `index` of a list from `useEntityList`. */
export function entryProps(
  form: MeasureForm,
  list: {
    fields: readonly { id: string }[];
    openUid: string | null;
    setOpen: (uid: string | null) => void;
    moveUp: (index: number) => void;
    moveDown: (index: number) => void;
    remove: (index: number, label: string) => void;
  },
  index: number,
): EntryProps {
  const field = list.fields[index];
  const uid = field ? entryUid(field) : '';
  return {
    open: list.openUid === uid,
    onToggle: (open) => list.setOpen(open ? uid : null),
    form,
    index,
    count: list.fields.length,
    onMoveUp: () => list.moveUp(index),
    onMoveDown: () => list.moveDown(index),
    onRemove: (label) => list.remove(index, label),
  };
}
