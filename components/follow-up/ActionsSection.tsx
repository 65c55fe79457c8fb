'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { TableRegion } from '@/components/ui/TableRegion';
import { actionStatusLabels } from '@/content/reference/action';
import { useDraftValue } from '@/components/workspace/DraftSession';
import { WorkspaceLink } from '@/components/workspace/WorkspaceLink';
import { formatDate, formatPercent } from '@/lib/format';
import {
  currentStatus,
  followUpOf,
  planProgress,
  sortedHistory,
  type ObjectiveProgress,
} from '@/lib/followUp/progress';
import { StatusForm } from './StatusForm';

/** Step 6's actions: where each stands and how it got there, the status form, and progress per objective. */
export function ActionsSection() {
  const t = useTranslations('followUp');
  const untitled = useTranslations('common.list')('untitled');
  const locale = useLocale() === 'fr' ? 'fr' : 'nl';
  const statuses = actionStatusLabels[locale];
  const draft = useDraftValue((value) => value);
  const actions = draft.steps.action.actions;
  const progress = useMemo(() => planProgress(draft), [draft]);
  const title = (text: string) => text.trim() || untitled;

  const progressTable = (id: string, caption: string, rows: ObjectiveProgress[]) =>
    rows.length === 0 ? null : (
      <TableRegion id={id} caption={caption}>
        <thead>
          <tr>
            <th scope="col">{t('progress.objective')}</th>
            <th scope="col">{t('progress.done')}</th>
            <th scope="col">{t('progress.share')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.uid}>
              <th scope="row">
                <bdi>{title(row.name)}</bdi>
              </th>
              <td>{t('progress.doneOf', { done: row.counts.done, total: row.total, stopped: row.counts.stopped })}</td>
              <td>{row.share === null ? '—' : formatPercent(row.share * 100, locale, 0)}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
    );

  return (
    <section aria-labelledby="actions-heading">
      <h2 className="heading-l" id="actions-heading">
        {t('actions.heading')}
      </h2>
      {actions.length === 0 ? (
        <p>
          {t('actions.none')} <WorkspaceLink step="action">{t('actions.toStep')}</WorkspaceLink>
        </p>
      ) : (
        <>
          <p>
            {t('progress.overall', {
              done: progress.overall.counts.done,
              total: progress.overall.total,
            })}
          </p>
          <StatusForm actions={actions.map((action) => ({ value: action.uid, label: title(action.title) }))} />
          <TableRegion id="action-status-caption" caption={t('actions.caption')}>
            <thead>
              <tr>
                <th scope="col">{t('actions.action')}</th>
                <th scope="col">{t('actions.status')}</th>
                <th scope="col">{t('actions.history')}</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((action) => {
                const history = sortedHistory(followUpOf(draft.followUp, action.uid)?.history ?? []);
                return (
                  <tr key={action.uid}>
                    <th scope="row">
                      <bdi>{title(action.title)}</bdi>
                    </th>
                    <td>{statuses[currentStatus(action, draft.followUp)].label}</td>
                    <td>
                      {history.length === 0 ? (
                        t('actions.noHistory')
                      ) : (
                        <ol className="list">
                          {history.map((change) => (
                            <li key={change.uid}>
                              {t('actions.change', {
                                date: change.date ? formatDate(change.date, locale) : '',
                                status: change.status ? statuses[change.status].label : '',
                              })}
                              {change.note.trim() ? (
                                <>
                                  {' — '}
                                  <bdi>{change.note.trim()}</bdi>
                                </>
                              ) : null}
                            </li>
                          ))}
                        </ol>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </TableRegion>
          <h3 className="heading-m">{t('progress.heading')}</h3>
          {progressTable('progress-operational', t('progress.operational'), progress.operational)}
          {progressTable('progress-strategic', t('progress.strategic'), progress.strategic)}
        </>
      )}
    </section>
  );
}
