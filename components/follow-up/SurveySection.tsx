'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { ChoiceRadios, ChoiceSelect } from '@/components/ui/form/fields';
import { TableRegion } from '@/components/ui/TableRegion';
import { useDraftActions, useDraftValue, useSession } from '@/components/workspace/DraftSession';
import { WorkspaceLink } from '@/components/workspace/WorkspaceLink';
import { isolate } from '@/lib/bidi';
import { formatDate, formatNumber } from '@/lib/format';
import { isoDay } from '@/lib/pdca';
import {
  actFirst,
  addSurvey,
  fitsOneSurvey,
  hasRoomForAction,
  hasRoomForSurvey,
  latestSurvey,
  linkAction,
  linkedActions,
  linkNewAction,
  surveyFromFile,
  surveyMatrix,
  unlinkAction,
} from '@/lib/followUp/survey';
import { emptySurveyLink, surveyLinkForm } from '@/lib/followUp/surveyForm';
import { MAX_SURVEY_RESULTS } from '@/lib/followUp/schema';
import { MIN_GROUP_SIZE } from '@/lib/indicators';
import type { Priority } from '@/lib/import/survey';
import { newUid } from '@/lib/steps/fields';
import { ImportMapping, type ImportOutcome, type MappedFile } from './ImportMapping';
import { PRIORITY_KEYS } from './importKeys';
import { RecordFormBox } from './RecordForm';
import { useRecordForm } from './useRecordForm';
import styles from './followUp.module.css';
import own from './import.module.css';

type LinkOutcome = { kind: 'linked' | 'created'; title: string } | { kind: 'full' };

/** Quadrants as the grid draws them: what matters more on top, a low score on the left. */
const QUADRANTS = ['priority', 'keep', 'watch', 'fine'] as const satisfies readonly Priority[];

/**
 * A staff survey's results (per item or theme) imported through the mapping step, its priority matrix (the
 * step 7 tool of the Flemish monitoring offer; lib/import/survey.ts) as a grid and as a table, and the links from
 * its items to step 6 actions: an existing action, or a new one started from the item.
 */
export function SurveySection() {
  const t = useTranslations('followUp.survey');
  const untitled = useTranslations('common.list')('untitled');
  const locale = useLocale() === 'fr' ? 'fr' : 'nl';
  const session = useSession();
  const { current } = useDraftActions();
  const survey = useDraftValue(latestSurvey);
  const count = useDraftValue((draft) => draft.followUp.surveys.length);
  const actions = useDraftValue((draft) => draft.steps.action.actions);
  const matrix = useMemo(() => (survey ? surveyMatrix(survey) : null), [survey]);
  const items = useMemo(() => actFirst(matrix?.items ?? []), [matrix]);
  // What the last submit did: linked an existing action, started a new one, or found step 6 full.
  const [outcome, setOutcome] = useState<LinkOutcome | null>(null);
  const number = (value: number) => formatNumber(value, locale, 2);
  const title = (text: string) => text.trim() || untitled;

  const add = (file: MappedFile<'survey'>): ImportOutcome => {
    const draft = current();
    if (!hasRoomForSurvey(draft)) return { message: t('full') };
    if (!fitsOneSurvey(file)) return { message: t('tooMany', { count: file.records.length, max: MAX_SURVEY_RESULTS }) };
    const imported = surveyFromFile({ ...file, source: file.fileName, date: isoDay(new Date()) }, newUid);
    if (!imported.ok) return { problems: imported.problems };
    session.edit((next) => addSurvey(next, imported.survey));
    const shown = surveyMatrix(imported.survey);
    return {
      message: t('added', {
        count: imported.survey.results.length,
        suppressed: shown?.suppressed ?? 0,
        min: MIN_GROUP_SIZE,
      }),
    };
  };

  const recorder = useRecordForm(surveyLinkForm, emptySurveyLink, (values) => {
    const { link } = values;
    if (!survey || !link.result) return;
    const draft = current();
    if (link.target === 'existing' && link.action) {
      const action = draft.steps.action.actions.find((entry) => entry.uid === link.action);
      session.edit((next) => linkAction(next, survey.uid, link.result!, link.action!));
      setOutcome({ kind: 'linked', title: title(action?.title ?? '') });
      return;
    }
    if (!hasRoomForAction(draft)) {
      setOutcome({ kind: 'full' });
      // Nothing was linked: the choices stay as they were.
      return values;
    }
    const created = linkNewAction(draft, survey.uid, link.result, newUid());
    if (!created) return;
    session.edit(() => created.draft);
    setOutcome({ kind: 'created', title: title(created.action.title) });
  });

  const axis = matrix?.axis === 'gap' ? 'gap' : 'importance';
  return (
    <section aria-labelledby="survey-heading">
      <h2 className="heading-l" id="survey-heading">
        {t('heading')}
      </h2>
      <p>{t('intro')}</p>
      <ImportMapping kind="survey" heading={t('importHeading')} label={t('label')} hint={t('hint')} onImport={add} />
      {!survey ? null : !matrix ? (
        <p>{t('noMatrix')}</p>
      ) : (
        <>
          <h3 className="heading-m">{t('matrixHeading')}</h3>
          <p className="hint">
            {t('source', {
              source: isolate(survey.source || '—'),
              date: survey.date ? formatDate(survey.date, locale) : '—',
              count,
            })}{' '}
            {t(axis === 'gap' ? 'axisGap' : 'axisImportance', {
              score: number(matrix.scoreSplit),
              weight: number(matrix.weightSplit),
            })}
          </p>
          {matrix.suppressed > 0 ? <p>{t('suppressed', { count: matrix.suppressed, min: MIN_GROUP_SIZE })}</p> : null}
          {matrix.unplaced > 0 ? <p>{t('unplaced', { count: matrix.unplaced })}</p> : null}
          <div className={own.matrix} aria-hidden="true">
            <span className={own.matrixY}>{t(axis === 'gap' ? 'gridGap' : 'gridImportance')}</span>
            <div className={own.quadrants}>
              {QUADRANTS.map((quadrant) => (
                <div key={quadrant} className={`${own.quadrant} ${own[`quadrant-${quadrant}`]}`}>
                  <strong>{t(PRIORITY_KEYS[quadrant].label)}</strong>
                  <ul>
                    {items
                      .filter((item) => item.priority === quadrant)
                      .map((item) => (
                        <li key={item.result.uid}>
                          <bdi>{item.item}</bdi>
                        </li>
                      ))}
                  </ul>
                </div>
              ))}
            </div>
            <span className={own.matrixX}>{t('gridScore')}</span>
          </div>
          <TableRegion id="survey-caption" caption={t('table.caption')}>
            <thead>
              <tr>
                <th scope="col">{t('table.item')}</th>
                <th scope="col">{t('table.theme')}</th>
                <th scope="col">{t('table.score')}</th>
                <th scope="col">{t(axis === 'gap' ? 'table.gap' : 'table.importance')}</th>
                <th scope="col">{t('table.priority')}</th>
                <th scope="col">{t('table.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const linkedHere = linkedActions(item.result, actions);
                return (
                  <tr key={item.result.uid}>
                    <th scope="row">
                      <bdi>{item.item}</bdi>
                    </th>
                    <td>{item.theme ? <bdi>{item.theme}</bdi> : '—'}</td>
                    <td>{number(item.score)}</td>
                    <td>{number(item.weight)}</td>
                    <td>
                      <span className={`tag ${own[`quadrant-${item.priority}`]}`}>
                        {t(PRIORITY_KEYS[item.priority].label)}
                      </span>
                    </td>
                    <td>
                      {linkedHere.length === 0 ? (
                        t('table.noActions')
                      ) : (
                        <ul className={styles.history}>
                          {linkedHere.map((action) => (
                            <li key={action.uid}>
                              <bdi>{title(action.title)}</bdi>{' '}
                              <Button
                                variant="link"
                                onClick={() =>
                                  session.edit((draft) => unlinkAction(draft, survey.uid, item.result.uid, action.uid))
                                }
                              >
                                {t('unlink')}
                                <span className="visually-hidden">
                                  {' '}
                                  {t('unlinkWhich', {
                                    item: isolate(item.item),
                                    action: isolate(title(action.title)),
                                  })}
                                </span>
                              </Button>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </TableRegion>
          <dl className={own.legend}>
            {QUADRANTS.map((quadrant) => (
              <div key={quadrant}>
                <dt>{t(PRIORITY_KEYS[quadrant].label)}</dt>
                <dd>{t(PRIORITY_KEYS[quadrant].hint)}</dd>
              </div>
            ))}
          </dl>
          <RecordFormBox
            id="survey-link-heading"
            heading={t('linkForm.heading')}
            intro={t('linkForm.intro')}
            recorder={recorder}
            definition={surveyLinkForm}
            submit={t('linkForm.submit')}
            done={
              outcome?.kind === 'full'
                ? t('linkForm.full')
                : outcome
                  ? t(outcome.kind === 'created' ? 'linkForm.created' : 'linkForm.linked', {
                      action: isolate(outcome.title),
                    })
                  : ''
            }
          >
            <ChoiceSelect
              name="link.result"
              label={t('linkForm.result')}
              placeholder={t('linkForm.resultPlaceholder')}
              options={items.map((item) => ({
                value: item.result.uid,
                label: `${item.item} (${t(PRIORITY_KEYS[item.priority].label)})`,
              }))}
            />
            <ChoiceRadios
              name="link.target"
              label={t('linkForm.target')}
              options={[
                { value: 'new', label: t('linkForm.targetNew'), hint: t('linkForm.targetNewHint') },
                { value: 'existing', label: t('linkForm.targetExisting') },
              ]}
            />
            <ChoiceSelect
              name="link.action"
              label={t('linkForm.action')}
              hint={t('linkForm.actionHint')}
              optional
              placeholder={t('linkForm.actionPlaceholder')}
              options={actions.map((action) => ({ value: action.uid, label: title(action.title) }))}
            />
          </RecordFormBox>
          {outcome && outcome.kind !== 'full' ? (
            <p>
              <WorkspaceLink step="action">{t('linkForm.toStep')}</WorkspaceLink>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
