'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useId, useRef, useState, type DragEvent } from 'react';
import { Button } from '@/components/ui/Button';
import {
  asImported,
  MAX_BACKUP_BYTES,
  readBackupFile,
  summarise,
  type BackupReadError,
  type IssueLocation,
} from '@/lib/draft/backupFile';
import { recordBackup } from '@/lib/draft/backupLog';
import type { Draft } from '@/lib/draft/envelope';
import { isolate } from '@/lib/bidi';
import { insertDraft } from '@/lib/draft/storage';
import { fieldLabelKey } from '@/lib/steps/fieldLabels';
import { getStep, STEPS, stepNumber } from '@/lib/steps/registry';
import styles from './backup.module.css';
import { TableRegion } from '@/components/ui/TableRegion';

type State =
  | { kind: 'idle' }
  | { kind: 'preview'; file: string; drafts: Draft[] }
  | { kind: 'error'; error: BackupReadError | { kind: 'unreadable' } };

/**
 * Adds drafts from a backup file: the native file input (keyboard first) or a
 * file dropped on the area. Shows what the file holds before anything is
 * stored; a bad file gets a message and changes nothing.
 */
export function ImportDrafts({
  existingNames,
  onImported,
  onStorageError,
}: {
  existingNames: ReadonlySet<string>;
  onImported: (message: string) => Promise<void>;
  onStorageError: (error: unknown) => void;
}) {
  const t = useTranslations('backup');
  const tCommon = useTranslations('common');
  const format = useFormatter();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const describe = useIssueText();

  const read = async (file: File) => {
    if (file.size > MAX_BACKUP_BYTES) {
      setState({ kind: 'error', error: { kind: 'too-large' } });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ kind: 'error', error: { kind: 'unreadable' } });
      return;
    }
    const result = readBackupFile(text, file.size);
    setState(
      result.ok ? { kind: 'preview', file: file.name, drafts: result.drafts } : { kind: 'error', error: result.error },
    );
  };

  const reset = () => {
    setState({ kind: 'idle' });
    if (input.current) input.current.value = '';
  };

  const add = async (drafts: Draft[]) => {
    const names = new Set(existingNames);
    const added: Draft[] = [];
    try {
      for (const draft of drafts) {
        const copy = asImported(draft, names, (name) => t('import.importedName', { name: isolate(name) }));
        names.add(copy.name);
        added.push(await insertDraft(copy));
      }
    } catch (error) {
      onStorageError(error);
    }
    // A draft that comes from a file is backed up by definition.
    recordBackup(added.map((draft) => draft.uid));
    reset();
    if (added.length > 0) {
      await onImported(t('import.imported', { count: added.length, name: added[0]?.name ?? '' }));
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void read(file);
  };

  return (
    <section aria-labelledby="import-heading" className="section">
      <h3 className="heading-m" id="import-heading">
        {t('import.heading')}
      </h3>
      <div
        className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop}
        data-testid="import-drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label className="label" htmlFor={inputId}>
          {t('import.label')}
        </label>
        <p className="hint" id={`${inputId}-hint`}>
          {t('import.hint')}
        </p>
        <input
          ref={input}
          id={inputId}
          className={styles.fileInput}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void read(file);
          }}
        />
        {/* The browser's own button speaks the browser's language; this one speaks the page's. */}
        <label htmlFor={inputId} className={`button button--secondary ${styles.fileButton}`}>
          {t('import.button')}
        </label>
        {dragging ? <p aria-hidden="true">{t('import.dropActive')}</p> : null}
      </div>

      {state.kind === 'error' ? (
        <div className="notice notice--error" role="alert">
          <h4 className="heading-s">{t('errors.title')}</h4>
          <p>{t(`errors.${state.error.kind}`)}</p>
          {state.error.kind === 'invalid' ? (
            <ul className="list list--bullet">
              {state.error.issues.map((issue, index) => (
                <li key={index}>{describe(issue)}</li>
              ))}
            </ul>
          ) : null}
          <p>{t('errors.unchanged')}</p>
        </div>
      ) : null}

      {state.kind === 'preview' ? (
        <div className={styles.preview} role="region" aria-labelledby="import-preview-heading">
          <h4 className="heading-s" id="import-preview-heading">
            {t('import.previewHeading', { file: state.file })}
          </h4>
          <TableRegion caption={t('import.previewCaption')} captionClassName="visually-hidden">
            <thead>
              <tr>
                <th scope="col">{t('import.name')}</th>
                <th scope="col">{t('import.organisation')}</th>
                <th scope="col">{t('import.lastSaved')}</th>
                <th scope="col">{t('import.steps')}</th>
              </tr>
            </thead>
            <tbody>
              {state.drafts.map((draft) => {
                const summary = summarise(draft);
                return (
                  <tr key={draft.uid}>
                    <th scope="row">{summary.name}</th>
                    <td>{summary.organisation}</td>
                    <td>
                      <time dateTime={summary.updatedAt}>
                        {format.dateTime(new Date(summary.updatedAt), { dateStyle: 'medium', timeStyle: 'short' })}
                      </time>
                    </td>
                    <td>
                      {t('import.filled', {
                        filled: summary.filled,
                        completed: summary.completed,
                        total: STEPS.length,
                      })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </TableRegion>
          <div className="button-group">
            <Button onClick={() => void add(state.drafts)}>
              {t('import.confirm', { count: state.drafts.length })}
            </Button>
            <Button variant="secondary" onClick={reset}>
              {tCommon('cancel')}
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

/** Where a problem in a file is, in words: which draft, which step, which field. */
function useIssueText(): (issue: IssueLocation) => string {
  const t = useTranslations('backup.errors');
  const tAll = useTranslations();
  return (issue) => {
    const draft =
      issue.draftName !== null
        ? t('draftNamed', { number: issue.draft, name: issue.draftName })
        : t('draftNumber', { number: issue.draft });
    const part = issue.step
      ? t('step', { number: stepNumber(issue.step), title: tAll(`${getStep(issue.step).messages}.title`) })
      : t('envelope');
    const key = fieldLabelKey(issue.step, issue.fields);
    // A field without a label (a technical one: uid, revision) is named by its code.
    const label = key ? tAll(key) : (issue.fields.at(-1) ?? null);
    let field = '';
    if (label)
      field = issue.item !== null ? t('fieldItem', { field: label, item: issue.item }) : t('field', { field: label });
    return t('issue', { draft, part, field });
  };
}
