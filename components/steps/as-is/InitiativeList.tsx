'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { MoveNotice, UndoNotice, useEntityList } from '@/components/ui/EntityList';
import { FoldingEntry } from '@/components/ui/form/FoldingEntry';
import { ListAddButton } from '@/components/ui/form/EntityListSection';
import { ChoiceSelect, LongText, TextInput } from '@/components/ui/form/fields';
import { optionsOf } from '@/components/ui/form/options';
import { levelLabels } from '@/content/reference/levels';
import { leverLabels } from '@/content/reference/levers';
import { SCORES } from '@/lib/matrix';
import { LEVELS, LEVERS } from '@/lib/steps/shared';
import type { AsIsForm } from './types';

/** Each score's words (keys in `steps.asIs`). */
const SCALE_KEYS = {
  1: 'scale.1',
  2: 'scale.2',
  3: 'scale.3',
  4: 'scale.4',
  5: 'scale.5',
} as const satisfies Record<(typeof SCORES)[number], string>;

/** The inventory of current initiatives: add, edit, reorder, remove with undo. */
export function InitiativeList({ form }: { form: AsIsForm }) {
  const t = useTranslations('steps.asIs');
  const locale = useLocale();
  const list = useEntityList(form, 'initiatives');
  const items = useWatch({ control: form.control, name: 'initiatives' });
  const scores = SCORES.map((score) => ({ value: String(score), label: t(SCALE_KEYS[score]) }));
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
          const item = items?.[index];
          return (
            <FoldingEntry
              key={field.id}
              legend={t('initiativeHeading', { number })}
              title={item?.title}
              facts={[
                item?.lever ? leverLabels[locale][item.lever]?.label : null,
                item?.level ? levelLabels[locale][item.level]?.label : null,
                item?.effort && item?.impact
                  ? t('initiativeScores', { effort: item.effort, impact: item.impact })
                  : null,
              ]}
              {...list.entryProps(index, nameOf(index))}
            >
              <TextInput
                name={`${path}.title`}
                label={t('initiativeTitle', { number })}
                hint={t('initiativeTitleHint')}
              />
              <LongText
                name={`${path}.description`}
                label={t('initiativeDescription', { number })}
                hint={t('initiativeDescriptionHint')}
                rows={3}
              />
              <ChoiceSelect
                name={`${path}.lever`}
                label={t('lever', { number })}
                placeholder={t('leverPlaceholder')}
                options={optionsOf(LEVERS, leverLabels[locale])}
              />
              <ChoiceSelect
                name={`${path}.level`}
                label={t('level', { number })}
                placeholder={t('levelPlaceholder')}
                options={optionsOf(LEVELS, levelLabels[locale])}
              />
              <TextInput
                name={`${path}.targetGroup`}
                label={t('targetGroup', { number })}
                hint={t('targetGroupHint')}
              />
              <ChoiceSelect
                name={`${path}.effort`}
                label={t('effort', { number })}
                hint={t('effortHint')}
                placeholder={t('scorePlaceholder')}
                options={scores}
                numeric
              />
              <ChoiceSelect
                name={`${path}.impact`}
                label={t('impact', { number })}
                hint={t('impactHint')}
                placeholder={t('scorePlaceholder')}
                options={scores}
                numeric
              />
            </FoldingEntry>
          );
        })}
      </ol>
      <UndoNotice removed={list.removed} onUndo={list.undo} onDismiss={list.dismiss} />
      <MoveNotice moved={list.moved} />
      <ListAddButton
        name="initiatives"
        count={list.fields.length}
        label={t('addInitiative')}
        onAdd={(entry) => list.append(entry as never)}
      />
    </fieldset>
  );
}
