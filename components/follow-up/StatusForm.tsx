'use client';

import { useLocale, useTranslations } from 'next-intl';
import { actionStatusLabels } from '@/content/reference/action';
import { ChoiceSelect, DateInput, TextInput, type Option } from '@/components/ui/form/fields';
import { optionsOf } from '@/components/ui/form/options';
import { useSession } from '@/components/workspace/DraftSession';
import { statusForm, type StatusFormValues } from '@/lib/followUp/forms';
import { recordStatus } from '@/lib/followUp/operations';
import { statusChangeSchema } from '@/lib/followUp/schema';
import { ACTION_STATUSES } from '@/lib/steps/action';
import { newUid } from '@/lib/steps/fields';
import { RecordFormBox } from './RecordForm';
import { useRecordForm } from './useRecordForm';

const empty = (): StatusFormValues => ({ update: { ...statusChangeSchema.parse({ uid: newUid() }), action: null } });

/** "Record a status change": an action's new status, with its date and a short note. */
export function StatusForm({ actions }: { actions: readonly Option[] }) {
  const t = useTranslations('followUp.statusForm');
  const locale = useLocale() === 'fr' ? 'fr' : 'nl';
  const session = useSession();
  const recorder = useRecordForm(statusForm, empty, (values) => {
    const { action, ...change } = values.update;
    const parsed = statusChangeSchema.parse(change);
    if (action) session.edit((draft) => recordStatus(draft, action, parsed, newUid()));
  });
  return (
    <RecordFormBox
      id="status-form-heading"
      heading={t('heading')}
      recorder={recorder}
      definition={statusForm}
      submit={t('submit')}
      done={t('saved')}
    >
      <ChoiceSelect name="update.action" label={t('action')} placeholder={t('actionPlaceholder')} options={actions} />
      <DateInput name="update.date" label={t('date')} />
      <ChoiceSelect
        name="update.status"
        label={t('status')}
        placeholder={t('statusPlaceholder')}
        options={optionsOf(ACTION_STATUSES, actionStatusLabels[locale])}
      />
      <TextInput name="update.note" label={t('note')} hint={t('noteHint')} />
    </RecordFormBox>
  );
}
