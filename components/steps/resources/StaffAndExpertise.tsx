'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { ChoiceGroup, TextField } from '@/components/ui/Field';
import { useEntityList } from '@/components/ui/EntityList';
import { useFieldError } from '@/components/workspace/StepFormFrame';
import { fieldId } from '@/components/workspace/useStepForm';
import { expertiseSourceLabels } from '@/content/reference/resources';
import { fteTotal } from '@/lib/budget';
import { formatNumber } from '@/lib/format';
import { LIMITS, newUid } from '@/lib/steps/fields';
import { EXPERTISE_SOURCES, MAX_EXPERTISE, MAX_STAFF_TIME } from '@/lib/steps/resources';
import { DecimalField } from './DecimalField';
import { EntrySection } from './EntrySection';
import type { ResourcesForm } from './form';
import { optionsOf } from './options';
import styles from '../ResourcesStep.module.css';

/** Internal time in FTE per role, and the expertise needed (internal or external). */
export function StaffAndExpertise({ form }: { form: ResourcesForm }) {
  const t = useTranslations('steps.resources');
  const locale = useLocale();
  const errorFor = useFieldError(form);
  const staff = useEntityList(form, 'staffTime');
  const expertise = useEntityList(form, 'expertise');
  const staffTime = useWatch({ control: form.control, name: 'staffTime' });
  const expertiseValues = useWatch({ control: form.control, name: 'expertise' });
  const staffName = (index: number) => staffTime?.[index]?.role?.trim() || t('staffTimeEntry', { number: index + 1 });
  const expertiseName = (index: number) =>
    expertiseValues?.[index]?.description?.trim() || t('expertiseEntry', { number: index + 1 });

  return (
    <>
      <EntrySection
        id={fieldId('staffTime')}
        heading={t('staffTimeHeading')}
        hint={t('staffTimeHint')}
        empty={t('noStaffTime')}
        addLabel={t('addStaffTime')}
        max={MAX_STAFF_TIME}
        list={staff}
        legendOf={(index) => t('staffTimeEntry', { number: index + 1 })}
        nameOf={staffName}
        onAdd={() => staff.append({ uid: newUid(), role: '', fte: null })}
        onRemove={(index) => staff.remove(index, staffName(index))}
        renderEntry={(index) => (
          <>
            <TextField
              id={fieldId(`staffTime.${index}.role`)}
              label={t('role')}
              error={errorFor(`staffTime.${index}.role`)}
              maxLength={LIMITS.short}
              {...form.register(`staffTime.${index}.role`)}
            />
            <DecimalField
              form={form}
              name={`staffTime.${index}.fte`}
              id={fieldId(`staffTime.${index}.fte`)}
              label={t('fte')}
              hint={t('fteHint')}
              error={errorFor(`staffTime.${index}.fte`)}
            />
          </>
        )}
      />
      {staff.fields.length > 0 ? (
        <p className={styles.total}>{t('fteTotal', { fte: formatNumber(fteTotal(staffTime), locale) })}</p>
      ) : null}

      <EntrySection
        id={fieldId('expertise')}
        heading={t('expertiseHeading')}
        hint={t('expertiseHint')}
        empty={t('noExpertise')}
        addLabel={t('addExpertise')}
        max={MAX_EXPERTISE}
        list={expertise}
        legendOf={(index) => t('expertiseEntry', { number: index + 1 })}
        nameOf={expertiseName}
        onAdd={() => expertise.append({ uid: newUid(), description: '', source: null })}
        onRemove={(index) => expertise.remove(index, expertiseName(index))}
        renderEntry={(index) => (
          <>
            <TextField
              id={fieldId(`expertise.${index}.description`)}
              label={t('expertiseDescription')}
              error={errorFor(`expertise.${index}.description`)}
              maxLength={LIMITS.short}
              {...form.register(`expertise.${index}.description`)}
            />
            <ChoiceGroup
              id={fieldId(`expertise.${index}.source`)}
              type="radio"
              inline
              legend={t('expertiseSource')}
              legendClassName="legend legend--s"
              error={errorFor(`expertise.${index}.source`)}
              options={optionsOf(EXPERTISE_SOURCES, expertiseSourceLabels[locale])}
              inputProps={form.register(`expertise.${index}.source`)}
            />
          </>
        )}
      />
    </>
  );
}
