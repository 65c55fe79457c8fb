'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/Button';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextField } from '@/components/ui/Field';
import { useLengthLimit } from '@/components/ui/form/fields';
import { DRAFT_NAME_MAX, newDraftSchema, ORGANISATION_MAX, type NewDraftInput } from '@/lib/draft/envelope';
import { useMessageKey } from '@/components/ui/useMessageKey';
import { TYPED_CAP_FACTOR } from '@/lib/steps/fields';

/** "Create a draft": name and organisation, with its own error summary (GOV.UK question page). */
export function CreateDraftForm({ onCreate }: { onCreate: (input: NewDraftInput) => Promise<void> }) {
  const t = useTranslations('home');
  const tStep = useTranslations('stepPage');
  const tCommon = useTranslations('common');
  const message = useMessageKey();
  const form = useForm<NewDraftInput>({
    resolver: zodResolver(newDraftSchema),
    defaultValues: { name: '', organisation: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const [name, organisation] = useWatch({ control: form.control, name: ['name', 'organisation'] });
  const nameLimit = useLengthLimit(name, DRAFT_NAME_MAX);
  const organisationLimit = useLengthLimit(organisation, ORGANISATION_MAX);
  const summary = [
    errors.name?.message ? { fieldId: 'new-draft-name', text: message(errors.name.message) } : null,
    errors.organisation?.message
      ? { fieldId: 'new-draft-organisation', text: message(errors.organisation.message) }
      : null,
  ].filter((item) => item !== null);
  return (
    <section aria-labelledby="create-heading" className="section">
      <h2 className="heading-l" id="create-heading">
        {t('createHeading')}
      </h2>
      <ErrorSummary title={tStep('errorSummaryTitle')} items={summary} focusKey={submitCount} />
      <form
        noValidate
        onSubmit={form.handleSubmit(async (input) => {
          await onCreate(input);
        })}
      >
        <TextField
          id="new-draft-name"
          label={t('nameLabel')}
          hint={t('nameHint')}
          error={nameLimit.error ?? (errors.name?.message ? message(errors.name.message) : undefined)}
          counter={nameLimit.counter}
          maxLength={DRAFT_NAME_MAX * TYPED_CAP_FACTOR}
          autoComplete="off"
          {...form.register('name')}
        />
        <TextField
          id="new-draft-organisation"
          label={t('organisationLabel')}
          optionalText={tCommon('optional')}
          error={
            organisationLimit.error ?? (errors.organisation?.message ? message(errors.organisation.message) : undefined)
          }
          counter={organisationLimit.counter}
          maxLength={ORGANISATION_MAX * TYPED_CAP_FACTOR}
          autoComplete="organization"
          {...form.register('organisation')}
        />
        <Button type="submit" disabled={isSubmitting}>
          {t('createButton')}
        </Button>
      </form>
    </section>
  );
}
