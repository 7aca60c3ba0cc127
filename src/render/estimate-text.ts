/** An estimate as the views print it: "3 pts", "4 h", "2 d", "2.5 h". */
import type { Estimate, Unit } from '../model/schema.js';
import { formatNumber } from './numbers.js';

const SHORT_UNIT: Record<Unit, string> = { points: 'pts', hours: 'h', days: 'd' };

/** The estimate's normalized value and short unit; '' when there is none. */
export function estimateText(estimate: Estimate | null): string {
  return estimate ? `${formatNumber(estimate.value)} ${SHORT_UNIT[estimate.unit]}` : '';
}
