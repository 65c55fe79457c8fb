'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { TextArea } from '@/components/ui/Field';
import { useDraftActions } from '@/components/workspace/DraftSession';
import { useFieldError } from '@/components/workspace/StepFormFrame';
import { fieldId } from '@/components/ui/form/context';
import { filled, LIMITS } from '@/lib/steps/fields';
import { boardTextParts } from '@/lib/roi';
import type { ResourcesForm } from './form';

/** The text for the budget conversation: drafted from the figures on request, then the user's own. */
export function BoardText({ form }: { form: ResourcesForm }) {
  const t = useTranslations('steps.resources.board');
  const tCommon = useTranslations('common');
  const optional = tCommon('optional');
  const locale = useLocale();
  const { current: currentDraft } = useDraftActions();
  const errorFor = useFieldError(form);
  const [announcement, setAnnouncement] = useState('');
  const [proposal, setProposal] = useState<string | null>(null);

  const place = (text: string) => {
    form.setValue('boardText', text, { shouldDirty: true });
    setAnnouncement(t('drafted'));
  };
  const draftText = () => {
    const { budgetLines, staffTime, roi } = form.getValues();
    const paragraphs = boardTextParts(
      { resources: { budgetLines, staffTime, roi }, 'as-is': currentDraft().steps['as-is'] },
      locale,
    );
    if (paragraphs.length === 0) {
      setAnnouncement(t('nothing'));
      return;
    }
    const text = paragraphs.map((parts) => parts.map((part) => t(part.key, part.values)).join(' ')).join('\n\n');
    const current = form.getValues('boardText');
    // Never overwrite what the user wrote without asking.
    if (filled(current) && current !== text) setProposal(text);
    else place(text);
  };

  return (
    <>
      <p>{t('intro')}</p>
      <Button variant="secondary" onClick={draftText}>
        {t('draftButton')}
      </Button>
      <p role="status" className="hint">
        {announcement}
      </p>
      <TextArea
        id={fieldId('boardText')}
        label={t('text')}
        hint={t('textHint')}
        optionalText={optional}
        error={errorFor('boardText')}
        rows={10}
        maxLength={LIMITS.long}
        {...form.register('boardText', { onChange: () => setAnnouncement('') })}
      />
      <ConfirmDialog
        open={proposal !== null}
        title={t('replaceTitle')}
        confirmLabel={t('replaceConfirm')}
        cancelLabel={tCommon('cancel')}
        danger
        onConfirm={() => {
          if (proposal !== null) place(proposal);
          setProposal(null);
        }}
        onCancel={() => setProposal(null)}
      >
        <p>{t('replaceBody')}</p>
      </ConfirmDialog>
    </>
  );
}
