import type { ReactNode } from 'react';
import styles from './worksheets.module.css';

/** Empty rows of a blank table. */
export function BlankRows({ columns, rows }: { columns: number; rows: number }) {
  return (
    <tbody>
      {Array.from({ length: rows }, (_, row) => (
        <tr key={row}>
          {Array.from({ length: columns }, (_, column) => (
            <td key={column} />
          ))}
        </tr>
      ))}
    </tbody>
  );
}

export function Legend({ children }: { children: ReactNode }) {
  return <p className={styles.legend}>{children}</p>;
}

/** Lines to write on (drawn with borders: browsers leave backgrounds out of print). */
export function Lines({ count }: { count: number }) {
  return (
    <div className={styles.lines} aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <span key={index} className={styles.line} />
      ))}
    </div>
  );
}
