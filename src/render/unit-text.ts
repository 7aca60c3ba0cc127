/** How a measure's unit and rates read in the views: "53 points", "11 points/day", "2.08 hours/day". */
import { formatNumber } from './numbers.js';

/** An amount with its unit: "53 points", "1 task". */
export function amountText(value: number, unit: string): string {
  return `${formatNumber(value)} ${Math.abs(value) === 1 ? singular(unit) : unit}`;
}

/** A rate per day: "11 points/day". */
export function rateText(value: number, unit: string): string {
  return `${formatNumber(value)} ${unit}/day`;
}

function singular(unit: string): string {
  return unit.endsWith('s') ? unit.slice(0, -1) : unit;
}
