/**
 * Progress per sprint of a document, and which sprint is current. Pure: the model and "today" in.
 *
 * - A sprint's progress is `computeProgress` over its own tasks, in the document's effort unit,
 *   with the scope the sprint declares for itself.
 * - The current sprint is the one whose dates contain today; else the latest one that has started
 *   and is not done; else the first one not done; else none. A sprint is done when the document
 *   says so, or when it has tasks and all of them are done or cancelled.
 */
import type { Sprint, SprintPart } from '../model/schema.js';
import { computeProgress, type Progress } from './progress.js';

/** One sprint with its figures, as `status` shows and prints it. */
export interface SprintProgress {
  part: SprintPart;
  progress: Progress;
}

/** The progress of every sprint of the document, in document order. */
export function sprintProgress(sprint: Sprint): SprintProgress[] {
  const unit = sprint.metadata.unit ?? computeProgress(sprint).effort?.unit ?? null;
  return sprint.sprints.map((part, index) => {
    if (sprint.sprints.length === 1) return { part, progress: computeProgress(sprint) };
    const own = sprint.tasks.filter((t) => t.sprint === index);
    const metadata = { ...sprint.metadata, unit, declaredTotal: part.declaredTotal, declaredCount: null, status: part.status };
    const range = part.range;
    const checklist = range ? sprint.checklist.filter((c) => c.markerOffset >= range.start && c.markerOffset < range.end) : [];
    return { part, progress: computeProgress({ ...sprint, tasks: own, metadata, sprints: [part], checklist }) };
  });
}

/** Index of the current sprint (rules in the header), or null when every sprint is done or there is none. */
export function currentSprint(sprints: readonly SprintProgress[], today: string | null): number | null {
  if (sprints.length === 0) return null;
  if (sprints.length === 1) return 0;
  if (today) {
    const containing = sprints.findIndex(({ part }) => part.start !== null && part.end !== null && part.start <= today && today <= part.end);
    if (containing >= 0) return containing;
    for (let i = sprints.length - 1; i >= 0; i--) {
      const { part } = sprints[i]!;
      if (part.start !== null && part.start <= today && !isDone(sprints[i]!)) return i;
    }
  }
  const open = sprints.findIndex((s) => !isDone(s));
  return open >= 0 ? open : null;
}

/** Done when the document says so, or when all its tasks are finished. */
export function isDone({ part, progress }: SprintProgress): boolean {
  if (part.status !== null) return part.status === 'done' || part.status === 'cancelled';
  const t = progress.tasks;
  return t.total > 0 && t.done + t.cancelled === t.total;
}
