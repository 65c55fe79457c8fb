'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { applyPresentation, readPresentation, writePresentation } from '@/lib/presentation';

/**
 * Turns presentation mode (larger text for a projector) on and off: a toggle
 * button (aria-pressed) with the state in words beside it, announced politely.
 * The layout's script applies the stored choice on every page, in both languages.
 */
export function PresentationToggle() {
  const t = useTranslations('trainer.presentation');
  // The home page's island renders in the browser only (LazyIslands), so storage can be read at once.
  const [on, setOn] = useState(readPresentation);
  const [remembered, setRemembered] = useState(true);

  return (
    <section aria-labelledby="presentation-heading">
      <h3 className="heading-s" id="presentation-heading">
        {t('heading')}
      </h3>
      <p>{t('body')}</p>
      <Button
        variant="secondary"
        aria-pressed={on}
        onClick={() => {
          const next = !on;
          applyPresentation(next, document.documentElement);
          setRemembered(writePresentation(next));
          setOn(next);
        }}
      >
        {t('toggle')}
      </Button>
      <p role="status" className="hint">
        {on ? t('on') : t('off')}
        {remembered ? null : ` ${t('notRemembered')}`}
      </p>
    </section>
  );
}
