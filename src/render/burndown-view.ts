/** The human view of `burndown`: per document, the chart, the numbers under it, velocity and forecast. */
import Table from 'cli-table3';
import type { BurndownDay } from '../metrics/burndown.js';
import type { BurndownReport } from '../metrics/burndown-report.js';
import type { Sprint } from '../model/schema.js';
import { burndownChart } from './burndown-chart.js';
import { forecastText } from './forecast-text.js';
import { formatNumber } from './numbers.js';
import type { Painter } from './painter.js';
import { formatSprintDates } from './sprint-dates.js';
import { amountText, rateText } from './unit-text.js';

const LABEL_WIDTH = 11;
/** Most days listed under the chart; a longer history shows its latest days (`--json` has them all). */
const MAX_ROWS = 60;

/** The whole `burndown` text for these documents (`reports[i]` belongs to `sprints[i]`). */
export function renderBurndown(sprints: readonly Sprint[], reports: readonly BurndownReport[], painter: Painter): string {
  return `${sprints.map((s, i) => renderDocument(s, reports[i]!, painter)).join('\n\n')}\n`;
}

function renderDocument(sprint: Sprint, report: BurndownReport, painter: Painter): string {
  const m = sprint.metadata;
  const unit = report.measure.unit;
  const lines: string[] = [painter.bold(m.title ?? sprint.file)];
  if (m.title) lines.push(painter.dim(sprint.file));
  const dates = formatSprintDates(m.start, m.end);
  lines.push(`${dates ? `${dates} · ` : ''}${unit}${report.workdays ? ' (workdays)' : ''}, from ${report.sourceDetail}`);
  lines.push('');
  const days = report.series.days;
  const chart = burndownChart(days, report.series.committedScope, painter);
  if (chart.length === 0) lines.push(painter.dim('No dated data to chart (no start date, snapshots, completion dates or history).'));
  else lines.push(...chart, '', seriesTable(days, unit, painter));
  lines.push('', ...summaryLines(report, painter));
  return lines.join('\n');
}

/** Velocity, what remains, days left, required velocity and the forecast, one labelled line each. */
export function summaryLines(report: BurndownReport, painter: Painter): string[] {
  const unit = report.measure.unit;
  const v = report.velocity;
  const lines: string[] = [];
  if (v.average !== null) {
    lines.push(
      `${label('Velocity')}${rateText(v.average, unit)} (${amountText(v.completed, unit)} in ${v.elapsedDays} ${v.elapsedDays === 1 ? 'day' : 'days'}${report.workdays ? ', workdays' : ''})`,
    );
  }
  if (report.remaining !== null) {
    const parts = [amountText(report.remaining, unit)];
    if (report.daysLeft !== null) parts.push(`${report.daysLeft} ${report.daysLeft === 1 ? 'day' : 'days'} left`);
    if (report.requiredVelocity !== null) parts.push(`needs ${rateText(report.requiredVelocity, unit)}`);
    lines.push(`${label('Remaining')}${parts.join(' · ')}`);
  }
  lines.push(`${label('Forecast')}${forecastText(report.forecast, painter)}`);
  return lines;
}

/** The numbers under the chart: one row per day, scope changes marked. */
function seriesTable(days: readonly BurndownDay[], unit: string, painter: Painter): string {
  const head = ['Date', 'Ideal', 'Remaining', 'Done', `Scope (${unit})`].map((h) => painter.bold(h));
  const table = new Table({
    head,
    colAligns: ['left', 'right', 'right', 'right', 'right'],
    style: { head: [], border: [], compact: true },
  });
  let previousScope: number | null = null;
  const hidden = Math.max(0, days.length - MAX_ROWS);
  for (const [i, d] of days.entries()) {
    if (i < hidden) {
      if (d.scope !== null) previousScope = d.scope;
      continue;
    }
    const change = d.scope !== null && previousScope !== null && d.scope !== previousScope ? d.scope - previousScope : 0;
    const scope =
      d.scope === null ? painter.dim('—') : formatNumber(d.scope) + (change ? painter.yellow(` (${change > 0 ? '+' : ''}${formatNumber(change)})`) : '');
    table.push([d.date, cell(d.ideal, painter), cell(d.remaining, painter), cell(d.done, painter), scope]);
    if (d.scope !== null) previousScope = d.scope;
  }
  return (hidden > 0 ? `${painter.dim(`… ${hidden} earlier days (all of them in --json)`)}\n` : '') + table.toString();
}

function cell(n: number | null, painter: Painter): string {
  return n === null ? painter.dim('—') : formatNumber(n);
}

function label(text: string): string {
  return text.padEnd(LABEL_WIDTH);
}
