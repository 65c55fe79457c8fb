'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/Button';
import { Select, TextArea, TextField } from '@/components/ui/Field';
import { EntityControls, UndoNotice, useEntityList } from '@/components/ui/EntityList';
import { useFieldError } from '@/components/workspace/StepFormFrame';
import { fieldId } from '@/components/workspace/useStepForm';
import { levelLabels } from '@/content/reference/levels';
import { leverLabels } from '@/content/reference/levers';
import { SCORES } from '@/lib/matrix';
import { emptyInitiative, MAX_INITIATIVES } from '@/lib/steps/as-is';
import { emptyToNull, LIMITS, newUid, parseWholeNumber } from '@/lib/steps/fields';
import { LEVELS, LEVERS } from '@/lib/steps/shared';
import { optionsOf, type AsIsForm } from './types';

/** The inventory of current initiatives: add, edit, reorder, remove with undo. */
export function InitiativeList({ form }: { form: AsIsForm }) {
  const t = useTranslations('steps.asIs');
  const tCommon = useTranslations('common');
  const locale = useLocale();
  const list = useEntityList(form, 'initiatives');
  const items = useWatch({ control: form.control, name: 'initiatives' });
  const errorFor = useFieldError(form);
  const { register } = form;
  const optional = tCommon('optional');
  const scores = SCORES.map((score) => ({ value: String(score), label: t(`scale.${score}`) }));
  const nameOf = (index: number) => items?.[index]?.title?.trim() || t('initiativeHeading', { number: index + 1 });

  return (
    <fieldset className="fieldset fieldset--section">
      <legend className="heading-l">{t('initiativesHeading')}</legend>
      <p>{t('initiativesIntro')}</p>
      {list.fields.length === 0 ? <p>{t('noInitiatives')}</p> : null}
      <ol className="entry-list">
        {list.fields.map((field, index) => {
          const number = index + 1;
          const path = `initiatives.${index}` as const;
          return (
            <li className="entry" key={field.id}>
              <h3 className="heading-m">
                {t('initiativeHeading', { number })}
                {items?.[index]?.title?.trim() ? `: ${items[index].title}` : null}
              </h3>
              <TextField
                id={fieldId(`${path}.title`)}
                label={t('initiativeTitle', { number })}
                hint={t('initiativeTitleHint')}
                error={errorFor(`${path}.title`)}
                maxLength={LIMITS.short}
                {...register(`${path}.title`)}
              />
              <TextArea
                id={fieldId(`${path}.description`)}
                label={t('initiativeDescription', { number })}
                hint={t('initiativeDescriptionHint')}
                optionalText={optional}
                error={errorFor(`${path}.description`)}
                rows={3}
                maxLength={LIMITS.long}
                {...register(`${path}.description`)}
              />
              <Select
                id={fieldId(`${path}.lever`)}
                label={t('lever', { number })}
                placeholder={t('leverPlaceholder')}
                error={errorFor(`${path}.lever`)}
                options={optionsOf(LEVERS, leverLabels[locale])}
                {...register(`${path}.lever`, { setValueAs: emptyToNull })}
              />
              <Select
                id={fieldId(`${path}.level`)}
                label={t('level', { number })}
                placeholder={t('levelPlaceholder')}
                error={errorFor(`${path}.level`)}
                options={optionsOf(LEVELS, levelLabels[locale])}
                {...register(`${path}.level`, { setValueAs: emptyToNull })}
              />
              <TextField
                id={fieldId(`${path}.targetGroup`)}
                label={t('targetGroup', { number })}
                hint={t('targetGroupHint')}
                optionalText={optional}
                error={errorFor(`${path}.targetGroup`)}
                maxLength={LIMITS.short}
                {...register(`${path}.targetGroup`)}
              />
              <Select
                id={fieldId(`${path}.effort`)}
                label={t('effort', { number })}
                hint={t('effortHint')}
                placeholder={t('scorePlaceholder')}
                error={errorFor(`${path}.effort`)}
                options={scores}
                {...register(`${path}.effort`, { setValueAs: parseWholeNumber })}
              />
              <Select
                id={fieldId(`${path}.impact`)}
                label={t('impact', { number })}
                hint={t('impactHint')}
                placeholder={t('scorePlaceholder')}
                error={errorFor(`${path}.impact`)}
                options={scores}
                {...register(`${path}.impact`, { setValueAs: parseWholeNumber })}
              />
              <EntityControls
                index={index}
                count={list.fields.length}
                name={nameOf(index)}
                onMoveUp={() => list.moveUp(index)}
                onMoveDown={() => list.moveDown(index)}
                onRemove={() => list.remove(index, nameOf(index))}
              />
            </li>
          );
        })}
      </ol>
      <UndoNotice removed={list.removed} onUndo={list.undo} onDismiss={list.dismiss} />
      <div className={errorFor('initiatives') ? 'field field--error' : undefined}>
        {errorFor('initiatives') ? (
          <p className="error-message" id={`${fieldId('initiatives')}-error`}>
            {errorFor('initiatives')}
          </p>
        ) : null}
        <Button
          id={fieldId('initiatives')}
          variant="secondary"
          aria-describedby={errorFor('initiatives') ? `${fieldId('initiatives')}-error` : undefined}
          disabled={list.fields.length >= MAX_INITIATIVES}
          onClick={() => list.append(emptyInitiative(newUid()))}
        >
          {t('addInitiative')}
        </Button>
      </div>
    </fieldset>
  );
}
