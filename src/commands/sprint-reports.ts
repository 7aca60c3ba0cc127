/**
 * The burn-down report of each document, from the document itself or (with `--git`) from its
 * history: every commit that touched the file is read once (one `git cat-file --batch`), built
 * once (identical versions share one model), and measured in the current document's measure.
 */
import { resolve } from 'node:path';
import { gitFileSnapshots } from '../io/git.js';
import { burndownReport, type BurndownReport } from '../metrics/burndown-report.js';
import { chooseMeasure, type BurnBy, type Measure } from '../metrics/measure.js';
import { observationsFromVersions, type MeasuredVersion, type Observation } from '../metrics/observations.js';
import { computeProgress, type Progress } from '../metrics/progress.js';
import { buildSprint } from '../reader/index.js';
import type { Sprint } from '../model/schema.js';

/** How to compute the reports. */
export interface ReportSettings {
  today: string;
  by: BurnBy | undefined;
  workdays: boolean;
  git: boolean;
}

/** The report of each sprint, in order; git histories are read one file after another. */
export async function sprintReports(sprints: readonly Sprint[], settings: ReportSettings, cwd: string): Promise<BurndownReport[]> {
  const reports: BurndownReport[] = [];
  for (const sprint of sprints) {
    const progress = computeProgress(sprint);
    const measure = chooseMeasure(progress, settings.by);
    const base = { sprint, progress, today: settings.today, workdays: settings.workdays, measure };
    if (!settings.git) {
      reports.push(burndownReport(base));
      continue;
    }
    const history = await historyObservations(sprint.file, cwd, measure);
    reports.push(burndownReport({ ...base, history: history.observations, historyDetail: history.detail }));
  }
  return reports;
}

/** The document's git history as observations, last commit of each author day kept. */
async function historyObservations(file: string, cwd: string, measure: Measure): Promise<{ observations: Observation[]; detail: string }> {
  const snapshots = await gitFileSnapshots(resolve(cwd, file));
  const built = new Map<string, Progress>();
  const versions: MeasuredVersion[] = snapshots.map((s) => {
    let progress = built.get(s.text);
    if (!progress) {
      progress = computeProgress(buildSprint(s.text, file));
      built.set(s.text, progress);
    }
    return { authorDate: s.authorDate, progress };
  });
  const observations = observationsFromVersions(versions, measure);
  const n = snapshots.length;
  const detail = `git history (${n} ${n === 1 ? 'commit' : 'commits'} on ${observations.length} ${observations.length === 1 ? 'day' : 'days'})`;
  return { observations, detail };
}

/**
 * The report `sync --git` writes into generated blocks: from the file's git history, for the day of
 * its last commit (not the wall clock), so the block is a function of the history alone and a
 * scheduled job rewrites it only when a new commit changes something.
 */
export async function gitBlockReport(sprint: Sprint, cwd: string): Promise<{ report: BurndownReport; note: string | null }> {
  const progress = computeProgress(sprint);
  const measure = chooseMeasure(progress, undefined);
  const days = (await gitFileSnapshots(resolve(cwd, sprint.file))).map((s) => s.authorDate.slice(0, 10)).sort();
  const lastDay = days.at(-1) ?? sprint.metadata.start ?? '1970-01-01';
  const history = await historyObservations(sprint.file, cwd, measure);
  const start = sprint.metadata.start;
  const note =
    start && days[0] && days[0] > start
      ? `the git history of ${sprint.file} starts on ${days[0]}, after the sprint start ${start}; the days before it are not charted`
      : null;
  const report = burndownReport({ sprint, progress, today: lastDay, workdays: false, measure, history: history.observations, historyDetail: history.detail });
  return { report, note };
}
