/** A text progress bar, the one picture `status` draws. */
import type { Painter } from './painter.js';

const FILLED = '█';
const EMPTY = '░';

/**
 * A bar `width` cells wide, filled in proportion to `fraction` (clamped to 0..1; NaN is 0).
 * With a painter the filled part is green and the rest dim.
 */
export function progressBar(fraction: number, width: number, painter?: Painter): string {
  const cells = Math.max(0, Math.floor(width));
  const f = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  let filled = Math.round(f * cells);
  // Never show a full bar for unfinished work, nor an empty one for started work.
  if (f < 1 && filled === cells && cells > 0) filled = cells - 1;
  if (f > 0 && filled === 0 && cells > 0) filled = 1;
  const done = FILLED.repeat(filled);
  const rest = EMPTY.repeat(cells - filled);
  return painter ? painter.green(done) + painter.dim(rest) : done + rest;
}
