/**
 * Choosing one sprint of a document (`--sprint N|title|all`, default the current one) and the view
 * of the document narrowed to it: its tasks, its checklist, its dates and goal as the metadata.
 * Pure: the model and "today" in.
 */
import type { Sprint } from '../model/schema.js';
import { currentSprint, sprintProgress } from './sprint-progress.js';

/** Which sprint a `--sprint` value names: an index, every sprint (`all`), or none that matches. */
export type SprintChoice = { index: number } | 'all' | { missing: string };

/**
 * Resolves `--sprint`: a number is the sprint with that code ("3" → "Sprint 3"), else its position
 * (1-based); other text matches a sprint's title (case-insensitive, part of it); `all` is the whole
 * document; no value is the current sprint, or the whole document when none is current.
 */
export function chooseSprint(sprint: Sprint, query: string | undefined, today: string | null): SprintChoice {
  const parts = sprint.sprints;
  if (parts.length <= 1 || query?.toLowerCase() === 'all') return 'all';
  if (query === undefined) {
    const index = currentSprint(sprintProgress(sprint), today);
    return index === null ? 'all' : { index };
  }
  const q = query.trim().toLowerCase();
  const byCode = parts.findIndex((p) => p.code?.toLowerCase() === q.replace(/^#/, ''));
  if (byCode >= 0) return { index: byCode };
  if (/^\d+$/.test(q) && Number(q) >= 1 && Number(q) <= parts.length) return { index: Number(q) - 1 };
  const byTitle = parts.findIndex((p) => p.title.toLowerCase().includes(q));
  return byTitle >= 0 ? { index: byTitle } : { missing: query };
}

/** The document narrowed to one sprint: its tasks and checklist, its dates, goal and declared scope as the metadata. */
export function narrowToSprint(sprint: Sprint, index: number): Sprint {
  const part = sprint.sprints[index];
  if (!part || sprint.sprints.length <= 1) return sprint;
  const range = part.range;
  return {
    ...sprint,
    metadata: {
      ...sprint.metadata,
      title: part.title,
      start: part.start,
      end: part.end,
      goal: part.goal,
      declaredTotal: part.declaredTotal,
      declaredCount: null,
      status: part.status,
    },
    tasks: sprint.tasks.filter((t) => t.sprint === index),
    checklist: range ? sprint.checklist.filter((c) => c.markerOffset >= range.start && c.markerOffset < range.end) : [],
    snapshots: range ? sprint.snapshots.filter((s) => s.line >= part.line && s.line < nextSprintLine(sprint, part.line)) : [],
    sprints: [part],
  };
}

/** The line where the next sprint with a section starts (the end of this one's dated records). */
function nextSprintLine(sprint: Sprint, line: number): number {
  const later = sprint.sprints.filter((p) => p.range !== null && p.line > line).map((p) => p.line);
  return later.length > 0 ? Math.min(...later) : Number.POSITIVE_INFINITY;
}
