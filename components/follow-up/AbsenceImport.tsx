'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { useDraftActions, useSession } from '@/components/workspace/DraftSession';
import { absenceMeasurements } from '@/lib/followUp/fromAbsence';
import { addMeasurements } from '@/lib/followUp/operations';
import { MAX_MEASUREMENTS } from '@/lib/followUp/schema';
import { absenceIndicators } from '@/lib/import/absence';
import { applyMapping, guessMapping } from '@/lib/import/mapping';
import { readTable } from '@/lib/import/read';
import { MIN_GROUP_SIZE } from '@/lib/indicators';
import { newUid } from '@/lib/steps/fields';
import styles from './followUp.module.css';

type Outcome =
  { kind: 'added'; count: number; suppressed: number } | { kind: 'unreadable' | 'columns' | 'cells' | 'none' | 'full' };

/**
 * An absence file (CSV or Excel, a row per team and month) as measurements of the plan's absence indicators
 * (lib/import, lib/followUp/fromAbsence.ts). Teams under ten people are only counted. Nothing is added when the
 * file has a problem, and the message says which.
 */
/** Message keys of the outcomes, written out so each key is found where it is used. */
const PROBLEM_KEYS = {
  unreadable: 'problems.unreadable',
  columns: 'problems.columns',
  cells: 'problems.cells',
  none: 'problems.none',
  full: 'problems.full',
} as const;

export function AbsenceImport() {
  const t = useTranslations('followUp.import');
  const session = useSession();
  const { current } = useDraftActions();
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const read = async (file: File) => {
    const table = await readTable(new Uint8Array(await file.arrayBuffer()));
    if (!table.ok) return setOutcome({ kind: 'unreadable' });
    const mapped = applyMapping('absence', table.table, guessMapping('absence', table.table.headers));
    if (!mapped.ok) {
      const unmapped = mapped.problems.some((problem) => problem.kind === 'unmapped');
      return setOutcome({ kind: unmapped ? 'columns' : 'cells' });
    }
    const draft = current();
    const result = absenceIndicators(mapped.records, draft.steps.resources.roi.workingDaysPerFte);
    const measurements = absenceMeasurements(result, draft.steps.measure.indicators, file.name, newUid);
    if (measurements.length === 0) return setOutcome({ kind: 'none' });
    if (draft.followUp.measurements.length + measurements.length > MAX_MEASUREMENTS) {
      return setOutcome({ kind: 'full' });
    }
    session.edit((next) => addMeasurements(next, measurements));
    setOutcome({ kind: 'added', count: measurements.length, suppressed: result.suppressed });
  };

  return (
    <section className={styles.formBox} aria-labelledby={`${id}-heading`}>
      <h3 className="heading-m" id={`${id}-heading`}>
        {t('heading')}
      </h3>
      <div className="form-group">
        <label className="label" htmlFor={`${id}-file`}>
          {t('label')}
        </label>
        <p className="hint" id={`${id}-hint`}>
          {t('hint')}
        </p>
        <input
          id={`${id}-file`}
          type="file"
          className={styles.file}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void read(file);
          }}
        />
      </div>
      <p role="status" className="hint">
        {outcome === null
          ? ''
          : outcome.kind === 'added'
            ? t('added', { count: outcome.count, suppressed: outcome.suppressed, min: MIN_GROUP_SIZE })
            : t(PROBLEM_KEYS[outcome.kind])}
      </p>
    </section>
  );
}
