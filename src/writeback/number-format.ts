/**
 * Writing a recomputed number the way the document already writes it: an integer percent stays
 * an integer, "9.3%" keeps one decimal, "2,5" keeps its comma. Rounding is half-up on the decimal
 * value (42.5 → 43), never binary-float noise (1.005 → 1.01).
 */

/** How one number is written. */
export interface NumberFormat {
  decimals: number;
  comma: boolean;
  /** The decimals are a chosen width ("14.0", "2.50"), not just what the value needed ("1.5"). */
  padded: boolean;
}

/** The format of a number as written ("35" → 0 decimals, "9.3" → 1, "2,50" → 2 with a comma). */
export function formatOf(raw: string): NumberFormat {
  const m = /[.,](\d+)\s*$/.exec(raw.trim());
  return { decimals: m ? m[1]!.length : 0, comma: m !== null && raw.includes(','), padded: m !== null && m[1]!.endsWith('0') };
}

/** `value` with exactly the format's decimals (for percentages and paces). */
export function formatFixed(value: number, format: NumberFormat): string {
  const text = roundHalfUp(value, format.decimals).toFixed(format.decimals);
  return format.comma ? text.replace('.', ',') : text;
}

/**
 * `value` with the decimals it needs (up to two): an effort sum of 2.5 hours is never written "3"
 * because the old value happened to be whole, and 1 hour is written "1" even where the old value
 * was "1.5". A padded width ("14.0") is kept as the minimum.
 */
export function formatQuantity(value: number, format: NumberFormat): string {
  let decimals = format.padded ? format.decimals : 0;
  while (decimals < 2 && Math.abs(roundHalfUp(value, decimals) - value) > 1e-9) decimals++;
  return formatFixed(value, { ...format, decimals });
}

/**
 * `done` as a percentage of `total` in the given format: never 100 for unfinished work nor 0 for
 * started work (the smallest step of the format instead); 0 for an empty total.
 */
export function formatPercent(done: number, total: number, format: NumberFormat): string {
  if (total <= 0) return formatFixed(0, format);
  const step = 10 ** -format.decimals;
  let p = roundHalfUp((done / total) * 100, format.decimals);
  if (done < total && p >= 100) p = 100 - step;
  if (done > 0 && p <= 0) p = step;
  return formatFixed(Math.min(100, p), format);
}

/** Half-up rounding on the decimal digits (via exponent notation, so 1.005 rounds to 1.01). */
export function roundHalfUp(value: number, decimals: number): number {
  const shifted = Math.round(Number(`${value}e${decimals}`) + 1e-9);
  return Number(`${shifted}e-${decimals}`);
}
