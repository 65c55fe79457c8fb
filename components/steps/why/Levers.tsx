'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useFormContext, useWatch } from 'react-hook-form';
import { ChoiceRadios, LongText } from '@/components/ui/form/fields';
import { FoldingEntry } from '@/components/ui/form/FoldingEntry';
import { useOpenEntry } from '@/components/ui/form/openEntry';
import { optionsOf } from '@/components/ui/form/options';
import { leverLabels } from '@/content/reference/levers';
import { relevanceLabels } from '@/content/reference/why';
import { excerpt } from '@/lib/format';
import { LEVERS, RELEVANCE, type Lever } from '@/lib/steps/why';

type LeverAnswers = Partial<Record<Lever, { relevance?: (typeof RELEVANCE)[number] | null; note?: string }>>;

/**
 * The seven levers, each a summary row (how relevant, the note's start) that
 * opens for its two questions, one lever at a time like the lists' entries.
 */
export function Levers() {
  const t = useTranslations('steps.why');
  const locale = useLocale();
  const { control } = useFormContext();
  const answers = (useWatch({ control, name: 'levers' }) ?? {}) as LeverAnswers;
  const { openUid, setOpen } = useOpenEntry('levers', () => LEVERS);
  return (
    <fieldset className="fieldset fieldset--section">
      <legend className="heading-l">{t('leversHeading')}</legend>
      <p>{t('leversIntro')}</p>
      <ul className="entry-list">
        {LEVERS.map((lever) => {
          const label = leverLabels[locale][lever];
          const answer = answers[lever];
          return (
            <FoldingEntry
              key={lever}
              name={`levers.${lever}`}
              legend={label.label}
              facts={[
                answer?.relevance ? relevanceLabels[locale][answer.relevance].label : null,
                excerpt(answer?.note, 70),
              ]}
              open={openUid === lever}
              onToggle={(open) => setOpen(open ? lever : null)}
            >
              <p className="hint">{label.hint}</p>
              <ChoiceRadios
                name={`levers.${lever}.relevance`}
                inline
                label={t('leverRelevance', { lever: label.label })}
                legendClassName="legend legend--s"
                options={optionsOf(RELEVANCE, relevanceLabels[locale])}
              />
              <LongText name={`levers.${lever}.note`} label={t('leverNote', { lever: label.label })} rows={2} />
            </FoldingEntry>
          );
        })}
      </ul>
    </fieldset>
  );
}
