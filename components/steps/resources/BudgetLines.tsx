'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Select, TextField } from '@/components/ui/Field';
import { useDraftSession } from '@/components/workspace/DraftSession';
import { useEntityList } from '@/components/ui/EntityList';
import { useFieldError } from '@/components/workspace/StepFormFrame';
import { fieldId } from '@/components/workspace/useStepForm';
import { budgetCategoryLabels } from '@/content/reference/resources';
import { budgetTotals } from '@/lib/budget';
import { formatMoney } from '@/lib/format';
import { referencesTo } from '@/lib/links';
import { emptyToNull, LIMITS, newUid, parseWholeNumber } from '@/lib/steps/fields';
import { BUDGET_CATEGORIES, MAX_BUDGET_LINES } from '@/lib/steps/resources';
import { DecimalField } from './DecimalField';
import { EntrySection } from './EntrySection';
import type { ResourcesForm } from './form';
import { optionsOf } from './options';
import styles from '../ResourcesStep.module.css';

/** Budget lines (referenced by step 6 actions) and their totals per year. */
export function BudgetLines({ form }: { form: ResourcesForm }) {
  const t = useTranslations('steps.resources');
  const tCommon = useTranslations('common');
  const locale = useLocale();
  const { draft, unlink } = useDraftSession();
  const errorFor = useFieldError(form);
  const list = useEntityList(form, 'budgetLines');
  const lines = useWatch({ control: form.control, name: 'budgetLines' });
  const [pending, setPending] = useState<{ index: number; uid: string; name: string; actions: string[] } | null>(null);

  const nameOf = (index: number) => lines?.[index]?.description?.trim() || t('budgetLine', { number: index + 1 });
  const actionsUsing = (uid: string | undefined) =>
    uid ? referencesTo(draft.steps, uid).map((reference) => reference.text || tCommon('list.untitled')) : [];
  const remove = (index: number) => {
    const uid = lines?.[index]?.uid;
    const actions = actionsUsing(uid);
    if (uid && actions.length > 0) setPending({ index, uid, name: nameOf(index), actions });
    else list.remove(index, nameOf(index));
  };

  return (
    <>
      <EntrySection
        id={fieldId('budgetLines')}
        heading={t('budgetLinesHeading')}
        hint={t('budgetLinesHint')}
        empty={t('noBudgetLines')}
        addLabel={t('addBudgetLine')}
        max={MAX_BUDGET_LINES}
        list={list}
        legendOf={(index) => t('budgetLine', { number: index + 1 })}
        nameOf={nameOf}
        onAdd={() => list.append({ uid: newUid(), category: null, description: '', amount: null, year: null })}
        onRemove={remove}
        error={errorFor('budgetLines')}
        renderEntry={(index) => {
          const usedBy = actionsUsing(lines?.[index]?.uid);
          return (
            <>
              <Select
                id={fieldId(`budgetLines.${index}.category`)}
                label={t('category')}
                placeholder={t('categoryPlaceholder')}
                error={errorFor(`budgetLines.${index}.category`)}
                options={optionsOf(BUDGET_CATEGORIES, budgetCategoryLabels[locale])}
                {...form.register(`budgetLines.${index}.category`, { setValueAs: emptyToNull })}
              />
              <TextField
                id={fieldId(`budgetLines.${index}.description`)}
                label={t('description')}
                error={errorFor(`budgetLines.${index}.description`)}
                maxLength={LIMITS.short}
                {...form.register(`budgetLines.${index}.description`)}
              />
              <DecimalField
                form={form}
                name={`budgetLines.${index}.amount`}
                id={fieldId(`budgetLines.${index}.amount`)}
                label={t('amount')}
                hint={t('amountHint')}
                error={errorFor(`budgetLines.${index}.amount`)}
              />
              <TextField
                id={fieldId(`budgetLines.${index}.year`)}
                label={t('year')}
                hint={t('yearHint')}
                error={errorFor(`budgetLines.${index}.year`)}
                inputMode="numeric"
                spellCheck={false}
                className="input--width-10"
                {...form.register(`budgetLines.${index}.year`, { setValueAs: parseWholeNumber })}
              />
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
            list.remove(pending.index, pending.name);
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
    <div className="table-wrap" role="region" aria-label={t('caption')} tabIndex={0}>
      <table className="table">
        <caption className={styles.caption}>{t('caption')}</caption>
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
      </table>
    </div>
  );
}
