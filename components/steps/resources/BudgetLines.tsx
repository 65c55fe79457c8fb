'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { EntityListSection } from '@/components/ui/form/EntityListSection';
import { ChoiceSelect, NumberInput, TextInput } from '@/components/ui/form/fields';
import { optionsOf } from '@/components/ui/form/options';
import { useDraftActions } from '@/components/workspace/DraftSession';
import { budgetCategoryLabels } from '@/content/reference/resources';
import { budgetTotals } from '@/lib/budget';
import { formatMoney } from '@/lib/format';
import { referencesTo } from '@/lib/links';
import { BUDGET_CATEGORIES } from '@/lib/steps/resources';
import type { ResourcesForm } from './form';
import styles from '../ResourcesStep.module.css';
import { TableRegion } from '@/components/ui/TableRegion';

/** Budget lines (referenced by step 6 actions) and their totals per year. */
export function BudgetLines({ form }: { form: ResourcesForm }) {
  const t = useTranslations('steps.resources');
  const tCommon = useTranslations('common');
  const locale = useLocale();
  const { current, unlink } = useDraftActions();
  const lines = useWatch({ control: form.control, name: 'budgetLines' });
  const [pending, setPending] = useState<{
    uid: string;
    name: string;
    actions: string[];
    remove: () => void;
  } | null>(null);

  const nameOf = (index: number) => lines?.[index]?.description?.trim() || t('budgetLine', { number: index + 1 });
  const actionsUsing = (uid: string | undefined) =>
    uid ? referencesTo(current().steps, uid).map((reference) => reference.text || tCommon('list.untitled')) : [];

  return (
    <>
      <EntityListSection<NonNullable<typeof lines>[number]>
        name="budgetLines"
        heading={t('budgetLinesHeading')}
        hint={t('budgetLinesHint')}
        emptyText={t('noBudgetLines')}
        addLabel={t('addBudgetLine')}
        legendOf={(index) => t('budgetLine', { number: index + 1 })}
        titleOf={(line) => line?.description}
        factsOf={(line) => [
          line?.category ? budgetCategoryLabels[locale][line.category]?.label : null,
          typeof line?.amount === 'number' ? formatMoney(line.amount, locale) : null,
          typeof line?.year === 'number' ? String(line.year) : null,
        ]}
        nameOf={nameOf}
        onRemove={(index, remove) => {
          const uid = lines?.[index]?.uid;
          const actions = actionsUsing(uid);
          if (uid && actions.length > 0) setPending({ uid, name: nameOf(index), actions, remove });
          else remove();
        }}
        renderEntry={(index) => {
          const usedBy = actionsUsing(lines?.[index]?.uid);
          return (
            <>
              <ChoiceSelect
                name={`budgetLines.${index}.category`}
                label={t('category')}
                placeholder={t('categoryPlaceholder')}
                options={optionsOf(BUDGET_CATEGORIES, budgetCategoryLabels[locale])}
              />
              <TextInput name={`budgetLines.${index}.description`} label={t('description')} />
              <NumberInput name={`budgetLines.${index}.amount`} label={t('amount')} hint={t('amountHint')} />
              <NumberInput name={`budgetLines.${index}.year`} label={t('year')} hint={t('yearHint')} plain />
              {usedBy.length > 0 ? (
                <p className="hint">{t('usedBy', { count: usedBy.length, actions: usedBy.join(', ') })}</p>
              ) : null}
            </>
          );
        }}
      />
      <BudgetTotals lines={lines} />
      <ConfirmDialog
        open={pending !== null}
        title={t('deleteLinked.title', { name: pending?.name ?? '' })}
        confirmLabel={t('deleteLinked.confirm')}
        cancelLabel={tCommon('cancel')}
        danger
        onConfirm={() => {
          if (pending) {
            pending.remove();
            unlink([pending.uid], 'resources');
          }
          setPending(null);
        }}
        onCancel={() => setPending(null)}
      >
        <p>{t('deleteLinked.body', { count: pending?.actions.length ?? 0 })}</p>
        <ul className="list list--bullet">
          {pending?.actions.map((action, index) => (
            <li key={`${index}-${action}`}>{action}</li>
          ))}
        </ul>
        <p>{t('deleteLinked.after')}</p>
      </ConfirmDialog>
    </>
  );
}

function BudgetTotals({ lines }: { lines: Parameters<typeof budgetTotals>[0] }) {
  const t = useTranslations('steps.resources.totals');
  const locale = useLocale();
  const totals = budgetTotals(lines);
  const hasAmounts = (lines ?? []).some((line) => typeof line?.amount === 'number');
  if (!hasAmounts) return <p className="hint">{t('empty')}</p>;
  return (
    <TableRegion caption={t('caption')} captionClassName={styles.caption}>
      <thead>
        <tr>
          <th scope="col">{t('year')}</th>
          <th scope="col" className={styles.numeric}>
            {t('amount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {totals.byYear.map(({ year, amount }) => (
          <tr key={year}>
            <th scope="row">{year}</th>
            <td className={styles.numeric}>{formatMoney(amount, locale)}</td>
          </tr>
        ))}
        {totals.undated > 0 ? (
          <tr>
            <th scope="row">{t('undated')}</th>
            <td className={styles.numeric}>{formatMoney(totals.undated, locale)}</td>
          </tr>
        ) : null}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('total')}</th>
          <td className={styles.numeric}>
            <strong>{formatMoney(totals.total, locale)}</strong>
          </td>
        </tr>
      </tfoot>
    </TableRegion>
  );
}
