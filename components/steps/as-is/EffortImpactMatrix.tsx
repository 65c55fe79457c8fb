'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useLayoutEffect, useRef, useState, type PointerEvent } from 'react';
import { useWatch } from 'react-hook-form';
import { quadrantLabels } from '@/content/reference/as-is';
import {
  cellKey,
  HIGH_FROM,
  moveByKey,
  placeAll,
  positionOf,
  quadrantOf,
  SCORES,
  type Placed,
  type Position,
} from '@/lib/matrix';
import { QUADRANTS } from '@/lib/steps/as-is';
import styles from '../AsIsStep.module.css';
import { MatrixTable } from './MatrixTable';
import type { AsIsForm } from './types';

type Item = { uid: string; title?: string | undefined; effort?: unknown; impact?: unknown };

/** Columns of the grid: 1 holds the impact scale, 2–6 effort 1–5. Rows: 1 names, 2–6 impact 5–1. */
const descriptionId = (uid: string) => `marker-${uid}-position`;
const column = (effort: number) => effort + 1;
const row = (impact: number) => 7 - impact;
const LOW = HIGH_FROM - 1;
const HIGH = SCORES.length - LOW;
const QUADRANT_AREAS = {
  'quick-win': { column: `2 / span ${LOW}`, row: 1 },
  'major-project': { column: `${2 + LOW} / span ${HIGH}`, row: 1 },
  'fill-in': { column: `2 / span ${LOW}`, row: 7 },
  thankless: { column: `${2 + LOW} / span ${HIGH}`, row: 7 },
} as const;

/**
 * The effort–impact matrix, drawn from the form values: every initiative is a
 * numbered marker that moves by arrow keys, by dragging, or by selecting it and
 * clicking a cell. Moving it sets its scores, so list and matrix always agree.
 */
export function EffortImpactMatrix({ form }: { form: AsIsForm }) {
  const t = useTranslations('steps.asIs');
  const tList = useTranslations('common.list');
  const locale = useLocale();
  const watched = useWatch({ control: form.control, name: 'initiatives' });
  const items: Item[] = Array.isArray(watched) ? watched : [];
  const { cells, unplaced } = placeAll(items);
  const [selected, setSelected] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const focusAfterMove = useRef<string | null>(null);
  const drag = useRef<{ uid: string; x: number; y: number; moved: boolean } | null>(null);
  const suppressClick = useRef(false);
  const labels = quadrantLabels[locale];

  // A moved marker is drawn in another cell (a new element): give it focus back.
  useLayoutEffect(() => {
    const uid = focusAfterMove.current;
    if (!uid) return;
    focusAfterMove.current = null;
    rootRef.current?.querySelector<HTMLElement>(`[data-uid="${CSS.escape(uid)}"]`)?.focus();
  });

  const titleOf = (item: { title?: string | undefined }, number: number) =>
    item.title?.trim() || `${tList('untitled')} (${number})`;

  const place = (uid: string, position: Position, focus: boolean) => {
    const index = items.findIndex((item) => item.uid === uid);
    const item = items[index];
    if (!item) return;
    const options = { shouldDirty: true, shouldValidate: form.formState.isSubmitted };
    form.setValue(`initiatives.${index}.effort`, position.effort, options);
    form.setValue(`initiatives.${index}.impact`, position.impact, options);
    if (focus) focusAfterMove.current = uid;
    setSelected(null);
    setAnnouncement(
      t('moved', {
        title: titleOf(item, index + 1),
        ...position,
        quadrant: labels[quadrantOf(position.effort, position.impact)].label,
      }),
    );
  };

  const cellAt = (x: number, y: number): Position | null => {
    const cell = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-effort]');
    if (!cell || !rootRef.current?.contains(cell)) return null;
    return positionOf({ effort: Number(cell.dataset.effort), impact: Number(cell.dataset.impact) });
  };

  const whereOf = (position: Position | null) =>
    position
      ? t('markerPosition', { ...position, quadrant: labels[quadrantOf(position.effort, position.impact)].label })
      : t('markerUnplaced');

  const marker = ({ item, number, position }: Placed<Item>) => {
    const title = titleOf(item, number);
    const where = whereOf(position);
    const describedBy = descriptionId(item.uid);
    return (
      <button
        key={item.uid}
        type="button"
        className={styles.marker}
        data-uid={item.uid}
        aria-label={t('marker', { number, title })}
        aria-describedby={`${describedBy} matrix-instructions`}
        aria-pressed={selected === item.uid}
        title={`${t('marker', { number, title })} — ${where}`}
        onKeyDown={(event) => {
          const next = moveByKey(item, event.key);
          if (next) {
            event.preventDefault();
            place(item.uid, next, true);
          } else if (event.key === 'Escape' && selected) {
            event.preventDefault();
            setSelected(null);
          }
        }}
        onPointerDown={(event: PointerEvent<HTMLButtonElement>) => {
          if (event.button !== 0) return;
          drag.current = { uid: item.uid, x: event.clientX, y: event.clientY, moved: false };
          event.currentTarget.setPointerCapture(event.pointerId);
        }}
        onPointerMove={(event) => {
          const current = drag.current;
          if (!current) return;
          if (!current.moved && Math.hypot(event.clientX - current.x, event.clientY - current.y) < 6) return;
          current.moved = true;
          const target = cellAt(event.clientX, event.clientY);
          setDropTarget(target ? cellKey(target) : null);
        }}
        onPointerUp={(event) => {
          const current = drag.current;
          drag.current = null;
          setDropTarget(null);
          if (!current?.moved) return;
          // The click that ends this drag must not select the marker.
          suppressClick.current = true;
          window.setTimeout(() => {
            suppressClick.current = false;
          }, 0);
          const target = cellAt(event.clientX, event.clientY);
          if (target) place(current.uid, target, true);
        }}
        onPointerCancel={() => {
          drag.current = null;
          setDropTarget(null);
        }}
        onClick={(event) => {
          event.stopPropagation();
          if (suppressClick.current) {
            suppressClick.current = false;
            return;
          }
          const next = selected === item.uid ? null : item.uid;
          setSelected(next);
          setAnnouncement(next ? t('selected', { title }) : '');
        }}
      >
        {number}
      </button>
    );
  };

  return (
    <section className="section" aria-labelledby="matrix-heading" ref={rootRef}>
      <h2 className="heading-l" id="matrix-heading">
        {t('matrixHeading')}
      </h2>
      <p>{t('matrixIntro')}</p>
      <p className="hint" id="matrix-instructions">
        {t('matrixInstructions')}
      </p>
      {items.length === 0 ? <p>{t('matrixEmpty')}</p> : null}
      {/* The matrix with what its quadrants mean beside it where the page is wide enough. */}
      <div className={styles.matrixLayout}>
        <div className={styles.matrix} role="group" aria-label={t('matrixLabel')}>
          <span className={styles.axisImpact} aria-hidden="true">
            {t('impactAxis')}
          </span>
          {QUADRANTS.map((quadrant) => (
            <span
              key={quadrant}
              className={`${styles.quadrantName} ${styles[quadrant]}`}
              style={{ gridColumn: QUADRANT_AREAS[quadrant].column, gridRow: QUADRANT_AREAS[quadrant].row }}
              aria-hidden="true"
            >
              {labels[quadrant].label}
            </span>
          ))}
          {SCORES.map((impact) => (
            <span
              key={`impact-${impact}`}
              className={styles.tick}
              style={{ gridColumn: 1, gridRow: row(impact) }}
              aria-hidden="true"
            >
              {impact}
            </span>
          ))}
          {SCORES.flatMap((impact) =>
            SCORES.map((effort) => {
              const key = cellKey({ effort, impact });
              const classes = [
                styles.cell,
                styles[quadrantOf(effort, impact)],
                effort === LOW ? styles.splitRight : null,
                impact === HIGH_FROM ? styles.splitBelow : null,
                dropTarget === key ? styles.dropTarget : null,
                selected ? styles.selectable : null,
              ];
              return (
                <div
                  key={key}
                  className={classes.filter(Boolean).join(' ')}
                  style={{ gridColumn: column(effort), gridRow: row(impact) }}
                  data-effort={effort}
                  data-impact={impact}
                  onClick={() => {
                    if (selected) place(selected, { effort, impact }, false);
                  }}
                >
                  {(cells.get(key) ?? []).map(marker)}
                </div>
              );
            }),
          )}
          {SCORES.map((effort) => (
            <span
              key={`effort-${effort}`}
              className={styles.tick}
              style={{ gridColumn: column(effort), gridRow: 8 }}
              aria-hidden="true"
            >
              {effort}
            </span>
          ))}
          <span className={styles.axisEffort} aria-hidden="true">
            {t('effortAxis')}
          </span>
        </div>
        <div className={styles.legendBlock}>
          <h3 className="heading-m">{t('quadrantsHeading')}</h3>
          <ul className={styles.legend}>
            {QUADRANTS.map((quadrant) => (
              <li key={quadrant}>
                <span className={`${styles.swatch} ${styles[quadrant]}`} aria-hidden="true" />
                <strong>{labels[quadrant].label}</strong>: {labels[quadrant].hint}
              </li>
            ))}
          </ul>
        </div>
      </div>
      {unplaced.length > 0 ? (
        <div className={styles.unplaced}>
          <h3 className="heading-s">{t('unplacedHeading')}</h3>
          <p className="hint">{t('unplacedHint')}</p>
          <div className={styles.tray}>{unplaced.map(marker)}</div>
        </div>
      ) : null}
      {/* Each marker's position, read after its name (aria-describedby). */}
      <div hidden>
        {items.map((item) => (
          <span key={item.uid} id={descriptionId(item.uid)}>
            {whereOf(positionOf(item))}
          </span>
        ))}
      </div>
      <p role="status" className={styles.status}>
        {announcement}
      </p>
      <MatrixTable items={items} titleOf={titleOf} />
    </section>
  );
}
