/** The human view of `velocity`: work done per day for one sprint, or per sprint with averages for several. */
import Table from 'cli-table3';
import type { BurndownReport } from '../metrics/burndown-report.js';
import type { VelocityHistory } from '../metrics/velocity-history.js';
import type { Sprint } from '../model/schema.js';
import { formatNumber } from './numbers.js';
import type { Painter } from './painter.js';
import { formatSprintDates } from './sprint-dates.js';
import { truncate } from './text-width.js';
import { amountText, rateText } from './unit-text.js';

/** Widest a sprint name may be in the per-sprint table. */
const NAME_WIDTH = 28;

/** The whole `velocity` text: a per-day table for one sprint, a per-sprint table for several. */
export function renderVelocity(
  sprints: readonly Sprint[],
  reports: readonly BurndownReport[],
  history: VelocityHistory,
  last: number,
  painter: Painter,
): string {
  if (sprints.length === 1) return `${perDayView(sprints[0]!, reports[0]!, painter)}\n`;
  return `${perSprintView(sprints, reports, history, last, painter)}\n`;
}

function perDayView(sprint: Sprint, report: BurndownReport, painter: Painter): string {
  const unit = report.measure.unit;
  const lines = [painter.bold(sprint.metadata.title ?? sprint.file), `${unit}${report.workdays ? ' (workdays)' : ''}, from ${report.sourceDetail}`, ''];
  const v = report.velocity;
  if (v.perDay.length === 0) {
    lines.push(painter.dim('No dated data: nothing to measure per day.'));
    return lines.join('\n');
  }
  const table = new Table({
    head: ['Date', `Done (${unit})`, 'Total'].map((h) => painter.bold(h)),
    colAligns: ['left', 'right', 'right'],
    style: { head: [], border: [], compact: true },
  });
  let total = report.series.baseline?.done ?? 0;
  for (const d of v.perDay) {
    total += d.done;
    table.push([d.date, formatNumber(d.done), formatNumber(total - (report.series.baseline?.done ?? 0))]);
  }
  lines.push(table.toString(), '');
  if (v.average !== null)
    lines.push(`Average: ${rateText(v.average, unit)} (${amountText(v.completed, unit)} in ${v.elapsedDays} ${v.elapsedDays === 1 ? 'day' : 'days'})`);
  return lines.join('\n');
}

function perSprintView(sprints: readonly Sprint[], reports: readonly BurndownReport[], history: VelocityHistory, last: number, painter: Painter): string {
  const unit = history.unit;
  const table = new Table({
    head: ['Sprint', 'Dates', `Committed (${unit})`, 'Completed', 'Per day'].map((h) => painter.bold(h)),
    colAligns: ['left', 'left', 'right', 'right', 'right'],
    style: { head: [], border: [], compact: true },
  });
  for (const i of history.order) {
    const s = sprints[i]!;
    const r = reports[i]!;
    const out = history.excluded.has(i) || history.notStarted.has(i);
    const name = truncate(s.metadata.title ?? s.file, NAME_WIDTH);
    const dates = s.metadata.start && s.metadata.end ? `${s.metadata.start} → ${s.metadata.end}` : (formatSprintDates(s.metadata.start, s.metadata.end) ?? '—');
    const committed = r.series.committedScope === null ? '—' : formatNumber(r.series.committedScope);
    const completed = formatNumber(r.velocity.completed) + (history.excluded.has(i) ? ` ${r.measure.unit}` : '');
    const perDay = r.velocity.average === null ? '—' : formatNumber(r.velocity.average);
    const row = [name, dates, committed, completed, perDay];
    table.push(out ? row.map((c) => painter.dim(c)) : row);
  }
  const lines = [table.toString(), ''];
  if (history.averagePerSprint !== null) {
    const n = history.counted;
    const per = `${amountText(history.averagePerSprint, unit)} per sprint`;
    const daily = history.averagePerDay !== null ? `, ${rateText(history.averagePerDay, unit)}` : '';
    lines.push(`Average of the last ${n} ${n === 1 ? 'sprint' : 'sprints'}${n < last ? ` (of ${last} asked)` : ''}: ${per}${daily}`);
  }
  if (history.excluded.size > 0) lines.push(painter.dim(`Sprints measured in another unit than ${unit} are listed but not averaged.`));
  if (history.notStarted.size > 0) lines.push(painter.dim('Sprints that have not started are listed but not averaged.'));
  return lines.join('\n');
}
