import { stepContent } from '@/content/steps';
import { WORKSHEETS, type WorksheetItem } from '@/content/worksheets';
import { STEPS, stepNumber, type StepDefinition } from '@/lib/steps/registry';
import { Legend, Lines } from './parts';
import { Tool } from './Tools';
import type { SheetProps } from './types';
import styles from './worksheets.module.css';

/** Every step's worksheet, in registry order: one printed page each. */
export function Worksheets(props: SheetProps) {
  const content = stepContent(props.locale);
  return (
    <>
      {STEPS.map((step) => (
        <Worksheet key={step.id} step={step} purpose={content[step.id].purpose[0] ?? ''} {...props} />
      ))}
    </>
  );
}

function Worksheet({ step, purpose, t, locale }: SheetProps & { step: StepDefinition; purpose: string }) {
  const headingId = `worksheet-${step.id}`;
  return (
    <section className={styles.sheet} aria-labelledby={headingId} data-worksheet={step.id}>
      <div className={styles.head}>
        <h2 className={styles.title} id={headingId}>
          {t('worksheets.stepHeading', { number: stepNumber(step.id), title: t(`${step.messages}.title`) })}
        </h2>
        <dl className={styles.fields}>
          {(['organisation', 'date'] as const).map((key) => (
            <div key={key} className={styles.field}>
              <dt>{t(`worksheets.${key}`)}</dt>
              <dd className={styles.line} />
            </div>
          ))}
        </dl>
      </div>
      <p className={styles.purpose}>{purpose}</p>
      {WORKSHEETS[step.id].map((item, index) => (
        <Item key={index} item={item} t={t} locale={locale} />
      ))}
    </section>
  );
}

function Item({ item, t, locale }: SheetProps & { item: WorksheetItem }) {
  switch (item.kind) {
    case 'fields':
      return (
        <dl className={styles.fields}>
          {item.fields.map((field) => (
            <div key={field.key} className={styles.field}>
              <dt>{t(field.key, field.values)}</dt>
              <dd className={styles.line} />
            </div>
          ))}
        </dl>
      );
    case 'question':
      return (
        <div className={styles.question}>
          <p className={styles.label}>{t(item.label.key, item.label.values)}</p>
          {item.hint ? <p className={styles.hint}>{t(item.hint.key, item.hint.values)}</p> : null}
          <Lines count={item.lines} />
        </div>
      );
    case 'table':
      return (
        <>
          <table className={styles.table}>
            <caption>{t(item.title.key, item.title.values)}</caption>
            <thead>
              <tr>
                <th scope="col" className={styles.number}>
                  {t('worksheets.number')}
                </th>
                {item.columns.map((column) => (
                  <th scope="col" key={column.key}>
                    {t(column.key, column.values)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: item.rows }, (_, row) => (
                <tr key={row}>
                  <td className={styles.number}>{row + 1}</td>
                  {item.columns.map((column) => (
                    <td key={column.key} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {item.hint ? <Legend>{t(item.hint.key, item.hint.values)}</Legend> : null}
        </>
      );
    case 'tool':
      return <Tool tool={item.tool} t={t} locale={locale} />;
  }
}
