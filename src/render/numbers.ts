/** How numbers read in the terminal views: short, and never "100%" for unfinished work. */

/** A count or effort value with at most two decimals and no trailing zeros (2.5, 3, 0.33). */
export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** `done` as a whole percentage of `total`: 99 until everything is done, 1 once anything is; 0 for an empty total. */
export function percent(done: number, total: number): number {
  if (total <= 0) return 0;
  const p = Math.round((done / total) * 100);
  if (done < total && p >= 100) return 99;
  if (done > 0 && p === 0) return 1;
  return Math.min(100, p);
}

/** "done/total" of an effort, with "?" for a done part the document does not state. */
export function effortFraction(e: { done: number | null; total: number }): string {
  return `${e.done === null ? '?' : formatNumber(e.done)}/${formatNumber(e.total)}`;
}
