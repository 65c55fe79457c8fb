/**
 * Totals of step 5's budget lines and internal time. Reads defensively: the
 * input may be stored data or what a form holds while the user types (a
 * half-typed amount is not a number and counts as nothing yet).
 */

export interface BudgetTotals {
  /** One entry per year that has lines with an amount, earliest first. */
  byYear: { year: number; amount: number }[];
  total: number;
  /** The part of `total` on lines without a year. */
  undated: number;
}

/** A finite number, or null for anything else (empty, half-typed, missing). */
export function finiteOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Sums amounts in cents, so 0.1 + 0.2 adds up to 0.3 euro. */
const cents = (amount: number) => Math.round(amount * 100);

export function budgetTotals(
  lines: readonly ({ amount?: unknown; year?: unknown } | null | undefined)[] | null | undefined,
): BudgetTotals {
  const perYear = new Map<number, number>();
  let total = 0;
  let undated = 0;
  for (const line of lines ?? []) {
    const amount = finiteOrNull(line?.amount);
    if (amount === null) continue;
    const year = finiteOrNull(line?.year);
    total += cents(amount);
    if (year === null || !Number.isInteger(year)) undated += cents(amount);
    else perYear.set(year, (perYear.get(year) ?? 0) + cents(amount));
  }
  return {
    byYear: [...perYear.entries()].sort(([a], [b]) => a - b).map(([year, amount]) => ({ year, amount: amount / 100 })),
    total: total / 100,
    undated: undated / 100,
  };
}

/** Internal time in FTE, summed over roles; rounded to 1/1000 FTE against float noise. */
export function fteTotal(staffTime: readonly ({ fte?: unknown } | null | undefined)[] | null | undefined): number {
  const sum = (staffTime ?? []).reduce((acc, entry) => acc + (finiteOrNull(entry?.fte) ?? 0), 0);
  return Math.round(sum * 1000) / 1000;
}
