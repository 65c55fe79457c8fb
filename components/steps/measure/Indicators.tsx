'use client';

import { useLocale, useTranslations } from 'next-intl';
import { MoveNotice, useEntityList, UndoNotice } from '@/components/ui/EntityList';
import { ListFullNote, useListSchema } from '@/components/ui/form/EntityListSection';
import { useFormField } from '@/components/ui/form/context';
import { indicatorCatalogueLabels, indicatorSourceLabels } from '@/content/reference/measure';
import { emptyIndicator, indicatorFromCatalogue, type LinkTargets } from '@/lib/indicators';
import { newUid } from '@/lib/steps/fields';
import type { StepId } from '@/lib/steps/registry';
import { CataloguePicker } from './CataloguePicker';
import { IndicatorEntry } from './IndicatorEntry';
import { StepLink } from './StepLink';
import { entryProps, type MeasureForm } from './entry';
import { KeptRecords } from '@/components/follow-up/KeptRecords';

/** The indicators section: what is missing elsewhere, the catalogue, and the list. */
export function Indicators({ form, targets }: { form: MeasureForm; targets: LinkTargets }) {
  const t = useTranslations('steps.measure');
  const locale = useLocale();
  const list = useEntityList(form, 'indicators');
  const listField = useFormField('indicators');
  const { max } = useListSchema('indicators');
  const full = list.fields.length >= max;
  const missing: { step: StepId; text: string }[] = [
    ...(targets.stakeholders.length === 0 ? [{ step: 'roles' as const, text: t('missing.roles') }] : []),
    ...(targets.strategic.length === 0 ? [{ step: 'to-be' as const, text: t('missing.toBe') }] : []),
    ...(targets.operational.length === 0 && targets.actions.length === 0
      ? [{ step: 'action' as const, text: t('missing.action') }]
      : []),
  ];

  return (
    <fieldset className="fieldset fieldset--section">
      <legend className="heading-l">{t('indicatorsHeading')}</legend>
      <p>{t('indicatorsIntro')}</p>
      {missing.length > 0 ? (
        <div className="notice">
          <h3 className="heading-s">{t('missingHeading')}</h3>
          <ul>
            {missing.map((item) => (
              <li key={item.step}>
                {item.text} <StepLink step={item.step} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {list.fields.length === 0 ? <p>{t('noIndicators')}</p> : null}
      <ol className="entry-list" aria-label={t('indicatorsHeading')}>
        {list.fields.map((field, index) => (
          <IndicatorEntry key={field.id} targets={targets} {...entryProps(form, list, index)} />
        ))}
      </ol>
      <UndoNotice
        removed={list.removed}
        onUndo={list.undo}
        onDismiss={list.dismiss}
        note={<KeptRecords removed={list.removed} kind="indicator" />}
      />
      <MoveNotice moved={list.moved} />
      <CataloguePicker
        id={listField.id}
        error={listField.error}
        disabled={full}
        onPick={(code) =>
          list.append(
            indicatorFromCatalogue(
              code,
              { names: indicatorCatalogueLabels[locale], sources: indicatorSourceLabels[locale] },
              newUid(),
            ),
          )
        }
        onOwn={() => list.append(emptyIndicator(newUid()))}
      />
      {full ? <ListFullNote id="indicators-full" max={max} /> : null}
    </fieldset>
  );
}
