/** The table of a document's sprints that `status` shows above the current one: dates, tasks, effort. */
import Table from 'cli-table3';
import type { SprintProgress } from '../metrics/sprint-progress.js';
import { effortFraction } from './numbers.js';
import type { Painter } from './painter.js';
import { truncate } from './text-width.js';

/** Widest the sprint-title column may get, so the table fits 80 columns. */
const MAX_TITLE_WIDTH = 26;

/** One row per sprint, the selected one marked with ▶; cli-table3 colors nothing itself (the painter does). */
export function renderSprintTable(sprints: readonly SprintProgress[], selected: number | null, painter: Painter): string {
  const unit = sprints.find((s) => s.progress.effort)?.progress.effort?.unit ?? null;
  const head = ['', painter.bold('Sprint'), painter.bold('Dates'), painter.bold('Tasks')];
  if (unit) head.push(painter.bold(`Effort (${unit})`));
  const table = new Table({
    head,
    colAligns: ['left', 'left', 'left', 'right', 'right'],
    style: { head: [], border: [], compact: true },
  });
  sprints.forEach(({ part, progress }, i) => {
    const t = progress.tasks;
    const active = t.total - t.cancelled;
    const tasks = active === 0 ? painter.dim('—') : t.done === active ? painter.green(`${t.done}/${active}`) : `${t.done}/${active}`;
    const dates = part.start || part.end ? `${part.start ?? '?'} → ${part.end ?? '?'}` : painter.dim('—');
    const row = [i === selected ? '▶' : '', truncate(part.title, MAX_TITLE_WIDTH), dates, tasks];
    if (unit) row.push(progress.effort ? effortFraction(progress.effort) : painter.dim('—'));
    table.push(row);
  });
  return table.toString();
}
