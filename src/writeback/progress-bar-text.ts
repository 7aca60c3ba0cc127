/**
 * Redrawing a progress bar the document drew itself ("████████░░░░░░ 35%", "[##....]"): the same
 * number of characters, the same two characters, filled in proportion to the new fraction.
 */

/** Characters that draw the filled part of a bar, and the empty character each is paired with. */
const EMPTY_OF: Readonly<Record<string, string>> = { '█': '░', '▓': '░', '■': '□', '#': '.', '=': ' ' };
/** Characters that draw the empty part of a bar, and the filled character each is paired with. */
const FILLED_OF: Readonly<Record<string, string>> = { '░': '█', '▒': '▓', '□': '■', '.': '#', '-': '#', ' ': '=' };

/**
 * `raw` redrawn for `fraction` (0..1): brackets kept, width kept, never full for unfinished work
 * nor empty for started work. Returns null when the characters are not a bar this knows.
 */
export function redrawBar(raw: string, fraction: number): string | null {
  const open = raw.startsWith('[') ? '[' : '';
  const close = open && raw.endsWith(']') ? ']' : '';
  const cells = [...raw.slice(open.length, raw.length - close.length)];
  if (cells.length === 0) return null;
  const filledChar = cells.find((c) => c in EMPTY_OF) ?? FILLED_OF[cells[0]!];
  const emptyChar = cells.find((c) => c in FILLED_OF && c !== filledChar) ?? (filledChar ? EMPTY_OF[filledChar] : undefined);
  if (!filledChar || !emptyChar || cells.some((c) => c !== filledChar && c !== emptyChar)) return null;
  const f = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  let filled = Math.round(f * cells.length);
  if (f < 1 && filled === cells.length) filled = cells.length - 1;
  if (f > 0 && filled === 0) filled = 1;
  return open + filledChar.repeat(filled) + emptyChar.repeat(cells.length - filled) + close;
}
