/** The forecast and days-left lines `status` and `burndown` share, worded once. */
import type { Forecast } from '../metrics/forecast.js';
import type { Painter } from './painter.js';

/** "finishes 2025-01-30, 5 days ahead" / "finished 2025-01-28" / "no forecast yet (need at least two days of data)". */
export function forecastText(forecast: Forecast, painter: Painter): string {
  if (forecast.kind === 'none') return painter.dim(`no forecast yet (${forecast.reason})`);
  if (forecast.finished) return painter.green(`finished ${forecast.date}`) + aheadText(forecast.daysAheadOfEnd, painter, true);
  return `finishes ${forecast.date}${aheadText(forecast.daysAheadOfEnd, painter, false)}`;
}

/** ", 5 days ahead" / ", 2 days behind" / ", on the end date"; empty without an end date. */
function aheadText(days: number | null, painter: Painter, finished: boolean): string {
  if (days === null) return '';
  if (days === 0) return ', on the end date';
  const n = Math.abs(days);
  const word = `${n} ${n === 1 ? 'day' : 'days'}`;
  if (days > 0) return `, ${painter.green(`${word} ${finished ? 'early' : 'ahead'}`)}`;
  return `, ${painter.red(`${word} ${finished ? 'late' : 'behind'}`)}`;
}
