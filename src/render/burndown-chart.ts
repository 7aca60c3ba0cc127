/**
 * The terminal burn-down chart: ideal and actual remaining drawn by asciichart (a maintained
 * charting library, not hand-drawn lines), with dates under the axis and a legend. Colors come
 * from the Painter: asciichart wants ANSI prefixes, so the painter's own escape for each style is
 * passed, and nothing at all when color is off.
 */
import asciichart from 'asciichart';
import { remainingForChart, type BurndownDay } from '../metrics/burndown.js';
import { formatNumber } from './numbers.js';
import type { Painter } from './painter.js';

/** Size of the chart's plotting area. */
export interface ChartSize {
  height: number;
  /** Most columns one series may take; longer series are sampled evenly (the last day is kept). */
  width: number;
}

const DEFAULT_SIZE: ChartSize = { height: 10, width: 60 };

/**
 * The chart's lines, or an empty list when there is nothing to draw. Days before the first known
 * value are drawn at the committed scope (nothing burned yet); days after the last one are left off.
 */
export function burndownChart(days: readonly BurndownDay[], committedScope: number | null, painter: Painter, size: ChartSize = DEFAULT_SIZE): string[] {
  const sampled = sample(days, size.width);
  if (sampled.length === 0) return [];
  const ideal = sampled.every((d) => d.ideal !== null) ? sampled.map((d) => d.ideal!) : [];
  const remaining = remainingForChart(sampled, committedScope);
  const series = [ideal, remaining].filter((s) => s.length > 0);
  if (series.length === 0) return [];
  // Short sprints are stretched so a day is several columns wide (values interpolated between days).
  const stretch = Math.max(1, Math.min(6, Math.floor(size.width / Math.max(1, sampled.length - 1))));
  const drawn = series.map((s) => widen(s, stretch));
  const max = Math.max(...series.flat(), 0);
  const idealColor = escapeOf(painter.dim);
  const remainingColor = escapeOf(painter.yellow);
  const colors = ideal.length > 0 && remaining.length > 0 ? [idealColor, remainingColor] : ideal.length > 0 ? [idealColor] : [remainingColor];
  // asciichart puts a whole label in one grid cell, which skews rows of different label widths:
  // it gets a one-space placeholder, and the labels are written in front of each row afterwards.
  const labels: string[] = [];
  const plot = asciichart.plot(drawn, {
    height: size.height,
    min: 0,
    max,
    offset: 2,
    format: (v, row) => {
      labels[row] = axisLabel(v);
      return ' ';
    },
    ...(colors.some((c) => c !== undefined) ? { colors } : {}),
  });
  const labelWidth = Math.max(0, ...labels.map((l) => (l ?? '').length));
  const lines = plot.split('\n').map((l, row) => `${(labels[row] ?? '').padStart(labelWidth)} ${l.slice(1)}`.replace(/\s+$/, ''));
  const indent = ' '.repeat(labelWidth + 2);
  const first = sampled[0]!.date;
  const last = sampled[sampled.length - 1]!.date;
  const span = Math.max(...drawn.map((s) => s.length));
  if (first === last) lines.push(indent + first);
  else if (span >= first.length + last.length + 2) lines.push(indent + first + ' '.repeat(span - first.length - last.length) + last);
  else lines.push(`${indent}${first} → ${last}`);
  const legend: string[] = [];
  if (ideal.length > 0) legend.push(`${painter.dim('──')} ideal`);
  if (remaining.length > 0) legend.push(`${painter.yellow('──')} remaining`);
  lines.push(indent + legend.join('   '));
  return lines;
}

/** A y-axis label: whole numbers when large, one decimal otherwise. */
function axisLabel(v: number): string {
  return formatNumber(Math.abs(v) >= 10 ? Math.round(v) : Math.round(v * 10) / 10);
}

/** `k` columns per step, linearly interpolated between consecutive values. */
function widen(values: readonly number[], k: number): number[] {
  if (k <= 1 || values.length < 2) return [...values];
  const out: number[] = [];
  for (let i = 0; i < values.length - 1; i++) {
    const a = values[i]!;
    const b = values[i + 1]!;
    for (let j = 0; j < k; j++) out.push(a + ((b - a) * j) / k);
  }
  out.push(values[values.length - 1]!);
  return out;
}

/** At most `width` days, evenly spaced, first and last kept. */
function sample(days: readonly BurndownDay[], width: number): BurndownDay[] {
  if (days.length <= width) return [...days];
  const step = (days.length - 1) / (width - 1);
  const out: BurndownDay[] = [];
  for (let i = 0; i < width; i++) out.push(days[Math.round(i * step)]!);
  return out;
}

/** The escape a painter style opens with ('' → undefined: color is off). */
function escapeOf(style: (text: string) => string): string | undefined {
  const painted = style('\u0000');
  const at = painted.indexOf('\u0000');
  return at > 0 ? painted.slice(0, at) : undefined;
}
