/** The forecast as scripts see it, shared by `status --json` and `burndown --json`. */
import type { BurndownReport } from '../metrics/burndown-report.js';

/** A projected finish: date, days ahead of the end date (negative: behind), the velocity and its unit. */
export interface ForecastJson {
  date: string;
  daysAheadOfEnd: number | null;
  velocity: number;
  unit: string;
  /** True when the work is already done and `date` is the day it was. */
  finished: boolean;
}

/** The report's forecast, or null when there is none ("no forecast yet"). */
export function forecastJson(report: BurndownReport): ForecastJson | null {
  const f = report.forecast;
  if (f.kind === 'none') return null;
  return { date: f.date, daysAheadOfEnd: f.daysAheadOfEnd, velocity: f.velocity, unit: report.measure.unit, finished: f.finished };
}
