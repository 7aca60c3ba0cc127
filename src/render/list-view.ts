/** The human view of `list`: one task a row, in aligned columns, ending with where it is written. */
import type { Sprint, Task } from '../model/schema.js';
import { estimateText } from './estimate-text.js';
import type { TaskRow } from './task-row.js';
import type { Painter } from './painter.js';
import { statusSymbol } from './status-symbol.js';
import { padRight, textLength, truncate } from './text-width.js';

/** Rows are laid out to fit a terminal this wide (the `file:line` column may run past it). */
const WIDTH = 80;
const MAX_ID = 16;
const MAX_ASSIGNEE = 14;
const MIN_TITLE = 24;
const INDENT = '  ';

/** The `list` text: status mark, ID, title (indented under its parent), estimate, assignee, file:line. */
export function renderList(rows: readonly TaskRow[], painter: Painter): string {
  if (rows.length === 0) return `${painter.dim('No tasks match.')}\n`;
  const depthOf = depthLookup(rows);
  const cells = rows.map(({ sprint, task }) => ({
    task,
    id: truncate(task.id ?? '', MAX_ID),
    title: INDENT.repeat(depthOf(sprint, task)) + task.title,
    estimate: estimateText(task.estimate),
    assignee: truncate(task.assignee ?? '', MAX_ASSIGNEE),
    where: `${sprint.file}:${task.span.line}`,
  }));
  const widest = (pick: (c: (typeof cells)[number]) => string): number => Math.max(0, ...cells.map((c) => textLength(pick(c))));
  const idW = widest((c) => c.id);
  const estW = widest((c) => c.estimate);
  const whoW = widest((c) => c.assignee);
  const fixed = 2 + (idW ? idW + 2 : 0) + (estW ? estW + 2 : 0) + (whoW ? whoW + 2 : 0);
  const titleW = Math.max(
    MIN_TITLE,
    Math.min(
      widest((c) => c.title),
      WIDTH - fixed - 12,
    ),
  );

  const lines = cells.map((c) => {
    const parts: string[] = [];
    if (idW) parts.push(painter.cyan(padRight(c.id, idW)));
    parts.push(padRight(truncate(c.title, titleW), titleW));
    if (estW) parts.push(c.estimate.padStart(estW));
    if (whoW) parts.push(padRight(c.assignee, whoW));
    parts.push(painter.dim(c.where));
    return `${statusSymbol(c.task.status, painter)} ${parts.join('  ')}`;
  });
  return `${lines.join('\n')}\n`;
}

/** How deep each task sits under its parents (0 at top level), guarding against cycles. */
function depthLookup(_rows: readonly TaskRow[]): (sprint: Sprint, task: Task) => number {
  const keysOf = new Map<Sprint, Map<string, Task>>();
  return (sprint, task) => {
    let byKey = keysOf.get(sprint);
    if (!byKey) {
      byKey = new Map(sprint.tasks.map((t) => [t.key, t] as const));
      keysOf.set(sprint, byKey);
    }
    let depth = 0;
    const seen = new Set<Task>([task]);
    let parent = task.parent === null ? undefined : byKey.get(task.parent);
    while (parent && !seen.has(parent)) {
      seen.add(parent);
      depth++;
      parent = parent.parent === null ? undefined : byKey.get(parent.parent);
    }
    return depth;
  };
}
