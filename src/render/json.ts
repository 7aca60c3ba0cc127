/**
 * The JSON contracts of `status --json`, `list --json` and `export --json`. Field names here are
 * a public interface (scripts pipe them into jq): add fields, never rename or remove them, and
 * bump `schemaVersion` if a change cannot be additive.
 */
import type { Diagnostic, Estimate, Sprint, SprintPart, Status, Task, Unit } from '../model/schema.js';
import { currentSprint, sprintProgress } from '../metrics/sprint-progress.js';
import type { ChecklistTotals, EffortTotals, Progress, SectionProgress, TaskCounts } from '../metrics/progress.js';
import type { BurndownReport } from '../metrics/burndown-report.js';
import { forecastJson, type ForecastJson } from './forecast-json.js';
import type { TaskRow } from './task-row.js';
import { taskRefs, type TaskRefs } from './task-refs.js';

/** Version of every JSON document this program prints. */
export const JSON_SCHEMA_VERSION = 1;

/** An estimate as scripts see it: the normalized value and unit. */
export interface EstimateJson {
  value: number;
  unit: Unit;
}

/** One task in `status --json`. */
export interface StatusTaskJson {
  id: string | null;
  title: string;
  status: Status;
  estimate: EstimateJson | null;
  line: number;
  parent: string | null;
  dependsOn: string[];
  checklist: ChecklistTotals | null;
  assignee: string | null;
  section: string | null;
}

/** One document in `status --json`. */
export interface StatusDocumentJson {
  file: string;
  title: string | null;
  start: string | null;
  end: string | null;
  goal: string | null;
  progress: { tasks: TaskCounts; effort: EffortTotals | null; checklist: ChecklistTotals | null };
  sections: SectionProgress[];
  tasks: StatusTaskJson[];
  diagnostics: Diagnostic[];
  /** Projected finish (null: no forecast yet); present when status was computed for a date. */
  forecast?: ForecastJson | null;
  /** Days from today through the end date, both counted (null without an end date). */
  daysLeft?: number | null;
  /** The sprints the document covers, in document order (exactly one for a single-sprint document). */
  sprints: SprintJson[];
  /** Index into `sprints` of the current sprint, or null when every sprint is done. */
  currentSprint: number | null;
}

/** One sprint in `status --json`: where it is written, its dates and goal, and its own progress. */
export interface SprintJson {
  title: string;
  line: number;
  start: string | null;
  end: string | null;
  goal: string | null;
  status: Status | null;
  source: SprintPart['source'];
  progress: { tasks: TaskCounts; effort: EffortTotals | null; checklist: ChecklistTotals | null };
}

/** The whole `status --json` output; a single document's keys are repeated at the top level. */
export type StatusJson = { schemaVersion: number; documents: StatusDocumentJson[] } & Partial<StatusDocumentJson>;

/** One row of `list --json`: a status task's identity and place, with its file. */
export interface ListTaskJson extends Pick<StatusTaskJson, 'id' | 'title' | 'status' | 'estimate' | 'line' | 'parent' | 'assignee' | 'section'> {
  file: string;
}

/** The whole `list --json` output. */
export interface ListJson {
  schemaVersion: number;
  tasks: ListTaskJson[];
}

/** The whole `export --json` output: the validated models. */
export interface ExportJson {
  schemaVersion: number;
  documents: Sprint[];
}

/** `status --json` for these documents (`progress[i]` belongs to `sprints[i]`). */
export function statusJson(sprints: readonly Sprint[], progress: readonly Progress[], outlook?: readonly BurndownReport[], today?: string): StatusJson {
  const documents = sprints.map((s, i) => statusDocumentJson(s, progress[i]!, outlook?.[i], today));
  const only = documents.length === 1 ? documents[0] : undefined;
  return { schemaVersion: JSON_SCHEMA_VERSION, documents, ...only };
}

/** One document of `status --json`. */
export function statusDocumentJson(sprint: Sprint, progress: Progress, outlook?: BurndownReport, today?: string): StatusDocumentJson {
  const refs = taskRefs(sprint);
  const parts = sprintProgress(sprint);
  return {
    ...documentHeaderJson(sprint),
    goal: sprint.metadata.goal,
    progress: { tasks: progress.tasks, effort: progress.effort, checklist: progress.checklist },
    sections: progress.sections,
    tasks: sprint.tasks.map((t) => statusTaskJson(t, refs)),
    diagnostics: sprint.diagnostics,
    ...(outlook ? { forecast: forecastJson(outlook), daysLeft: outlook.daysLeft } : {}),
    sprints: parts.map(({ part, progress: p }) => ({
      title: part.title,
      line: part.line,
      start: part.start,
      end: part.end,
      goal: part.goal,
      status: part.status,
      source: part.source,
      progress: { tasks: p.tasks, effort: p.effort, checklist: p.checklist },
    })),
    currentSprint: currentSprint(parts, today ?? null),
  };
}

/** The `file`, `title`, `start`, `end` that open every per-document JSON object, in that key order, so all contracts name a document alike. */
export function documentHeaderJson(sprint: Sprint): Pick<StatusDocumentJson, 'file' | 'title' | 'start' | 'end'> {
  const m = sprint.metadata;
  return { file: sprint.file, title: m.title, start: m.start, end: m.end };
}

/** `list --json` for these rows, in the order given. */
export function listJson(rows: readonly TaskRow[]): ListJson {
  const refsOf = new Map<Sprint, TaskRefs>();
  const tasks = rows.map(({ sprint, task }): ListTaskJson => {
    let refs = refsOf.get(sprint);
    if (!refs) {
      refs = taskRefs(sprint);
      refsOf.set(sprint, refs);
    }
    return {
      file: sprint.file,
      id: task.id,
      title: task.title,
      status: task.status,
      estimate: estimateJson(task.estimate),
      line: task.span.line,
      parent: refs.parent(task),
      assignee: task.assignee,
      section: task.section,
    };
  });
  return { schemaVersion: JSON_SCHEMA_VERSION, tasks };
}

/** `export --json` for models the caller has already validated. */
export function exportJson(sprints: readonly Sprint[]): ExportJson {
  return { schemaVersion: JSON_SCHEMA_VERSION, documents: [...sprints] };
}

/** JSON text as printed: two-space indented, ending in a newline. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function statusTaskJson(task: Task, refs: TaskRefs): StatusTaskJson {
  return {
    id: task.id,
    title: task.title,
    status: task.status,
    estimate: estimateJson(task.estimate),
    line: task.span.line,
    parent: refs.parent(task),
    dependsOn: refs.dependsOn(task),
    checklist: task.checklist.length === 0 ? null : { done: task.checklist.filter((c) => c.done).length, total: task.checklist.length },
    assignee: task.assignee,
    section: task.section,
  };
}

function estimateJson(e: Estimate | null): EstimateJson | null {
  return e ? { value: e.value, unit: e.unit } : null;
}
