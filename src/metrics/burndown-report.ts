/**
 * Everything `burndown`, `velocity`, `status` and the generated blocks say about a sprint over
 * time, computed once: which source the daily data comes from, the series, velocity, what
 * remains now, days left, required velocity and the forecast. Pure: "today" is passed in.
 *
 * Sources, in order of preference: git history (when the caller read it), the snapshots the
 * document records, task completion dates, and last the document as it is now (one day of data).
 * What remains now is always the document as it is (its newest state).
 */
import type { Snapshot, Sprint } from '../model/schema.js';
import { compareDates } from '../parse/calendar.js';
import { burndownSeries, type BurndownSeries } from './burndown.js';
import { daysLeft, forecastFinish, requiredVelocity, type Forecast } from './forecast.js';
import { amountOf, chooseMeasure, type Amount, type BurnBy, type Measure } from './measure.js';
import { observationsFromCompletionDates, observationsFromSnapshots, type Observation } from './observations.js';
import type { Progress } from './progress.js';
import { sprintVelocity, type SprintVelocity } from './velocity.js';

/** Where the daily data came from. */
export type SeriesSource = 'git' | 'document' | 'completion-dates' | 'current';

/** What a report is computed from. */
export interface BurndownInput {
  sprint: Sprint;
  progress: Progress;
  today: string;
  by?: BurnBy;
  workdays?: boolean;
  /** The measure to use (when the caller already chose it to read git history). */
  measure?: Measure;
  /** Observations from git history, when the caller read it (`--git`). */
  history?: readonly Observation[];
  /** How to describe that history ("git history, 5 commits"). */
  historyDetail?: string;
}

/** The sprint told as a story over days. */
export interface BurndownReport {
  measure: Measure;
  source: SeriesSource;
  /** Human words for the source: "git history (5 commits on 4 days)", "day sections". */
  sourceDetail: string;
  series: BurndownSeries;
  velocity: SprintVelocity;
  /** Done and scope now (the document as it is); null when it has nothing in the measure. */
  now: Amount | null;
  remaining: number | null;
  daysLeft: number | null;
  requiredVelocity: number | null;
  forecast: Forecast;
  workdays: boolean;
  /** Days the source actually observed (the series carries values between them); charts of a document's own records draw only these. */
  observedDates: string[];
}

const SNAPSHOT_WORDS: Record<Snapshot['source'], string> = {
  'day-section': 'day sections',
  'burndown-table': 'burn-down table',
  'code-log': 'day log',
  'completion-date': 'completion dates',
};

/** Computes the report by the rules in this file's header. */
export function burndownReport(input: BurndownInput): BurndownReport {
  const { sprint, progress, today } = input;
  const workdays = input.workdays ?? false;
  const measure = input.measure ?? chooseMeasure(progress, input.by);
  const now = amountOf(progress, measure);
  const { start, end } = sprint.metadata;
  const picked = pickObservations(input, measure, now);
  const series = burndownSeries(picked.observations, {
    start,
    end,
    workdays,
    carryUntil: picked.source === 'git' ? today : null,
  });
  const velocity = sprintVelocity(series, workdays);
  const remaining = now ? Math.round((now.scope - now.done) * 1000) / 1000 : null;
  const dataDays = picked.observations.filter((o) => !start || compareDates(o.date, start) >= 0).length;
  const forecast: Forecast =
    remaining === null
      ? { kind: 'none', reason: 'nothing to measure' }
      : forecastFinish({ remaining, velocity: velocity.average, dataDays, lastKnownDay: velocity.lastKnownDay, today, start, end, workdays });
  return {
    measure,
    source: picked.source,
    sourceDetail: picked.detail,
    series,
    velocity,
    now,
    remaining,
    daysLeft: daysLeft(today, end, workdays, start),
    requiredVelocity: remaining === null ? null : requiredVelocity(remaining, today, end, workdays, start),
    forecast,
    workdays,
    observedDates: picked.observations.map((o) => o.date),
  };
}

/** The best source of daily data that has something to say in this measure. */
function pickObservations(input: BurndownInput, measure: Measure, now: Amount | null): { observations: Observation[]; source: SeriesSource; detail: string } {
  if (input.history) return { observations: [...input.history], source: 'git', detail: input.historyDetail ?? 'git history' };
  const recorded = observationsFromSnapshots(input.sprint.snapshots, measure, now?.scope ?? null);
  if (recorded.length > 0) {
    const kinds = [...new Set(input.sprint.snapshots.filter((s) => s.date && s.unit === measure.unit).map((s) => SNAPSHOT_WORDS[s.source]))];
    return { observations: recorded, source: 'document', detail: kinds.join(', ') };
  }
  const completed = observationsFromCompletionDates(input.sprint, measure);
  if (completed.length > 0) return { observations: completed, source: 'completion-dates', detail: 'completion dates' };
  if (!now || now.scope === 0) return { observations: [], source: 'current', detail: 'no dated data' };
  return { observations: [{ date: currentDay(input), ...now }], source: 'current', detail: 'the document as it is today' };
}

/** The day the document's current state stands for: today, kept within the sprint's dates. */
function currentDay(input: BurndownInput): string {
  const { start, end } = input.sprint.metadata;
  if (end && compareDates(input.today, end) > 0) return end;
  if (start && compareDates(input.today, start) < 0) return start;
  return input.today;
}
