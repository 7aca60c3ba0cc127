/** Fitting text into terminal columns (code points, not UTF-16 units, so emoji are not split). */

/** `text` cut to at most `max` characters, ending in `…` when cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  if (max <= 1) return chars.slice(0, Math.max(0, max)).join('');
  return `${chars.slice(0, max - 1).join('')}…`;
}

/** `text` padded with spaces on the right to `width` characters. */
export function padRight(text: string, width: number): string {
  const n = [...text].length;
  return n >= width ? text : text + ' '.repeat(width - n);
}

/** Number of characters `text` takes (code points). */
export function textLength(text: string): number {
  return [...text].length;
}
