'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type FieldValues } from 'react-hook-form';
import type { z } from 'zod/mini';
import { Button } from '@/components/ui/Button';
import { SchemaForm } from '@/components/ui/form/context';
import { ChoiceSelect } from '@/components/ui/form/fields';
import { TableRegion } from '@/components/ui/TableRegion';
import { isolate } from '@/lib/bidi';
import { formatNumber } from '@/lib/format';
import {
  IMPORT_FIELDS,
  type CellProblem,
  type FieldId,
  type ImportKind,
  type ImportRecord,
  type Mapping,
} from '@/lib/import/mapping';
import { mappedColumns, mappingForm, mappingName, mappingOf, mappingValues } from '@/lib/import/mappingForm';
import type { MapAnswer, TableSummary } from '@/lib/import/protocol';
import type { ReadError } from '@/lib/import/read';
import { initialMapping, rememberMapping } from '@/lib/import/remembered';
import { FIELD_KEYS, PROBLEM_KEYS, READ_ERROR_KEYS } from './importKeys';
import styles from './followUp.module.css';
import own from './import.module.css';

/** The worker's client, loaded when a file is chosen (it pulls the worker and the parsers in). */
const loadClient = () => import('@/lib/import/client');

/** A file read and mapped, every cell checked: what the caller imports. */
export interface MappedFile<K extends ImportKind> {
  records: ImportRecord<K>[];
  rowNumbers: number[];
  /** The header of each field's column ('' when none), to name a cell. */
  columns: Record<FieldId<K>, string>;
  fileName: string;
}

/** What the caller did with the file: a message to say (it is imported), or cells it cannot keep (nothing changed). */
export type ImportOutcome = { message: string } | { problems: CellProblem[] };

interface Props<K extends ImportKind> {
  kind: K;
  heading: string;
  label: string;
  hint: string;
  onImport: (file: MappedFile<K>) => ImportOutcome;
}

interface Chosen<K extends ImportKind> {
  name: string;
  summary: TableSummary;
  start: { mapping: Mapping<K>; remembered: boolean };
}

/**
 * An organisation's file (CSV or Excel) through the mapping step: choose the file, see its columns, pick the
 * column of each field (preset by the mapping remembered for these columns, else guessed from the headers), check
 * the first rows as they will read and every problem, by row and column, before anything is imported. Reading
 * and mapping run in a worker (lib/import/worker.ts). On import the mapping is remembered on this device.
 */
export function ImportMapping<K extends ImportKind>({ kind, heading, label, hint, onImport }: Props<K>) {
  const t = useTranslations('followUp.mapping');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<Chosen<K> | null>(null);
  const [readError, setReadError] = useState<ReadError | null>(null);
  const [status, setStatus] = useState('');

  const choose = async (file: File) => {
    setStatus(t('reading'));
    setReadError(null);
    const client = await loadClient();
    if (chosen) client.forgetTable(chosen.summary.table);
    setChosen(null);
    const read = await client.readFile(await file.arrayBuffer());
    if (!read.ok) {
      setStatus('');
      return setReadError(read.error);
    }
    setStatus(t('readDone', { count: read.summary.rowCount, columns: read.summary.headers.length }));
    setChosen({ name: file.name, summary: read.summary, start: initialMapping(kind, read.summary.headers) });
  };

  const close = (message: string) => {
    if (chosen) void loadClient().then((client) => client.forgetTable(chosen.summary.table));
    setChosen(null);
    setStatus(message);
    if (input.current) input.current.value = '';
  };

  return (
    <section className={styles.formBox} aria-labelledby={`${id}-heading`}>
      <h3 className="heading-m" id={`${id}-heading`}>
        {heading}
      </h3>
      <div className={readError ? 'form-group field--error' : 'form-group'}>
        <label className="label" htmlFor={`${id}-file`}>
          {label}
        </label>
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
        {readError ? (
          <p className="error-message" id={`${id}-error`}>
            {t(READ_ERROR_KEYS[readError.kind], {
              row: readError.kind === 'unreadable' ? (readError.row ?? 0) : 0,
              max: readError.kind === 'too-large' ? Math.round(readError.maxBytes / 1024 / 1024) : 0,
            })}
          </p>
        ) : null}
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          className={styles.file}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={readError ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={readError ? true : undefined}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void choose(file);
          }}
        />
      </div>
      <p role="status" className="hint">
        {status}
      </p>
      {chosen ? (
        <MappingStep
          key={chosen.summary.table}
          kind={kind}
          chosen={chosen}
          onImport={onImport}
          onDone={close}
          onCancel={() => close('')}
        />
      ) : null}
    </section>
  );
}

function MappingStep<K extends ImportKind>({
  kind,
  chosen,
  onImport,
  onDone,
  onCancel,
}: {
  kind: K;
  chosen: Chosen<K>;
  onImport: Props<K>['onImport'];
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations('followUp.mapping');
  const locale = useLocale() === 'fr' ? 'fr' : 'nl';
  const id = useId();
  const { headers, table } = chosen.summary;
  const definition = useMemo(() => mappingForm(kind, headers), [kind, headers]);
  const form = useForm<FieldValues>({
    resolver: zodResolver(definition.complete as z.ZodMiniType<FieldValues, FieldValues>) as never,
    defaultValues: mappingValues(kind, chosen.start.mapping),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  const values = useWatch({ control: form.control, name: mappingName(kind) }) as unknown;
  const mapping = useMemo(
    () => mappingOf(kind, { [mappingName(kind)]: values }, headers.length),
    [kind, values, headers.length],
  );
  const [answer, setAnswer] = useState<MapAnswer | null>(null);
  const [refused, setRefused] = useState<CellProblem[] | null>(null);
  const problemsHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    void loadClient()
      .then((client) => client.mapTable(table, kind, mapping, false))
      .then((next) => {
        if (current) setAnswer(next);
      });
    return () => {
      current = false;
    };
  }, [table, kind, mapping]);

  const fieldLabel = (field: string) => t(FIELD_KEYS[kind][field as keyof (typeof FIELD_KEYS)[K]] as never);
  const columnLabel = (index: number) => headers[index] || t('unnamedColumn', { number: index + 1 });
  const options = headers.map((_, index) => ({ value: String(index), label: columnLabel(index) }));
  const shownFields = IMPORT_FIELDS[kind].filter(
    (field) => (mapping as Record<string, number | null>)[field.id] != null,
  );
  const problems = refused ?? answer?.problems ?? [];
  const problemCount = refused ? refused.length : (answer?.problemCount ?? 0);

  // handleSubmit is called in the event, not in render: the callback reads the problems heading's ref.
  const submit = async () => {
    setRefused(null);
    const client = await loadClient();
    const full = await client.mapTable(table, kind, mapping, true);
    setAnswer(full);
    if (!full?.records || !full.rowNumbers) return problemsHeading.current?.focus();
    const outcome = onImport({
      records: full.records as ImportRecord<K>[],
      rowNumbers: full.rowNumbers,
      columns: mappedColumns(kind, mapping, headers),
      fileName: chosen.name,
    });
    if ('problems' in outcome) {
      setRefused(outcome.problems);
      return requestAnimationFrame(() => problemsHeading.current?.focus());
    }
    rememberMapping(kind, headers, mapping);
    onDone(outcome.message);
  };

  const cellText = (cell: MapAnswer['preview'][number]['cells'][string]) => {
    if (!cell) return '';
    if ('problem' in cell) return t('preview.invalid');
    if (typeof cell.value === 'number') return formatNumber(cell.value, locale, 10);
    return cell.value ?? '—';
  };

  return (
    <SchemaForm form={form} schema={definition.schema} complete={definition.complete}>
      <form
        noValidate
        onSubmit={(event) => void form.handleSubmit(submit)(event)}
        className={own.mapping}
        aria-labelledby={`${id}-heading`}
      >
        <h4 className="heading-s" id={`${id}-heading`}>
          {t('heading', { file: isolate(chosen.name) })}
        </h4>
        <p className="hint">{chosen.start.remembered ? t('remembered') : t('guessed')}</p>
        {IMPORT_FIELDS[kind].map((field) => (
          <ChoiceSelect
            key={field.id}
            name={`${mappingName(kind)}.${field.id}`}
            label={fieldLabel(field.id)}
            placeholder={t('noColumn')}
            options={options}
          />
        ))}
        <TableRegion
          id={`${id}-preview`}
          caption={t('preview.caption', { count: Math.min(answer?.preview.length ?? 0, chosen.summary.rowCount) })}
        >
          <thead>
            <tr>
              <th scope="col">{t('preview.row')}</th>
              {shownFields.map((field) => (
                <th scope="col" key={field.id}>
                  {fieldLabel(field.id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(answer?.preview ?? []).map((row) => (
              <tr key={row.row}>
                <th scope="row">{row.row}</th>
                {shownFields.map((field) => {
                  const cell = row.cells[field.id] ?? null;
                  return (
                    <td key={field.id} className={cell && 'problem' in cell ? own.invalidCell : undefined}>
                      {cell && 'value' in cell && typeof cell.value === 'string' ? (
                        <bdi>{cellText(cell)}</bdi>
                      ) : (
                        cellText(cell)
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </TableRegion>
        <div className={problemCount > 0 ? own.problems : undefined}>
          <h5 className="heading-s" id={`${id}-problems`} ref={problemsHeading} tabIndex={-1}>
            {problemCount > 0 ? t('problemsHeading', { count: problemCount }) : t('noProblems')}
          </h5>
          {problemCount > 0 ? (
            <ul className="list list--bullet">
              {problems.map((problem, index) => (
                <li key={index}>
                  {t(PROBLEM_KEYS[problem.kind], {
                    field: fieldLabel(problem.field),
                    row: 'row' in problem ? problem.row : 0,
                    column: isolate('column' in problem ? problem.column || '—' : '—'),
                  })}
                </li>
              ))}
              {problemCount > problems.length ? (
                <li>{t('moreProblems', { count: problemCount - problems.length })}</li>
              ) : null}
            </ul>
          ) : null}
        </div>
        <div className="button-group">
          <Button type="submit">{t('submit')}</Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('cancel')}
          </Button>
        </div>
      </form>
    </SchemaForm>
  );
}
