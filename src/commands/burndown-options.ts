/** The options `burndown`, `velocity` and `status` share for the story over days, checked once. */
import { usageError } from '../errors.js';
import type { BurnBy } from '../metrics/measure.js';
import type { ReportOptions } from './command-result.js';

/** Options of `burndown` and `velocity`, as commander hands them over. */
export interface BurndownOptions extends ReportOptions {
  /** Read the daily data from the document's git history. */
  git?: boolean;
  /** `count` or `effort`. */
  by?: string;
  /** Count Monday–Friday only (ideal line flat on weekends). */
  workdays?: boolean;
  /** The date to compute "today" for (YYYY-MM-DD). */
  today?: string;
  /** Which sprint of a multi-sprint document (number, part of a title, or all; default the current one). */
  sprint?: string;
}

/** `--by` as a measure, or undefined for the default (effort when the document has estimates). */
export function parseBy(value: string | undefined): BurnBy | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'count' || v === 'effort') return v;
  throw usageError(`--by must be "count" or "effort", not "${value}"`);
}

/** `--last N` as a positive whole number (default 3). */
export function parseLast(value: string | undefined): number {
  if (value === undefined) return 3;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw usageError(`--last must be a whole number of sprints (1 or more), not "${value}"`);
  return Number(value);
}
