/**
 * The JSON contracts of `burndown --json` and `velocity --json`. Like json.ts, field names are a
 * public interface: add fields, never rename or remove them.
 */
import type { BurndownDay } from '../metrics/burndown.js';
import type { BurndownReport, SeriesSource } from '../metrics/burndown-report.js';
import type { DayDone } from '../metrics/velocity.js';
import type { VelocityHistory } from '../metrics/velocity-history.js';
import type { Sprint } from '../model/schema.js';
import { forecastJson, type ForecastJson } from './forecast-json.js';
import { documentHeaderJson, JSON_SCHEMA_VERSION } from './json.js';

/** One document in `burndown --json`. */
export interface BurndownDocumentJson {
  file: string;
  title: string | null;
  start: string | null;
  end: string | null;
  today: string;
  source: SeriesSource;
  sourceDetail: string;
  by: 'effort' | 'count';
  unit: string;
  workdays: boolean;
  committedScope: number | null;
  /** One object per day, start to end (or to the last known day): null where unknown. */
  series: BurndownDay[];
  done: number | null;
  scope: number | null;
  remaining: number | null;
  daysLeft: number | null;
  requiredVelocity: number | null;
  velocity: { perDay: DayDone[]; average: number | null; completed: number; elapsedDays: number; unit: string };
  forecast: ForecastJson | null;
  /** Why there is no forecast, when there is none. */
  forecastNote: string | null;
}

/** The whole `burndown --json` output; a single document's keys are repeated at the top level. */
export type BurndownJson = { schemaVersion: number; documents: BurndownDocumentJson[] } & Partial<BurndownDocumentJson>;

/** `burndown --json` for these documents (`reports[i]` belongs to `sprints[i]`). */
export function burndownJson(sprints: readonly Sprint[], reports: readonly BurndownReport[], today: string): BurndownJson {
  const documents = sprints.map((s, i) => burndownDocumentJson(s, reports[i]!, today));
  const only = documents.length === 1 ? documents[0] : undefined;
  return { schemaVersion: JSON_SCHEMA_VERSION, documents, ...only };
}

function burndownDocumentJson(sprint: Sprint, r: BurndownReport, today: string): BurndownDocumentJson {
  return {
    ...documentHeaderJson(sprint),
    today,
    source: r.source,
    sourceDetail: r.sourceDetail,
    by: r.measure.by,
    unit: r.measure.unit,
    workdays: r.workdays,
    committedScope: r.series.committedScope,
    series: r.series.days.map((d) => ({ date: d.date, ideal: d.ideal, remaining: d.remaining, done: d.done, scope: d.scope })),
    done: r.now?.done ?? null,
    scope: r.now?.scope ?? null,
    remaining: r.remaining,
    daysLeft: r.daysLeft,
    requiredVelocity: r.requiredVelocity,
    velocity: {
      perDay: r.velocity.perDay,
      average: r.velocity.average,
      completed: r.velocity.completed,
      elapsedDays: r.velocity.elapsedDays,
      unit: r.measure.unit,
    },
    forecast: forecastJson(r),
    forecastNote: r.forecast.kind === 'none' ? r.forecast.reason : null,
  };
}

/** One sprint in `velocity --json`. */
export interface VelocitySprintJson {
  file: string;
  title: string | null;
  start: string | null;
  end: string | null;
  source: SeriesSource;
  unit: string;
  /** Scope on the start day (what the sprint committed to). */
  committed: number | null;
  /** Work completed in the sprint so far. */
  completed: number;
  /** Days counted (start through the last known day). */
  days: number;
  /** Completed per day. */
  velocity: number | null;
  /** Left out of the averages (its unit differs from the others'). */
  excluded: boolean;
  /** Left out of the averages: the sprint has not started (its start is after today, or it is undated with nothing done). */
  notStarted: boolean;
}

/** The whole `velocity --json` output. */
export interface VelocityJson {
  schemaVersion: number;
  unit: string;
  /** Work completed per day, for every sprint in order. */
  perDay: DayDone[];
  /** Completed per day: the sprint's velocity, or over the last `last` sprints. */
  average: number | null;
  /** Mean completed per sprint over the last `last` sprints. */
  averagePerSprint: number | null;
  last: number;
  perSprint: VelocitySprintJson[];
}

/** `velocity --json` for these sprints (`reports[i]` belongs to `sprints[i]`), ordered as `history` says. */
export function velocityJson(sprints: readonly Sprint[], reports: readonly BurndownReport[], history: VelocityHistory, last: number): VelocityJson {
  const perSprint = history.order.map((i): VelocitySprintJson => {
    const s = sprints[i]!;
    const r = reports[i]!;
    return {
      ...documentHeaderJson(s),
      source: r.source,
      unit: r.measure.unit,
      committed: r.series.committedScope,
      completed: r.velocity.completed,
      days: r.velocity.elapsedDays,
      velocity: r.velocity.average,
      excluded: history.excluded.has(i),
      notStarted: history.notStarted.has(i),
    };
  });
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    unit: history.unit,
    perDay: history.order.filter((i) => !history.excluded.has(i) && !history.notStarted.has(i)).flatMap((i) => reports[i]!.velocity.perDay),
    average: history.averagePerDay,
    averagePerSprint: history.averagePerSprint,
    last,
    perSprint,
  };
}
