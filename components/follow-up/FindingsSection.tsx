'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ChoiceSelect, DateInput, LongText, TextInput } from '@/components/ui/form/fields';
import { TableRegion } from '@/components/ui/TableRegion';
import { useDraftValue, useSession } from '@/components/workspace/DraftSession';
import { findingMethodLabels } from '@/content/reference/followUp';
import { isolate } from '@/lib/bidi';
import { indicatorName } from '@/lib/export/steps/measure';
import { formatDate } from '@/lib/format';
import { findingForm, type FindingFormValues } from '@/lib/followUp/forms';
import { addFinding, removeFinding } from '@/lib/followUp/operations';
import { FINDING_METHODS, findingSchema, type Finding } from '@/lib/followUp/schema';
import { newUid } from '@/lib/steps/fields';
import { RecordFormBox } from './RecordForm';
import { useRecordForm } from './useRecordForm';
import styles from './followUp.module.css';

const empty = (): FindingFormValues => ({ finding: findingSchema.parse({ uid: newUid() }) });

/**
 * Qualitative findings (focus groups, interviews, open survey answers) as dated notes, each about one step 7
 * indicator or about the plan as a whole: a form, then the findings grouped that way, by date. Findings of a
 * deleted indicator are listed with the other records of deleted items (OrphansSection).
 */
export function FindingsSection() {
  const t = useTranslations('followUp.findings');
  const untitled = useTranslations('common.list')('untitled');
  const locale = useLocale() === 'fr' ? 'fr' : 'nl';
  const session = useSession();
  const indicators = useDraftValue((draft) => draft.steps.measure.indicators);
  const findings = useDraftValue((draft) => draft.followUp.findings);
  const recorder = useRecordForm(findingForm, empty, (values) => {
    const finding = findingSchema.parse(values.finding);
    session.edit((draft) => addFinding(draft, finding));
  });
  const options = indicators.map((indicator) => ({
    value: indicator.uid,
    label: indicatorName(indicator, locale) || untitled,
  }));
  const byDate = [...findings].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const groups = [
    { uid: 'overall', name: t('overall'), findings: byDate.filter((finding) => finding.indicator === null) },
    ...options.map((option) => ({
      uid: option.value,
      name: option.label,
      findings: byDate.filter((finding) => finding.indicator === option.value),
    })),
  ].filter((group) => group.findings.length > 0);
  const dated = (finding: Finding) => (finding.date ? formatDate(finding.date, locale) : '');

  return (
    <section aria-labelledby="findings-heading">
      <h2 className="heading-l" id="findings-heading">
        {t('heading')}
      </h2>
      <p>{t('intro')}</p>
      {groups.length === 0 ? <p>{t('none')}</p> : null}
      {groups.map((group) => (
        <TableRegion
          key={group.uid}
          id={`findings-${group.uid}-caption`}
          caption={t('groupCaption', { name: isolate(group.name) })}
        >
          <thead>
            <tr>
              <th scope="col">{t('date')}</th>
              <th scope="col">{t('method')}</th>
              <th scope="col">{t('text')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {group.findings.map((finding) => (
              <tr key={finding.uid}>
                <td>{dated(finding)}</td>
                <td>{finding.method ? findingMethodLabels[locale][finding.method].label : ''}</td>
                <td className={styles.findingText}>
                  {finding.title.trim() ? (
                    <>
                      <strong>
                        <bdi>{finding.title.trim()}</bdi>
                      </strong>
                      <br />
                    </>
                  ) : null}
                  <bdi>{finding.text}</bdi>
                </td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => session.edit((draft) => removeFinding(draft, finding.uid))}
                  >
                    {t('remove')}
                    <span className="visually-hidden"> {t('removeWhich', { date: dated(finding) })}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      ))}
      <RecordFormBox
        id="finding-form-heading"
        heading={t('formHeading')}
        recorder={recorder}
        definition={findingForm}
        submit={t('submit')}
        done={t('added')}
      >
        <DateInput name="finding.date" label={t('date')} hint={t('dateHint')} />
        <ChoiceSelect
          name="finding.method"
          label={t('method')}
          placeholder={t('methodPlaceholder')}
          options={FINDING_METHODS.map((code) => ({ value: code, label: findingMethodLabels[locale][code].label }))}
        />
        <ChoiceSelect
          name="finding.indicator"
          label={t('indicator')}
          hint={t('indicatorHint')}
          placeholder={t('indicatorPlaceholder')}
          options={options}
        />
        <TextInput name="finding.title" label={t('title')} />
        <LongText name="finding.text" label={t('text')} hint={t('textHint')} rows={4} />
      </RecordFormBox>
    </section>
  );
}
