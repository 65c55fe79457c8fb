'use client';

import { useTranslations } from 'next-intl';
import { useRef, type ReactNode } from 'react';
import { get, useFormContext, useFormState } from 'react-hook-form';
import { Button } from '@/components/ui/Button';
import { fieldId } from './context';

/**
 * One entry of a list as a summary row that opens for editing (GOV.UK's
 * "add multiple things" with check-answers rows; a disclosure button). The
 * row names the entry with the facts that identify it and marks a problem
 * found by the last validation; the fields render only while it is open.
 *
 * The toggle carries the id of the entry's form path (`f-actions-3`), so the
 * error summary (components/ui/revealField.ts) finds the entry of a field that
 * is not drawn, opens it and focuses the field.
 */
export function FoldingEntry({
  name,
  legend,
  title,
  facts = [],
  open,
  onToggle,
  controls,
  children,
  headingLevel = 3,
  className,
  as: Item = 'li',
}: {
  /** The entry's form path: "initiatives.2". */
  name: string;
  /** "Initiative 3": which entry, shown before its title. */
  legend: string;
  /** What the user called it; the legend alone while empty. */
  title?: string | undefined;
  /** Two or three facts that tell entries apart, in the list's language. */
  facts?: readonly (string | null | undefined | false)[];
  open: boolean;
  onToggle: (open: boolean) => void;
  /** Move and remove buttons, on the summary row while the entry is open. */
  controls?: ReactNode;
  children: ReactNode;
  headingLevel?: 3 | 4;
  className?: string;
  /** A list's entry (li), or a group of fields on its own (div, components/ui/form/FoldingGroup.tsx). */
  as?: 'li' | 'div';
}) {
  const t = useTranslations('common.list');
  const { control } = useFormContext();
  const { errors } = useFormState({ control, name });
  const problem = Boolean(get(errors, name));
  const toggle = useRef<HTMLButtonElement>(null);
  const id = fieldId(name);
  const bodyId = `${id}-body`;
  const Heading = headingLevel === 4 ? 'h4' : 'h3';
  const shown = facts.filter((fact): fact is string => typeof fact === 'string' && fact.trim() !== '');
  const named = title?.trim();
  return (
    <Item
      className={['entry', 'folding', open ? 'folding--open' : null, problem ? 'folding--problem' : null, className]
        .filter(Boolean)
        .join(' ')}
    >
      <div className="folding__row">
        <Heading className="folding__heading">
          <button
            ref={toggle}
            type="button"
            id={id}
            className="folding__toggle"
            aria-expanded={open}
            aria-controls={open ? bodyId : undefined}
            data-folding={open ? 'open' : 'closed'}
            onClick={() => onToggle(!open)}
          >
            <span className="folding__title">
              {legend}
              {named ? (
                <>
                  : <bdi>{named}</bdi>
                </>
              ) : null}
            </span>
            <span className="folding__action">{open ? t('close') : t('change')}</span>
          </button>
        </Heading>
        {shown.length > 0 || problem ? (
          <div className="folding__summary">
            {shown.length > 0 ? <p className="folding__facts">{shown.join(' · ')}</p> : null}
            {problem ? <p className="folding__problem">{t('hasProblem')}</p> : null}
          </div>
        ) : null}
        {/* Move and remove act on the open entry: a closed list stays a plain summary. */}
        {open && controls ? <div className="folding__controls">{controls}</div> : null}
      </div>
      {open ? (
        <div className="folding__body" id={bodyId} role="group" aria-label={legend}>
          {children}
          <Button
            variant="secondary"
            className="button--small folding__done"
            onClick={() => {
              onToggle(false);
              toggle.current?.focus();
            }}
          >
            {t('done')}
            <span className="visually-hidden">: {named ? `${legend}: ${named}` : legend}</span>
          </Button>
        </div>
      ) : null}
    </Item>
  );
}
