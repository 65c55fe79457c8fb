'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useDraftValue } from '@/components/workspace/DraftSession';
import { ListAddButton, useListSchema } from '@/components/ui/form/EntityListSection';
import { MoveNotice, useEntityList, UndoNotice } from '@/components/ui/EntityList';
import { legalMomentLabels } from '@/content/reference/measure';
import { legalCycle, reviewFromReminder } from '@/lib/pdca';
import { newUid } from '@/lib/steps/fields';
import { LegalCycle } from './LegalCycle';
import { ReviewEntry } from './ReviewEntry';
import { ReviewTimeline } from './ReviewTimeline';
import { entryProps, type MeasureForm } from './entry';

/** The PDCA calendar: the legal cycle, the review moments, and the moments in date order. */
export function Calendar({ form }: { form: MeasureForm }) {
  const t = useTranslations('steps.measure');
  const locale = useLocale();
  const steps = useDraftValue((draft) => draft.steps);
  const list = useEntityList(form, 'reviews');
  const watched = useWatch({ control: form.control, name: 'reviews' });
  const reviews = (watched ?? []).map((review) => ({ legal: review.legal ?? null, date: review.date || null }));
  const reminders = useMemo(() => legalCycle(steps, new Date()), [steps]);
  const { max } = useListSchema('reviews');
  const full = list.fields.length >= max;

  return (
    <fieldset className="fieldset fieldset--section">
      <legend className="heading-l">{t('calendarHeading')}</legend>
      <p>{t('calendarIntro')}</p>
      <LegalCycle
        reminders={reminders}
        reviews={reviews}
        canAdd={!full}
        onAdd={(reminder) =>
          list.append(reviewFromReminder(reminder, legalMomentLabels[locale][reminder.moment], newUid()))
        }
      />
      <section aria-labelledby="reviews-heading">
        <h3 className="heading-m" id="reviews-heading">
          {t('reviewsHeading')}
        </h3>
        <p className="hint">{t('reviewsHint')}</p>
        {list.fields.length === 0 ? <p>{t('noReviews')}</p> : null}
        <ol className="entry-list" aria-labelledby="reviews-heading">
          {list.fields.map((field, index) => (
            <ReviewEntry key={field.id} {...entryProps(form, list, index)} />
          ))}
        </ol>
        <UndoNotice removed={list.removed} onUndo={list.undo} onDismiss={list.dismiss} />
        <MoveNotice moved={list.moved} />
        <ListAddButton
          name="reviews"
          count={list.fields.length}
          label={t('addReview')}
          onAdd={(entry) => list.append(entry as never)}
        />
      </section>
      <ReviewTimeline form={form} />
    </fieldset>
  );
}
