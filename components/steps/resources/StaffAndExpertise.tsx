'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { EntityListSection } from '@/components/ui/form/EntityListSection';
import { ChoiceRadios, NumberInput, TextInput } from '@/components/ui/form/fields';
import { optionsOf } from '@/components/ui/form/options';
import { expertiseSourceLabels } from '@/content/reference/resources';
import { fteTotal } from '@/lib/budget';
import { formatNumber } from '@/lib/format';
import { EXPERTISE_SOURCES } from '@/lib/steps/resources';
import type { ResourcesForm } from './form';
import styles from '../ResourcesStep.module.css';

/** Internal time in FTE per role, and the expertise needed (internal or external). */
export function StaffAndExpertise({ form }: { form: ResourcesForm }) {
  const t = useTranslations('steps.resources');
  const locale = useLocale();
  const staffTime = useWatch({ control: form.control, name: 'staffTime' });
  const expertiseValues = useWatch({ control: form.control, name: 'expertise' });
  const staffName = (index: number) => staffTime?.[index]?.role?.trim() || t('staffTimeEntry', { number: index + 1 });
  const expertiseName = (index: number) =>
    expertiseValues?.[index]?.description?.trim() || t('expertiseEntry', { number: index + 1 });

  return (
    <>
      <EntityListSection<NonNullable<typeof staffTime>[number]>
        name="staffTime"
        heading={t('staffTimeHeading')}
        hint={t('staffTimeHint')}
        emptyText={t('noStaffTime')}
        addLabel={t('addStaffTime')}
        legendOf={(index) => t('staffTimeEntry', { number: index + 1 })}
        titleOf={(entry) => entry?.role}
        factsOf={(entry) => [
          typeof entry?.fte === 'number' ? t('fteFact', { fte: formatNumber(entry.fte, locale) }) : null,
        ]}
        nameOf={staffName}
        renderEntry={(index) => (
          <>
            <TextInput name={`staffTime.${index}.role`} label={t('role')} />
            <NumberInput name={`staffTime.${index}.fte`} label={t('fte')} hint={t('fteHint')} />
          </>
        )}
      />
      {(staffTime?.length ?? 0) > 0 ? (
        <p className={styles.total}>{t('fteTotal', { fte: formatNumber(fteTotal(staffTime), locale) })}</p>
      ) : null}

      <EntityListSection<NonNullable<typeof expertiseValues>[number]>
        name="expertise"
        heading={t('expertiseHeading')}
        hint={t('expertiseHint')}
        emptyText={t('noExpertise')}
        addLabel={t('addExpertise')}
        legendOf={(index) => t('expertiseEntry', { number: index + 1 })}
        titleOf={(entry) => entry?.description}
        factsOf={(entry) => [entry?.source ? expertiseSourceLabels[locale][entry.source]?.label : null]}
        nameOf={expertiseName}
        renderEntry={(index) => (
          <>
            <TextInput name={`expertise.${index}.description`} label={t('expertiseDescription')} />
            <ChoiceRadios
              name={`expertise.${index}.source`}
              inline
              label={t('expertiseSource')}
              legendClassName="legend legend--s"
              options={optionsOf(EXPERTISE_SOURCES, expertiseSourceLabels[locale])}
            />
          </>
        )}
      />
    </>
  );
}
