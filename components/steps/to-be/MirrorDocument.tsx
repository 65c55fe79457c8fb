'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/Button';
import { fieldId } from '@/components/ui/form/context';
import { Checkbox, LongText } from '@/components/ui/form/fields';
import { FoldingEntry } from '@/components/ui/form/FoldingEntry';
import { useOpenEntry } from '@/components/ui/form/openEntry';
import { useDraftValue } from '@/components/workspace/DraftSession';
import { leverLabels } from '@/content/reference/levers';
import { relevanceLabels } from '@/content/reference/why';
import { mergeSummary, mirrorDocument, type MirrorRow } from '@/lib/mirror';
import { filled } from '@/lib/steps/fields';
import { LEVERS } from '@/lib/steps/why';
import { stepNumber } from '@/lib/steps/registry';
import styles from '../ToBeStep.module.css';
import type { ToBeForm } from './types';
import { TableRegion } from '@/components/ui/TableRegion';

type StatusKey = 'complete' | 'both' | 'today' | 'tomorrow' | 'leftOut';
/** Each row status in words (keys in `steps.toBe`). */
const STATUS_KEYS = {
  complete: 'status.complete',
  both: 'status.both',
  today: 'status.today',
  tomorrow: 'status.tomorrow',
  leftOut: 'status.leftOut',
} as const satisfies Record<StatusKey, string>;
const statusOf = (row: MirrorRow): StatusKey => (row.leftOut ? 'leftOut' : (row.missing ?? 'complete'));

/**
 * The mirror document: per lever, today (step 2's initiatives and the user's
 * description) beside tomorrow. An overview table says which levers still
 * miss a side; below it, one summary row per lever that opens to complete it,
 * one lever at a time like the lists' entries.
 */
export function MirrorDocument({ form }: { form: ToBeForm }) {
  const t = useTranslations('steps.toBe');
  const locale = useLocale();
  // Only the two earlier steps it mirrors: typing here does not re-render it through the draft.
  const why = useDraftValue((draft) => draft.steps.why);
  const asIs = useDraftValue((draft) => draft.steps['as-is']);
  const mirror = useWatch({ control: form.control, name: 'mirror' });
  const rows = mirrorDocument({ why, 'as-is': asIs, 'to-be': { mirror } });
  const [announcement, setAnnouncement] = useState('');
  const numbers = { why: stepNumber('why'), asIs: stepNumber('as-is') };
  const { openUid, setOpen } = useOpenEntry('mirror', () => LEVERS);

  const relevanceOf = (row: MirrorRow) =>
    row.relevance ? relevanceLabels[locale][row.relevance].label : t('relevanceUnknown');

  const takeOver = (row: MirrorRow) => {
    const name = `mirror.${row.lever}.today` as const;
    const current = form.getValues(name) ?? '';
    const next = mergeSummary(current, row.suggestedToday);
    const key = next === current ? 'summaryNothingNew' : filled(current) ? 'summaryAdded' : 'summaryFilled';
    if (next !== current) form.setValue(name, next, { shouldDirty: true });
    setAnnouncement(t(key, { lever: leverLabels[locale][row.lever].label, number: numbers.asIs }));
  };

  return (
    <fieldset className="fieldset fieldset--section">
      <legend className="heading-l">{t('mirrorHeading')}</legend>
      <p>{t('mirrorIntro', numbers)}</p>
      <TableRegion caption={t('overviewCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('overview.lever')}</th>
            <th scope="col">{t('overview.relevance', { number: numbers.why })}</th>
            <th scope="col">{t('overview.initiatives', { number: numbers.asIs })}</th>
            <th scope="col">{t('overview.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.lever}>
              <th scope="row">
                <a
                  href={`#${fieldId(`mirror.${row.lever}`)}`}
                  onClick={(event) => {
                    // In-page: open the lever and focus its row, leaving the URL to the workspace.
                    event.preventDefault();
                    setOpen(row.lever);
                    const toggle = document.getElementById(fieldId(`mirror.${row.lever}`));
                    toggle?.focus();
                    toggle?.scrollIntoView({ block: 'start' });
                  }}
                >
                  {leverLabels[locale][row.lever].label}
                </a>
              </th>
              <td>{relevanceOf(row)}</td>
              <td>{row.initiatives.length}</td>
              <td>
                <span className={row.missing ? styles.flag : undefined}>{t(STATUS_KEYS[statusOf(row)])}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
      <div className="visually-hidden" role="status">
        {announcement}
      </div>
      <ul className="entry-list">
        {rows.map((row) => (
          <MirrorLever
            key={row.lever}
            row={row}
            relevance={relevanceOf(row)}
            onTakeOver={() => takeOver(row)}
            open={openUid === row.lever}
            onToggle={(open) => setOpen(open ? row.lever : null)}
          />
        ))}
      </ul>
    </fieldset>
  );
}

function MirrorLever({
  row,
  relevance,
  onTakeOver,
  open,
  onToggle,
}: {
  row: MirrorRow;
  relevance: string;
  onTakeOver: () => void;
  open: boolean;
  onToggle: (open: boolean) => void;
}) {
  const t = useTranslations('steps.toBe');
  const tCommon = useTranslations('common');
  const locale = useLocale();
  const label = leverLabels[locale][row.lever].label;
  const asIs = stepNumber('as-is');
  const base = `mirror.${row.lever}` as const;
  const status = statusOf(row);
  return (
    <FoldingEntry
      name={base}
      legend={label}
      facts={[t('fromWhy', { number: stepNumber('why'), relevance }), t(STATUS_KEYS[status])]}
      open={open}
      onToggle={onToggle}
    >
      <p className={styles.meta}>
        {t('fromWhy', { number: stepNumber('why'), relevance })}
        {row.leverNote.trim() ? <span className={styles.note}>{row.leverNote}</span> : null}
      </p>
      {status !== 'complete' ? (
        <p className={row.missing ? `notice notice--warning ${styles.status}` : `notice ${styles.status}`}>
          {t(STATUS_KEYS[status])}
        </p>
      ) : null}
      <div className={styles.sides}>
        <div className={styles.side}>
          <h4 className="heading-s">{t('today')}</h4>
          <p className={styles.sourceHeading}>{t('fromAsIs', { number: asIs })}</p>
          {row.initiatives.length ? (
            <ul className="list list--bullet">
              {row.initiatives.map((initiative) => (
                <li key={initiative.uid}>{initiative.title.trim() || tCommon('list.untitled')}</li>
              ))}
            </ul>
          ) : (
            <p className="hint">{t('noInitiatives', { number: asIs })}</p>
          )}
          {row.suggestedToday ? (
            <Button variant="secondary" className="button--small" onClick={onTakeOver}>
              {t('useSummary', { number: asIs })}
              <span className="visually-hidden">: {label}</span>
            </Button>
          ) : null}
          <LongText name={`${base}.today`} label={t('todayLabel', { lever: label })} hint={t('todayHint')} rows={5} />
        </div>
        <div className={styles.side}>
          <h4 className="heading-s">{t('tomorrow')}</h4>
          <LongText
            name={`${base}.tomorrow`}
            label={t('tomorrowLabel', { lever: label })}
            hint={t('tomorrowHint')}
            rows={5}
          />
        </div>
      </div>
      <Checkbox name={`${base}.leftOut`} label={t('leftOut', { lever: label })} />
      {row.leftOut ? (
        <LongText
          name={`${base}.leftOutReason`}
          label={t('leftOutReason', { lever: label })}
          hint={t('leftOutReasonHint')}
          optional={false}
          rows={3}
        />
      ) : null}
    </FoldingEntry>
  );
}
