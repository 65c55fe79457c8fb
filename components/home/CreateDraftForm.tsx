'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/Button';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextField } from '@/components/ui/Field';
import { DRAFT_NAME_MAX, newDraftSchema, ORGANISATION_MAX, type NewDraftInput } from '@/lib/draft/envelope';
import { useMessageKey } from '@/components/ui/useMessageKey';

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
          error={errors.name?.message ? message(errors.name.message) : undefined}
          maxLength={DRAFT_NAME_MAX}
          autoComplete="off"
          {...form.register('name')}
        />
        <TextField
          id="new-draft-organisation"
          label={t('organisationLabel')}
          optionalText={tCommon('optional')}
          error={errors.organisation?.message ? message(errors.organisation.message) : undefined}
          maxLength={ORGANISATION_MAX}
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
