/** The human view of `status`: per document, what it is, how far it is, and what needs attention. */
import type { BurndownReport } from '../metrics/burndown-report.js';
import type { Progress } from '../metrics/progress.js';
import type { Sprint, Status, Task } from '../model/schema.js';
import { forecastText } from './forecast-text.js';
import { effortFraction, percent } from './numbers.js';
import type { Painter } from './painter.js';
import { progressBar } from './progress-bar.js';
import { renderSectionTable } from './section-table.js';
import { formatSprintDates } from './sprint-dates.js';
import { statusSymbol } from './status-symbol.js';
import { textLength, truncate } from './text-width.js';

/** The view is laid out to stay readable in a terminal this wide. */
const WIDTH = 80;
const BAR_WIDTH = 30;
const LABEL_WIDTH = 10;
/** Longest Blocked / In progress list shown; `sprint list --status` shows them all. */
const MAX_LISTED = 10;

/** The whole `status` text for these documents (`progress[i]` belongs to `sprints[i]`). */
export function renderStatus(
  sprints: readonly Sprint[],
  progress: readonly Progress[],
  painter: Painter,
  outlook?: readonly BurndownReport[],
  overviews?: ReadonlyArray<string | null>,
): string {
  return `${sprints.map((s, i) => renderDocument(s, progress[i]!, painter, outlook?.[i], overviews?.[i] ?? null)).join('\n\n')}\n`;
}

/** One document; `overview` is the table of its sprints when it holds several (shown first). */
function renderDocument(sprint: Sprint, progress: Progress, painter: Painter, outlook: BurndownReport | undefined, overview: string | null): string {
  const m = sprint.metadata;
  const lines: string[] = [];
  if (overview) lines.push(painter.dim(sprint.file), overview, '');
  lines.push(painter.bold(m.title ?? sprint.file));
  if (m.title && !overview) lines.push(painter.dim(sprint.file));
  const dates = formatSprintDates(m.start, m.end);
  if (dates) lines.push(dates);
  if (m.goal) lines.push(`Goal: ${truncate(m.goal, WIDTH - 6)}`);
  lines.push('');

  const t = progress.tasks;
  if (t.total === 0) {
    lines.push(painter.dim('No tasks found in this document.'));
    return lines.join('\n');
  }
  const active = t.total - t.cancelled;
  lines.push(barLine('Tasks', t.done, active, `${t.done}/${active} tasks (${percent(t.done, active)}%)`, painter));
  const e = progress.effort;
  if (e) {
    if (e.done === null) lines.push(`${label('Effort')}${effortFraction(e)} ${e.unit} (how much is done is not stated)`);
    else lines.push(barLine('Effort', e.done, e.total, `${effortFraction(e)} ${e.unit} (${percent(e.done, e.total)}%)`, painter));
  }
  const c = progress.checklist;
  if (c) lines.push(`${label('Checklist')}${c.done}/${c.total} items (${percent(c.done, c.total)}%)`);
  const rest = breakdown(t, painter);
  if (rest) lines.push(label('') + rest);
  if (outlook && outlook.daysLeft !== null) {
    const ended = outlook.daysLeft === 0 && sprint.metadata.end ? painter.dim(` (ended ${sprint.metadata.end})`) : '';
    lines.push(`${label('Days left')}${outlook.daysLeft}${ended}`);
  }
  if (outlook && outlook.remaining !== null && (outlook.daysLeft !== null || outlook.source !== 'current'))
    lines.push(`${label('Forecast')}${forecastText(outlook.forecast, painter)}`);

  if (progress.sections.length > 0) {
    lines.push('', renderSectionTable(progress.sections, e, painter));
  }
  const shown = topmostByStatus(sprint.tasks);
  lines.push(...taskList('Blocked', 'blocked', shown, sprint.file, painter));
  lines.push(...taskList('In progress', 'in_progress', shown, sprint.file, painter));
  return lines.join('\n');
}

/**
 * Tasks whose parent does not share their status: a blocked "CRON Setup" is listed once, not as
 * its three blocked steps; an in-progress story is listed rather than its open subtasks.
 */
function topmostByStatus(tasks: readonly Task[]): Task[] {
  const byKey = new Map(tasks.map((t) => [t.key, t]));
  return tasks.filter((t) => {
    const parent = t.parent ? byKey.get(t.parent) : undefined;
    return !parent || parent.status !== t.status;
  });
}

function label(text: string): string {
  return text.padEnd(LABEL_WIDTH);
}

function barLine(name: string, done: number, total: number, text: string, painter: Painter): string {
  const fraction = total > 0 ? done / total : 0;
  return `${label(name)}${progressBar(fraction, BAR_WIDTH, painter)}  ${text}`;
}

/** "3 in progress · 1 blocked · 14 todo · 2 cancelled", leaving out zeros. */
function breakdown(t: Progress['tasks'], painter: Painter): string {
  const parts: string[] = [];
  if (t.inProgress) parts.push(painter.yellow(`${t.inProgress} in progress`));
  if (t.blocked) parts.push(painter.red(`${t.blocked} blocked`));
  if (t.todo) parts.push(`${t.todo} todo`);
  if (t.cancelled) parts.push(painter.dim(`${t.cancelled} cancelled`));
  return parts.join(' · ');
}

/**
 * A heading and one line per task in `status`; the `file:line` goes on a second line when it
 * does not fit, and a blocked task's reason follows it.
 */
function taskList(heading: string, status: Status, tasks: readonly Task[], file: string, painter: Painter): string[] {
  const matching = tasks.filter((t) => t.status === status);
  if (matching.length === 0) return [];
  const lines = ['', painter.bold(`${heading} (${matching.length})`)];
  for (const task of matching.slice(0, MAX_LISTED)) {
    const where = `${file}:${task.span.line}`;
    const who = task.assignee ? ` — ${task.assignee}` : '';
    const id = task.id ? `${task.id} ` : '';
    const lead = 4 + textLength(id);
    const title = truncate(task.title, Math.max(20, WIDTH - lead - textLength(who)));
    const head = `  ${statusSymbol(task.status, painter)} ${painter.cyan(id)}${title}${painter.dim(who)}`;
    const oneLine = lead + textLength(title) + textLength(who) + 2 + textLength(where) <= WIDTH;
    if (oneLine) lines.push(`${head}  ${painter.dim(where)}`);
    else lines.push(head, `      ${painter.dim(where)}`);
    if (task.blockedBy) lines.push(`      ${painter.dim(`↳ ${truncate(task.blockedBy, WIDTH - 8)}`)}`);
  }
  const hidden = matching.length - MAX_LISTED;
  if (hidden > 0) lines.push(painter.dim(`  … and ${hidden} more (sprint list --status ${status})`));
  return lines;
}
