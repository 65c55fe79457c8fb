'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { useDraftActions } from '@/components/workspace/DraftSession';
import { LongText } from '@/components/ui/form/fields';
import { filled } from '@/lib/steps/fields';
import { boardTextParts } from '@/lib/roi';
import type { ResourcesForm } from './form';

/** The text for the budget conversation: drafted from the figures on request, then the user's own. */
export function BoardText({ form }: { form: ResourcesForm }) {
  const t = useTranslations('steps.resources.board');
  const tCommon = useTranslations('common');
  const locale = useLocale();
  const { current: currentDraft } = useDraftActions();
  const [announcement, setAnnouncement] = useState('');
  const [proposal, setProposal] = useState<string | null>(null);

  // An edit of the text makes the last announcement ("drafted", "nothing to draft from") stale.
  useEffect(
    () => form.subscribe({ name: 'boardText', formState: { values: true }, callback: () => setAnnouncement('') }),
    [form],
  );

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
      <LongText name="boardText" label={t('text')} hint={t('textHint')} rows={10} />
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
