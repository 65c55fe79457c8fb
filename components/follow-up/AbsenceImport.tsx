'use client';

import { useTranslations } from 'next-intl';
import { useDraftActions, useSession } from '@/components/workspace/DraftSession';
import { absenceMeasurements } from '@/lib/followUp/fromAbsence';
import { addMeasurements } from '@/lib/followUp/operations';
import { MAX_MEASUREMENTS } from '@/lib/followUp/schema';
import { absenceIndicators } from '@/lib/import/absence';
import { MIN_GROUP_SIZE } from '@/lib/indicators';
import { newUid } from '@/lib/steps/fields';
import { ImportMapping, type ImportOutcome, type MappedFile } from './ImportMapping';

/**
 * An absence file (CSV or Excel, a row per team and month) as measurements of the plan's absence indicators
 * (lib/import, lib/followUp/fromAbsence.ts), through the mapping step. Teams under ten people are only counted.
 * Nothing is added when the file has a problem, and the message says which.
 */
export function AbsenceImport() {
  const t = useTranslations('followUp.import');
  const session = useSession();
  const { current } = useDraftActions();

  const add = ({ records, fileName }: MappedFile<'absence'>): ImportOutcome => {
    const draft = current();
    const result = absenceIndicators(records, draft.steps.resources.roi.workingDaysPerFte);
    const measurements = absenceMeasurements(result, draft.steps.measure.indicators, fileName, newUid);
    if (measurements.length === 0) return { message: t('problems.none') };
    if (draft.followUp.measurements.length + measurements.length > MAX_MEASUREMENTS) {
      return { message: t('problems.full') };
    }
    session.edit((next) => addMeasurements(next, measurements));
    return {
      message: t('added', { count: measurements.length, suppressed: result.suppressed, min: MIN_GROUP_SIZE }),
    };
  };

  return <ImportMapping kind="absence" heading={t('heading')} label={t('label')} hint={t('hint')} onImport={add} />;
}
