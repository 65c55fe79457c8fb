'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextField } from '@/components/ui/Field';
import {
  createDraft,
  DRAFT_NAME_MAX,
  newDraftSchema,
  ORGANISATION_MAX,
  type Draft,
  type NewDraftInput,
} from '@/lib/draft/envelope';
import { duplicated, renamed } from '@/lib/draft/operations';
import { completedCount } from '@/lib/draft/status';
import {
  deleteDraft,
  insertDraft,
  listDrafts,
  saveDraft,
  storageErrorKind,
  type DraftList,
  type StorageErrorKind,
} from '@/lib/draft/storage';
import { STEPS } from '@/lib/steps/registry';
import { draftHref } from './workspaceUrl';
import { useMessageKey } from './useMessageKey';

type Dialog = { kind: 'delete' | 'rename'; draft: Draft } | null;

export function DraftsHome() {
  const t = useTranslations('home');
  const tStorage = useTranslations('storage');
  const tCommon = useTranslations('common');
  const tDraft = useTranslations('draft');
  const format = useFormatter();
  const locale = useLocale();
  const router = useRouter();
  const [list, setList] = useState<DraftList | null>(null);
  const [storageError, setStorageError] = useState<StorageErrorKind | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [newName, setNewName] = useState('');
  const [renameError, setRenameError] = useState(false);

  const refresh = useCallback(async () => {
    try {
      setList(await listDrafts());
    } catch (error) {
      setStorageError(storageErrorKind(error));
      setList({ drafts: [], damaged: [] });
    }
  }, []);

  useEffect(() => {
    listDrafts().then(setList, (error: unknown) => {
      setStorageError(storageErrorKind(error));
      setList({ drafts: [], damaged: [] });
    });
  }, []);

  const run = async (operation: () => Promise<unknown>, success: string) => {
    try {
      await operation();
      setStorageError(null);
      setNotice(success);
    } catch (error) {
      setNotice(null);
      setStorageError(storageErrorKind(error));
    }
    await refresh();
  };

  return (
    <>
      <div aria-live="polite" role="status" className="notice-region">
        {notice ? <p className="notice notice--success">{notice}</p> : null}
      </div>
      {storageError ? (
        <div className="notice notice--error" role="alert">
          {tStorage(storageError)}
        </div>
      ) : null}

      <section aria-labelledby="drafts-heading" className="section">
        <h2 className="heading-l" id="drafts-heading">
          {t('draftsHeading')}
        </h2>
        {list === null ? (
          <p>{tCommon('loading')}</p>
        ) : list.drafts.length === 0 ? (
          <p>{t('noDrafts')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('table.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('table.name')}</th>
                  <th scope="col">{t('table.organisation')}</th>
                  <th scope="col">{t('table.lastSaved')}</th>
                  <th scope="col">{t('table.progress')}</th>
                  <th scope="col">{t('table.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {list.drafts.map((draft) => (
                  <tr key={draft.uid}>
                    <th scope="row">
                      <Link href={draftHref(locale, draft.uid)}>{draft.name}</Link>
                    </th>
                    <td>{draft.organisation || <span className="muted">{t('noOrganisation')}</span>}</td>
                    <td>
                      <time dateTime={draft.updatedAt}>
                        {format.dateTime(new Date(draft.updatedAt), { dateStyle: 'medium', timeStyle: 'short' })}
                      </time>
                    </td>
                    <td>{t('progress', { done: completedCount(draft), total: STEPS.length })}</td>
                    <td>
                      <div className="row-actions">
                        <Button variant="link" aria-label={t('renameNamed', { name: draft.name })} onClick={() => {
                          setNewName(draft.name);
                          setRenameError(false);
                          setDialog({ kind: 'rename', draft });
                        }}>
                          {t('rename')}
                        </Button>
                        <Button
                          variant="link"
                          aria-label={t('duplicateNamed', { name: draft.name })}
                          onClick={() => {
                            const name = t('duplicateName', { name: draft.name }).slice(0, DRAFT_NAME_MAX);
                            void run(() => insertDraft(duplicated(draft, name)), t('duplicated', { name }));
                          }}
                        >
                          {t('duplicate')}
                        </Button>
                        <Button
                          variant="link"
                          aria-label={t('deleteNamed', { name: draft.name })}
                          onClick={() => setDialog({ kind: 'delete', draft })}
                        >
                          {t('delete')}
                        </Button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {list && list.damaged.length > 0 ? (
          <div className="notice notice--warning">
            <h3 className="heading-s">{t('damagedHeading')}</h3>
            <p>{t('damagedBody', { count: list.damaged.length })}</p>
          </div>
        ) : null}
        <p className="hint">{t('storageNote')}</p>
      </section>

      <CreateDraftForm
        onCreate={async (input) => {
          try {
            const draft = createDraft({ ...input, locale });
            await insertDraft(draft);
            router.push(draftHref(locale, draft.uid));
          } catch (error) {
            setStorageError(storageErrorKind(error));
          }
        }}
      />

      <ConfirmDialog
        open={dialog?.kind === 'delete'}
        title={dialog ? t('deleteTitle', { name: dialog.draft.name }) : ''}
        confirmLabel={t('deleteConfirm')}
        cancelLabel={tCommon('cancel')}
        danger
        onCancel={() => setDialog(null)}
        onConfirm={() => {
          if (!dialog) return;
          const { draft } = dialog;
          setDialog(null);
          void run(() => deleteDraft(draft.uid), t('deleted', { name: draft.name }));
        }}
      >
        <p>{t('deleteBody')}</p>
      </ConfirmDialog>

      <ConfirmDialog
        open={dialog?.kind === 'rename'}
        title={t('renameTitle')}
        confirmLabel={t('renameConfirm')}
        cancelLabel={tCommon('cancel')}
        onCancel={() => setDialog(null)}
        onConfirm={() => {
          if (!dialog) return;
          if (!newName.trim()) {
            setRenameError(true);
            document.getElementById('rename-name')?.focus();
            return;
          }
          const { draft } = dialog;
          setDialog(null);
          void run(() => saveDraft(renamed(draft, newName)), t('renamed', { name: newName.trim() }));
        }}
      >
        <TextField
          id="rename-name"
          label={t('renameLabel')}
          error={renameError ? tDraft('errors.nameRequired') : undefined}
          value={newName}
          maxLength={DRAFT_NAME_MAX}
          required
          onChange={(event) => setNewName(event.target.value)}
        />
      </ConfirmDialog>
    </>
  );
}

function CreateDraftForm({ onCreate }: { onCreate: (input: NewDraftInput) => Promise<void> }) {
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
      <form noValidate onSubmit={form.handleSubmit(async (input) => {
        await onCreate(input);
      })}>
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
