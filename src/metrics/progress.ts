/**
 * How far a sprint is: task counts, effort and checklist totals for the whole document and for
 * its sections. Pure: a Sprint in, numbers out. These rules are the product's contract:
 *
 * - Tasks are counted as LEAVES: a task with children counts through its children. A declared
 *   count larger than the items listed is the total (see withDeclaredCount).
 * - Effort uses one unit per document: `metadata.unit` when set, else the unit most leaf
 *   estimates use. Estimates in other units are ignored. A node's effort is the sum of its
 *   children's when any descendant has an estimate in that unit, else its own estimate (so a
 *   story with unestimated subtasks counts with the story's estimate). Done effort is the effort
 *   of nodes whose status is `done`; `cancelled` nodes count for nothing. A larger declared total
 *   in the same unit wins (the document declares scope it does not list). No counted estimate:
 *   effort is null.
 * - The checklist is every task's acceptance-criteria boxes plus the sprint's own checklist (review,
 *   DoD, sign-off boxes outside every work item); null when there are none.
 * - Sections group leaf tasks by the first one and first two elements of their heading path,
 *   after the heading every task shares, if there is one (the document's `# Title` would
 *   otherwise be a section repeating the whole document's numbers).
 */
import type { ChecklistItem, Estimate, Sprint, Status, Task, Unit } from '../model/schema.js';
import { sectionAt } from '../model/section-at.js';
import { TaskTree } from './task-tree.js';

/** How many tasks are in each state; `total` is the sum of the five (cancelled included). */
export interface TaskCounts {
  total: number;
  done: number;
  inProgress: number;
  todo: number;
  blocked: number;
  cancelled: number;
}

/**
 * Effort in the document's unit: everything in scope, and the part that is done; `done` is null
 * when the document does not say it (a stated scope that no estimated item carries, with some of
 * its items done).
 */
export interface EffortTotals {
  unit: Unit;
  total: number;
  done: number | null;
}

/** Acceptance-criteria boxes: how many there are and how many are ticked. */
export interface ChecklistTotals {
  total: number;
  done: number;
}

/** Progress of the tasks under one heading path prefix. */
export interface SectionProgress {
  title: string;
  path: string[];
  /** Line of the section's heading, or of its first task when the heading is not a known section. */
  line: number;
  tasks: TaskCounts;
  effort: EffortTotals | null;
}

/** Everything `status` reports about one document's progress. */
export interface Progress {
  tasks: TaskCounts;
  effort: EffortTotals | null;
  checklist: ChecklistTotals | null;
  sections: SectionProgress[];
}

/** Computes a document's progress by the rules in this file's header. */
export function computeProgress(sprint: Sprint): Progress {
  const tree = new TaskTree(sprint.tasks);
  const leaves = sprint.tasks.filter((t) => tree.isLeaf(t));
  const unit = sprint.metadata.unit ?? dominantUnit(leaves) ?? dominantUnit(sprint.tasks) ?? declaredSprintUnit(sprint) ?? sectionUnit(sprint);
  const bearers = unit ? effortBearers(tree, unit) : [];
  const several = sprint.sprints.length > 1;
  return {
    tasks: withDeclaredCount(countTasks(leaves), sprint.metadata.declaredCount),
    effort: unit ? (several ? sprintsEffort(sprint, unit) : documentEffort(bearers, unit, sprint)) : null,
    checklist: checklistTotals(sprint.tasks, sprint.checklist),
    sections: sectionProgress(sprint, leaves, bearers, unit),
  };
}

/** The unit most of these tasks' estimates use; ties go to the unit seen first. */
function dominantUnit(tasks: readonly Task[]): Unit | null {
  const counts = new Map<Unit, number>();
  for (const t of tasks) if (t.estimate) counts.set(t.estimate.unit, (counts.get(t.estimate.unit) ?? 0) + 1);
  let best: Unit | null = null;
  let bestCount = 0;
  for (const [u, n] of counts) {
    if (n > bestCount) {
      best = u;
      bestCount = n;
    }
  }
  return best;
}

/** A task whose own estimate is what counts for effort (see the header's effort rule). */
interface EffortBearer {
  task: Task;
  value: number;
}

/** The tasks whose own estimates make up the document's effort, cancelled ones left out. */
function effortBearers(tree: TaskTree, unit: Unit): EffortBearer[] {
  const inUnit = (e: Estimate | null): e is Estimate => e !== null && e.unit === unit;
  const estimatedBelow = new Map<Task, boolean>();
  const hasEstimatedDescendant = (task: Task, path: Set<Task>): boolean => {
    const known = estimatedBelow.get(task);
    if (known !== undefined) return known;
    path.add(task);
    let found = false;
    for (const child of tree.children(task)) {
      if (path.has(child)) continue;
      if (inUnit(child.estimate) || hasEstimatedDescendant(child, path)) {
        found = true;
        break;
      }
    }
    path.delete(task);
    estimatedBelow.set(task, found);
    return found;
  };

  const out: EffortBearer[] = [];
  const visited = new Set<Task>();
  const walk = (task: Task): void => {
    if (visited.has(task)) return;
    visited.add(task);
    if (hasEstimatedDescendant(task, new Set())) {
      for (const child of tree.children(task)) walk(child);
    } else if (inUnit(task.estimate)) {
      out.push({ task, value: task.estimate.value });
    }
  };
  for (const root of tree.roots()) walk(root);
  return out;
}

/**
 * Section estimates ("**Estimated Time:** 1-2 days" under "### Day 11") stand for the work their
 * section lists when no item in it is estimated in the unit: like a parent's own estimate, done when
 * every item of the section is done.
 */
function sectionEstimates(sprint: Sprint, unit: Unit, bearers: readonly EffortBearer[]): Array<{ value: number; done: boolean }> {
  const out: Array<{ value: number; done: boolean }> = [];
  for (const section of sprint.sections) {
    if (!section.estimate || section.estimate.unit !== unit) continue;
    const inside = (t: Task) => t.span.start >= section.span.start && t.span.start < section.end;
    if (bearers.some((b) => inside(b.task))) continue;
    const tasks = sprint.tasks.filter((t) => inside(t) && t.children.length === 0);
    out.push({ value: section.estimate.value, done: tasks.length > 0 && tasks.every((t) => t.status === 'done') });
  }
  return out;
}

/** The unit section estimates use, when no task is estimated. */
function sectionUnit(sprint: Sprint): Unit | null {
  return sprint.sections.find((s) => s.estimate)?.estimate?.unit ?? null;
}

/** Sums bearers (and section estimates) into effort totals; null when nothing carries an estimate. Cancelled bearers count for nothing. */
function sumEffort(bearers: readonly EffortBearer[], unit: Unit, sections: ReadonlyArray<{ value: number; done: boolean }> = []): EffortTotals | null {
  if (bearers.length === 0 && sections.length === 0) return null;
  let total = 0;
  let done = 0;
  for (const s of sections) {
    total += s.value;
    if (s.done) done += s.value;
  }
  for (const b of bearers) {
    if (b.task.status === 'cancelled') continue;
    total += b.value;
    if (b.task.status === 'done') done += b.value;
  }
  return { unit, total: tidy(total), done: tidy(done) };
}

/**
 * The document's effort: bearers summed, raised to a larger declared total in the same unit. A
 * declared total with no estimated task under it is the scope itself, done when the document says so.
 */
function documentEffort(bearers: readonly EffortBearer[], unit: Unit, sprint: Sprint): EffortTotals | null {
  const effort = sumEffort(bearers, unit, sectionEstimates(sprint, unit, bearers));
  const declared = sprint.metadata.declaredTotal;
  if (declared && declared.unit === unit && declared.value > (effort?.total ?? 0)) {
    const done = effort?.done ?? declared.done ?? recordedDone(sprint, unit, declared.value) ?? unestimatedDone(sprint, declared.value);
    return { unit, total: tidy(declared.value), done: done === null ? null : tidy(done) };
  }
  return effort;
}

/**
 * Done effort of a stated scope that no estimated item carries and no record states: all of it
 * when the sprint is done, none when no item is done, and unknown (null) when some items are done
 * but nothing says what they weigh.
 */
function unestimatedDone(sprint: Sprint, total: number): number | null {
  if (sprint.metadata.status === 'done') return total;
  return sprint.tasks.some((t) => t.status === 'done') ? null : 0;
}

/**
 * Done effort as the document last recorded it (a burn-down row's remaining or done figure, in
 * document order), for scope that no estimated task carries; null when nothing was recorded.
 */
function recordedDone(sprint: Sprint, unit: Unit, total: number): number | null {
  const last = [...sprint.snapshots].reverse().find((s) => s.unit === unit && (s.done !== null || s.remaining !== null));
  if (!last) return null;
  const done = last.done ?? total - last.remaining!;
  return Math.min(total, Math.max(0, done));
}

/**
 * A document of several sprints: each sprint's effort by the single-document rule (its own tasks,
 * raised to the scope it declares), plus the estimated tasks outside every sprint.
 */
function sprintsEffort(sprint: Sprint, unit: Unit): EffortTotals | null {
  const parts: Array<EffortTotals | null> = sprint.sprints.map((part, i) => {
    const tasks = sprint.tasks.filter((t) => t.sprint === i);
    const metadata = { ...sprint.metadata, declaredTotal: part.declaredTotal, status: part.status };
    return documentEffort(effortBearers(new TaskTree(tasks), unit), unit, { ...sprint, tasks, metadata });
  });
  parts.push(sumEffort(effortBearers(new TaskTree(sprint.tasks.filter((t) => t.sprint === null)), unit), unit));
  const present = parts.filter((e): e is EffortTotals => e !== null);
  if (present.length === 0) return null;
  // One sprint whose done effort is unknown leaves the whole document's unknown.
  const done = present.some((e) => e.done === null) ? null : tidy(present.reduce((a, e) => a + e.done!, 0));
  return { unit, total: tidy(present.reduce((a, e) => a + e.total, 0)), done };
}

/** The unit sprints declare their scope in, when no task is estimated. */
function declaredSprintUnit(sprint: Sprint): Unit | null {
  const units = sprint.sprints.map((p) => p.declaredTotal?.unit).filter((u): u is Unit => u !== undefined && u !== 'tasks');
  return units[0] ?? null;
}

const STATUS_FIELD: Record<Status, Exclude<keyof TaskCounts, 'total'>> = {
  todo: 'todo',
  in_progress: 'inProgress',
  done: 'done',
  blocked: 'blocked',
  cancelled: 'cancelled',
};

/**
 * A declared count of work items larger than the items listed ("total_plans: 5" with none listed)
 * is the total, as a declared scope is for effort: the unlisted items are to do, or done as far as
 * the declared done count says.
 */
function withDeclaredCount(counts: TaskCounts, declared: Sprint['metadata']['declaredCount']): TaskCounts {
  if (!declared || declared.total === null || declared.total <= counts.total) return counts;
  const extra = declared.total - counts.total;
  const moreDone = Math.min(extra, Math.max(0, (declared.done ?? 0) - counts.done));
  return { ...counts, total: declared.total, done: counts.done + moreDone, todo: counts.todo + extra - moreDone };
}

function countTasks(tasks: readonly Task[]): TaskCounts {
  const counts: TaskCounts = { total: 0, done: 0, inProgress: 0, todo: 0, blocked: 0, cancelled: 0 };
  for (const t of tasks) {
    counts.total++;
    counts[STATUS_FIELD[t.status]]++;
  }
  return counts;
}

function checklistTotals(tasks: readonly Task[], own: readonly ChecklistItem[]): ChecklistTotals | null {
  let total = own.length;
  let done = own.filter((i) => i.done).length;
  for (const t of tasks) {
    for (const item of t.checklist) {
      total++;
      if (item.done) done++;
    }
  }
  return total === 0 ? null : { total, done };
}

/** How many heading levels a section report covers, starting at the first level tasks do not all share. */
const SECTION_LEVELS = 2;

function sectionProgress(sprint: Sprint, leaves: readonly Task[], bearers: readonly EffortBearer[], unit: Unit | null): SectionProgress[] {
  const skip = sharedRoot(leaves) ? 1 : 0;
  const prefixes = (task: Task): string[][] => {
    const out: string[][] = [];
    for (let depth = skip + 1; depth <= skip + SECTION_LEVELS && depth <= task.headingPath.length; depth++) {
      out.push(task.headingPath.slice(0, depth));
    }
    return out;
  };

  interface Group {
    path: string[];
    firstLine: number;
    leaves: Task[];
    bearers: EffortBearer[];
  }
  const groups = new Map<string, Group>();
  for (const task of leaves) {
    for (const path of prefixes(task)) {
      const id = JSON.stringify(path);
      const group = groups.get(id) ?? { path, firstLine: task.span.line, leaves: [], bearers: [] };
      group.firstLine = Math.min(group.firstLine, task.span.line);
      group.leaves.push(task);
      groups.set(id, group);
    }
  }
  // Effort goes to the sections its bearer sits in; a section is only reported if it holds tasks.
  // A task logged in slices on several days (seed 003's PERF-001: 3 points on day 1, 5 on day 2)
  // puts each slice in the section it was logged in.
  for (const b of bearers) {
    for (const slice of effortSlices(sprint, b, unit)) {
      for (const path of prefixes({ ...b.task, headingPath: slice.path })) {
        groups.get(JSON.stringify(path))?.bearers.push({ task: b.task, value: slice.value });
      }
    }
  }

  const headingLine = headingLines(sprint.sections);

  return [...groups.entries()]
    .map(
      ([id, g]): SectionProgress => ({
        title: g.path[g.path.length - 1] ?? '',
        path: g.path,
        line: headingLine.get(id) ?? g.firstLine,
        tasks: countTasks(g.leaves),
        effort: unit ? sumEffort(g.bearers, unit) : null,
      }),
    )
    .sort((a, b) => a.line - b.line || a.path.length - b.path.length);
}

const HEADING_LINES = new WeakMap<Sprint['sections'], Map<string, number>>();

/** The line of each heading path's first section; built once per document (every sprint's report asks it). */
function headingLines(sections: Sprint['sections']): Map<string, number> {
  let lines = HEADING_LINES.get(sections);
  if (lines) return lines;
  lines = new Map<string, number>();
  for (const s of sections) {
    const id = JSON.stringify(s.path);
    if (!lines.has(id)) lines.set(id, s.span.line);
  }
  HEADING_LINES.set(sections, lines);
  return lines;
}

/**
 * Where a bearer's effort sits: one slice per occurrence that states its own estimate when those
 * estimates add up to the task's (they were merged as slices), else the whole value under the task.
 */
function effortSlices(sprint: Sprint, b: EffortBearer, unit: Unit | null): Array<{ path: string[]; value: number }> {
  const whole = [{ path: b.task.headingPath, value: b.value }];
  const own = b.task.occurrences.filter((o) => !o.continued && o.estimate !== null && o.estimate.unit === unit);
  if (own.length < 2) return whole;
  const sum = tidy(own.reduce((a, o) => a + o.estimate!.value, 0));
  if (sum !== tidy(b.value)) return whole;
  return own.map((o) => ({ path: sectionPathAt(sprint, o.span.start) ?? b.task.headingPath, value: o.estimate!.value }));
}

/** The heading path of the innermost section containing an offset. */
function sectionPathAt(sprint: Sprint, offset: number): string[] | null {
  return sectionAt(sprint.sections, offset)?.path ?? null;
}

/** True when every task sits under the same first heading (typically the document's title). */
function sharedRoot(tasks: readonly Task[]): boolean {
  let root: string | undefined;
  for (const t of tasks) {
    const first = t.headingPath[0];
    if (first === undefined) return false;
    if (root === undefined) root = first;
    else if (first !== root) return false;
  }
  return root !== undefined;
}

/** Rounds away floating-point noise (0.1 + 0.2) without hiding real fractions. */
function tidy(n: number): number {
  return Math.round(n * 1000) / 1000;
}
