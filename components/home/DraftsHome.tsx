'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { TextField } from '@/components/ui/Field';
import { useLengthLimit } from '@/components/ui/form/fields';
import { createDraft, DRAFT_NAME_MAX, type Draft } from '@/lib/draft/envelope';
import { duplicated, renamed } from '@/lib/draft/operations';
import { completedCount } from '@/lib/draft/status';
import { forgetBackup } from '@/lib/draft/backupLog';
import {
  deleteDraft,
  insertDraft,
  listDrafts,
  saveDraft,
  storageErrorKind,
  storageMode,
  type DamagedRecord,
  type DraftList,
  type StorageErrorKind,
  type StorageMode,
} from '@/lib/draft/storage';
import { onTabMessage } from '@/lib/draft/tabSync';
import { wipeDevice } from '@/lib/draft/wipe';
import { applyPresentation } from '@/lib/presentation';
import { TYPED_CAP_FACTOR } from '@/lib/steps/fields';
import { STEPS } from '@/lib/steps/registry';
import { isolate } from '@/lib/bidi';
import { BackupAll, DeleteAllData } from '@/components/backup/BackupAll';
import { downloadBackup, downloadText, rawRecordText } from '@/components/backup/download';
import { ImportDrafts } from '@/components/backup/ImportDrafts';
import { ExamplesPanel } from '@/components/trainer/ExamplesPanel';
import { TrainerPanel } from '@/components/trainer/TrainerPanel';
import { draftHref } from '@/lib/workspaceUrl';
import { CreateDraftForm } from './CreateDraftForm';
import { TableRegion } from '@/components/ui/TableRegion';

type Dialog = { kind: 'delete' | 'rename'; draft: Draft } | { kind: 'delete-damaged'; record: DamagedRecord } | null;

export function DraftsHome() {
  const t = useTranslations('home');
  const tStorage = useTranslations('storage');
  const tCommon = useTranslations('common');
  const tDraft = useTranslations('draft');
  const tBackup = useTranslations('backup');
  const tTrainer = useTranslations('trainer');
  const examplesHeading = useRef<HTMLHeadingElement>(null);
  const format = useFormatter();
  const locale = useLocale();
  const router = useRouter();
  const [list, setList] = useState<DraftList | null>(null);
  const [storageError, setStorageError] = useState<StorageErrorKind | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [newName, setNewName] = useState('');
  const [renameError, setRenameError] = useState(false);
  const renameLimit = useLengthLimit(newName, DRAFT_NAME_MAX);
  const [mode, setMode] = useState<StorageMode | null>(null);
  // "Delete all my data" also turns presentation mode off: the toggle reads it again.
  const [wipes, setWipes] = useState(0);

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
    storageMode().then(setMode, () => setMode(null));
    // Another tab created, saved or deleted a draft: show the list as it is now.
    return onTabMessage(() => {
      listDrafts().then(setList, () => undefined);
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
      {mode === 'memory' ? (
        <div className="notice notice--warning" role="alert">
          {tStorage('memory')}
        </div>
      ) : null}
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
          <TableRegion caption={t('table.caption')} captionClassName="visually-hidden">
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
                    <Link href={draftHref(locale, draft.uid)}>
                      <bdi>{draft.name}</bdi>
                    </Link>
                  </th>
                  <td>
                    {draft.organisation ? (
                      <bdi>{draft.organisation}</bdi>
                    ) : (
                      <span className="muted">{t('noOrganisation')}</span>
                    )}
                  </td>
                  <td>
                    <time dateTime={draft.updatedAt}>
                      {format.dateTime(new Date(draft.updatedAt), { dateStyle: 'medium', timeStyle: 'short' })}
                    </time>
                  </td>
                  <td>{t('progress', { done: completedCount(draft), total: STEPS.length })}</td>
                  <td>
                    <div className="row-actions">
                      <Button
                        variant="link"
                        aria-label={t('renameNamed', { name: draft.name })}
                        onClick={() => {
                          setNewName(draft.name);
                          setRenameError(false);
                          setDialog({ kind: 'rename', draft });
                        }}
                      >
                        {t('rename')}
                      </Button>
                      <Button
                        variant="link"
                        aria-label={t('duplicateNamed', { name: draft.name })}
                        onClick={() => {
                          const name = t('duplicateName', { name: isolate(draft.name) }).slice(0, DRAFT_NAME_MAX);
                          void run(() => insertDraft(duplicated(draft, name)), t('duplicated', { name }));
                        }}
                      >
                        {t('duplicate')}
                      </Button>
                      <Button
                        variant="link"
                        aria-label={tBackup('exportNamed', { name: draft.name })}
                        onClick={() => setNotice(tBackup('exported', { file: downloadBackup([draft]) }))}
                      >
                        {tBackup('exportRow')}
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
          </TableRegion>
        )}
        {list && list.damaged.length > 0 ? (
          <div className="notice notice--warning">
            <h3 className="heading-s">{t('damagedHeading')}</h3>
            <p>{t('damagedBody', { count: list.damaged.length })}</p>
            <p>{tBackup('damaged.help')}</p>
            <ul className="list">
              {list.damaged.map((record) => (
                <li key={record.key}>
                  {tBackup('damaged.item', { key: record.key })}{' '}
                  <span className="row-actions">
                    <Button
                      variant="link"
                      aria-label={tBackup('damaged.downloadNamed', { key: record.key })}
                      onClick={() =>
                        downloadText(`welzijnskompas-damaged-${record.key}.json`, rawRecordText(record.raw))
                      }
                    >
                      {tBackup('damaged.download')}
                    </Button>
                    <Button
                      variant="link"
                      aria-label={tBackup('damaged.deleteNamed', { key: record.key })}
                      onClick={() => setDialog({ kind: 'delete-damaged', record })}
                    >
                      {tBackup('damaged.delete')}
                    </Button>
                  </span>
                </li>
              ))}
            </ul>
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

      <ExamplesPanel headingRef={examplesHeading} onStorageError={setStorageError} />

      <section aria-labelledby="backup-heading" className="section">
        <h2 className="heading-l" id="backup-heading">
          {tBackup('heading')}
        </h2>
        <BackupAll drafts={list?.drafts ?? []} mode={mode} onDone={setNotice} />
        <ImportDrafts
          existingNames={new Set(list?.drafts.map((draft) => draft.name))}
          onImported={async (message) => {
            setStorageError(null);
            setNotice(message);
            await refresh();
          }}
          onStorageError={(error) => setStorageError(storageErrorKind(error))}
        />
      </section>

      <DeleteAllData
        onConfirm={() =>
          void run(async () => {
            await wipeDevice();
            applyPresentation(false, document.documentElement);
            setWipes((count) => count + 1);
          }, tBackup('wipe.done'))
        }
      />

      <TrainerPanel
        key={wipes}
        onReset={() =>
          void run(() => wipeDevice({ keepPresentation: true }), tTrainer('reset.done')).then(() =>
            // The next group starts from an example: take the trainer there.
            examplesHeading.current?.focus(),
          )
        }
      />

      <ConfirmDialog
        open={dialog?.kind === 'delete-damaged'}
        title={dialog?.kind === 'delete-damaged' ? tBackup('damaged.deleteTitle', { key: dialog.record.key }) : ''}
        confirmLabel={t('deleteConfirm')}
        cancelLabel={tCommon('cancel')}
        danger
        onCancel={() => setDialog(null)}
        onConfirm={() => {
          if (dialog?.kind !== 'delete-damaged') return;
          const { key } = dialog.record;
          setDialog(null);
          void run(() => deleteDraft(key), tBackup('damaged.deleted', { key }));
        }}
      >
        <p>{t('deleteBody')}</p>
      </ConfirmDialog>

      <ConfirmDialog
        open={dialog?.kind === 'delete'}
        title={dialog?.kind === 'delete' ? t('deleteTitle', { name: dialog.draft.name }) : ''}
        confirmLabel={t('deleteConfirm')}
        cancelLabel={tCommon('cancel')}
        danger
        onCancel={() => setDialog(null)}
        onConfirm={() => {
          if (dialog?.kind !== 'delete') return;
          const { draft } = dialog;
          setDialog(null);
          forgetBackup(draft.uid);
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
          if (dialog?.kind !== 'rename') return;
          if (!newName.trim() || renameLimit.error) {
            setRenameError(!newName.trim());
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
          error={renameLimit.error ?? (renameError ? tDraft('errors.nameRequired') : undefined)}
          counter={renameLimit.counter}
          value={newName}
          maxLength={DRAFT_NAME_MAX * TYPED_CAP_FACTOR}
          required
          onChange={(event) => setNewName(event.target.value)}
        />
      </ConfirmDialog>
    </>
  );
}
