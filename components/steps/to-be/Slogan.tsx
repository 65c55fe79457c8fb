'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { TextField } from '@/components/ui/Field';
import { useFieldError } from '@/components/workspace/StepFormFrame';
import { fieldId } from '@/components/workspace/useStepForm';
import { LIMITS } from '@/lib/steps/fields';
import { SLOGAN_GUIDE_LENGTH, sloganLength, sloganOverGuide } from '@/lib/steps/to-be';
import styles from '../ToBeStep.module.css';
import type { ToBeForm } from './types';

const TIPS = ['short', 'culture', 'promise', 'together'] as const;
/** Screen readers hear the count once typing pauses, not on every keystroke (as GOV.UK's character count). */
const ANNOUNCE_DELAY_MS = 1000;

/** The slogan, with tips and a live character count against the length guide (longer is allowed). */
export function Slogan({ form }: { form: ToBeForm }) {
  const t = useTranslations('steps.toBe');
  const errorFor = useFieldError(form);
  const slogan = useWatch({ control: form.control, name: 'slogan' }) ?? '';
  const over = sloganOverGuide(slogan);
  const count = t(over ? 'sloganCountOver' : 'sloganCount', {
    count: sloganLength(slogan),
    max: SLOGAN_GUIDE_LENGTH,
  });
  const [announced, setAnnounced] = useState('');
  const initial = useRef(count);
  useEffect(() => {
    if (count === announced || (announced === '' && count === initial.current)) return undefined;
    const timer = setTimeout(() => setAnnounced(count), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [count, announced]);

  return (
    <fieldset className="fieldset fieldset--section">
      <legend className="heading-l">{t('sloganHeading')}</legend>
      <TextField
        id={fieldId('slogan')}
        label={t('slogan')}
        hint={t('sloganHint', { max: SLOGAN_GUIDE_LENGTH })}
        error={errorFor('slogan')}
        maxLength={LIMITS.short}
        spellCheck
        {...form.register('slogan')}
      />
      <p className={over ? `hint ${styles.countOver}` : `hint ${styles.count}`} aria-hidden="true">
        {count}
      </p>
      <div className="visually-hidden" role="status">
        {announced}
      </div>
      <details className="details">
        <summary className="details__summary">{t('sloganTipsSummary')}</summary>
        <div className="details__text">
          <ul className="list list--bullet">
            {TIPS.map((tip) => (
              <li key={tip}>{t(`sloganTips.${tip}`)}</li>
            ))}
          </ul>
        </div>
      </details>
    </fieldset>
  );
}
