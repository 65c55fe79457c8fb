'use client';

import { useLocale, useTranslations } from 'next-intl';
import { memo, useCallback } from 'react';
import { useWatch } from 'react-hook-form';
import { useFormField } from '@/components/ui/form/context';
import { useMessageKey } from '@/components/ui/useMessageKey';
import { raciLabels } from '@/content/reference/roles';
import { raciProblems } from '@/lib/raci';
import { RACI_PROBLEM_FIELD, RACI_PROBLEM_MESSAGES, RACI_ROLES } from '@/lib/steps/roles';
import styles from '../RolesStep.module.css';
import type { RolesForm } from './types';
import { useStakeholders } from './useStakeholderNames';
import { TableRegion } from '@/components/ui/TableRegion';

/**
 * Tasks × stakeholders, one select per cell (typing R, A, C or I picks the
 * role). Each row says in words whether the task has exactly one Accountable
 * and at least one Responsible; after "Save and continue" the same messages
 * are the errors the summary links to (virtual fields tasks.<i>.accountable
 * and tasks.<i>.responsible). The table scrolls sideways in a focusable region.
 */
export function RaciMatrix({ form }: { form: RolesForm }) {
  const t = useTranslations('steps.roles');
  const locale = useLocale();
  const message = useMessageKey();
  const stakeholders = useStakeholders(form);
  const tasks = useWatch({ control: form.control, name: 'tasks' }) ?? [];
  const checks = raciProblems(tasks, stakeholders);
  const labels = raciLabels[locale];

  // Stable, so a cell whose own props did not change skips rendering: at the lists' maximum the
  // matrix holds 2,000 selects, and one edit elsewhere in the step must not redraw them all.
  const assign = useCallback(
    (index: number, stakeholder: string, value: string) => {
      const { [stakeholder]: _previous, ...others } = form.getValues(`tasks.${index}.assignments`) ?? {};
      const role = RACI_ROLES.find((code) => code === value);
      form.setValue(`tasks.${index}.assignments`, role ? { ...others, [stakeholder]: role } : others, {
        shouldDirty: true,
      });
      // After a submit, keep the error summary in step with the matrix.
      if (form.formState.isSubmitted) void form.trigger();
    },
    [form],
  );

  return (
    <div className={styles.raciSection}>
      <h3 className="heading-m">{t('raciHeading')}</h3>
      <details className="details">
        <summary className="details__summary">{t('raciKey')}</summary>
        <dl className={`details__text ${styles.key}`}>
          {RACI_ROLES.map((role) => (
            <div key={role}>
              <dt>{labels[role].label}</dt>
              <dd>{labels[role].hint}</dd>
            </div>
          ))}
        </dl>
      </details>
      {stakeholders.length === 0 ? (
        <p className="notice">{t('raciNeedsStakeholders')}</p>
      ) : tasks.length === 0 ? (
        <p className="notice">{t('raciNeedsTasks')}</p>
      ) : (
        <>
          <p className="hint">{t('raciScrollHint')}</p>
          <TableRegion
            caption={t('raciCaption')}
            id="raci-caption"
            captionClassName={styles.caption}
            className={styles.scroll}
            tableClassName={styles.raci}
          >
            <thead>
              <tr>
                <th scope="col" className={styles.sticky}>
                  {t('raciTask')}
                </th>
                <th scope="col">{t('raciCheck')}</th>
                {stakeholders.map((stakeholder) => (
                  <th scope="col" key={stakeholder.uid} className={styles.stakeholderColumn}>
                    {stakeholder.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {tasks.map((task, index) => {
                const taskName = task?.name?.trim() || t('taskName', { number: index + 1 });
                const check = checks[index];
                const problems = check?.problems ?? [];
                const checkId = `raci-check-${index}`;
                return (
                  <tr key={task?.uid ?? index}>
                    <th scope="row" className={styles.sticky}>
                      {taskName}
                    </th>
                    <td className={styles.check}>
                      <div id={checkId} aria-live="polite">
                        {problems.length === 0 ? (
                          <p className={styles.ok}>{t('raciOk', { responsible: check?.responsible ?? 0 })}</p>
                        ) : (
                          problems.map((problem) => (
                            <RaciProblem
                              key={problem}
                              name={`tasks.${index}.${RACI_PROBLEM_FIELD[problem]}`}
                              text={message(RACI_PROBLEM_MESSAGES[problem])}
                            />
                          ))
                        )}
                      </div>
                    </td>
                    {stakeholders.map((stakeholder) => (
                      <RaciCell
                        key={stakeholder.uid}
                        index={index}
                        stakeholder={stakeholder.uid}
                        label={t('raciCell', { stakeholder: stakeholder.name, task: taskName })}
                        value={task?.assignments?.[stakeholder.uid] ?? ''}
                        describedBy={problems.length ? checkId : undefined}
                        noneLabel={t('raciNone')}
                        labels={labels}
                        onAssign={assign}
                      />
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </TableRegion>
        </>
      )}
    </div>
  );
}

interface RaciCellProps {
  index: number;
  stakeholder: string;
  label: string;
  value: string;
  describedBy: string | undefined;
  noneLabel: string;
  labels: (typeof raciLabels)[keyof typeof raciLabels];
  onAssign: (index: number, stakeholder: string, value: string) => void;
}

/** One cell of the matrix: a select for the stakeholder's role in the task (memoised, see `assign`). */
const RaciCell = memo(function RaciCell({
  index,
  stakeholder,
  label,
  value,
  describedBy,
  noneLabel,
  labels,
  onAssign,
}: RaciCellProps) {
  const cellId = `raci-${index}-${stakeholder}`;
  return (
    <td>
      <label className="visually-hidden" htmlFor={cellId}>
        {label}
      </label>
      <select
        id={cellId}
        className={`select ${styles.raciSelect}`}
        value={value}
        aria-describedby={describedBy}
        onChange={(event) => onAssign(index, stakeholder, event.currentTarget.value)}
      >
        <option value="">{noneLabel}</option>
        {RACI_ROLES.map((role) => (
          <option key={role} value={role}>
            {labels[role].label}
          </option>
        ))}
      </select>
    </td>
  );
});

/**
 * One RACI problem of a task, at its virtual field (the error summary links
 * here): shown as an error once "Save and continue" reported it.
 */
function RaciProblem({ name, text }: { name: string; text: string }) {
  const field = useFormField(name);
  return (
    <p id={field.id} tabIndex={-1} className={field.error ? 'error-message' : styles.checkProblem}>
      {text}
    </p>
  );
}
