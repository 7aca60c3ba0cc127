/**
 * The `sync` updater for numbers that depend on the date: "**Days Left:** 12 days" (days from
 * today through the end date, both counted), "**Sprint Days Elapsed**: 1/14" (today's day of the
 * sprint) and "**Required Velocity:** 2.2 hours/day" (remaining
 * effort over those days, in the line's own decimals). Days left is date-only, so only `sync`
 * rewrites it; the required velocity also depends on the tasks, so a status change rewrites it too
 * — but only when that change moved the remaining effort.
 */
import type { Edit } from '../edit/edit.js';
import { computeProgress, type EffortTotals } from '../metrics/progress.js';
import { basisOfUnit } from '../parse/vocab/rollup-labels.js';
import type { Diagnostic, Fragment, FragmentValue } from '../model/schema.js';
import { daysBetween } from '../parse/calendar.js';
import { defaultVocabulary } from '../parse/vocab/index.js';
import { agreeNoun } from './noun-agreement.js';
import { formatFixed, formatOf, formatQuantity } from './number-format.js';
import { problemIn, unestimated } from './rollup-scope.js';
import { lineOf } from './text-lines.js';
import type { FragmentUpdater, SyncContext, UpdatePlan } from './updater.js';

/** Recomputes days left and the required velocity (see the file header). */
export const dateFragmentsUpdater: FragmentUpdater = (ctx: SyncContext): UpdatePlan => {
  const edits: Edit[] = [];
  const diagnostics: Diagnostic[] = [];
  const left = (f: Fragment, why: string) =>
    diagnostics.push({
      file: ctx.file,
      line: f.span.line,
      column: f.span.column,
      severity: 'info',
      code: 'fragment-left',
      message: `"${f.raw.trim()}" left as it is: ${why}`,
    });
  const put = (f: Fragment, v: FragmentValue, text: string) => {
    if (text !== v.raw) edits.push({ start: v.start, end: v.end, text, expect: v.raw, label: `${f.kind} at line ${f.span.line}` });
  };
  const end = ctx.sprint.metadata.end;
  for (const f of ctx.sprint.fragments) {
    if (f.kind === 'days-left') {
      if (!ctx.includeDateFragments) continue;
      if (!end) {
        left(f, 'the document gives no end date');
        continue;
      }
      const days = Math.max(0, daysBetween(ctx.today, end) + 1);
      for (const v of f.values ?? []) {
        if (v.role === 'amount') put(f, v, formatQuantity(days, formatOf(v.raw)));
        if (v.role === 'unit') put(f, v, agreeNoun(v.raw, days));
      }
    } else if (f.kind === 'days-elapsed') {
      if (!ctx.includeDateFragments) continue;
      const why = elapsed(f, ctx, put);
      if (why) left(f, why);
    } else if (f.kind === 'required-velocity') {
      const why = velocity(f, ctx, end, put);
      if (why) left(f, why);
    }
  }
  return { edits, diagnostics };
};

/**
 * Rewrites "Sprint Days Elapsed: 1/14": today's day of the sprint (the start day is day 1), never
 * past the length the line writes (or the sprint's own length); the length itself is kept as written.
 */
function elapsed(f: Fragment, ctx: SyncContext, put: (f: Fragment, v: FragmentValue, text: string) => void): string | null {
  const { start, end } = ctx.sprint.metadata;
  if (!start) return 'the document gives no start date';
  const total = f.values?.find((v) => v.role === 'total');
  const length = total ? Number(total.raw.replace(',', '.')) : end ? daysBetween(start, end) + 1 : null;
  const day = Math.max(0, Math.min(daysBetween(start, ctx.today) + 1, length ?? Number.POSITIVE_INFINITY));
  for (const v of f.values ?? []) {
    if (v.role === 'done' || v.role === 'amount') put(f, v, formatQuantity(day, formatOf(v.raw)));
    if (v.role === 'unit') put(f, v, agreeNoun(v.raw, day));
  }
  return null;
}

/** Rewrites one required-velocity line; returns why not when it cannot. */
function velocity(f: Fragment, ctx: SyncContext, end: string | null, put: (f: Fragment, v: FragmentValue, text: string) => void): string | null {
  const effort = computeProgress(ctx.sprint).effort;
  const remaining = remainingIn(effort);
  if (!ctx.includeDateFragments) {
    // A status change rewrites the pace only when it moved the remaining effort.
    if (!ctx.previous || remaining === null || remainingIn(computeProgress(ctx.previous).effort) === remaining) return null;
  }
  const unit = basisOfUnit(f.unit, defaultVocabulary());
  if (!effort || remaining === null || unit !== effort.unit)
    return `it is a pace in ${f.unit ?? 'nothing'} but the tasks are estimated in ${effort?.unit ?? 'nothing'}`;
  const problem = problemIn(ctx.sprint, null, (o) => lineOf(ctx.text, o));
  if (problem) return `a task it depends on was not understood (${problem})`;
  const missing = unestimated(ctx.sprint, ctx.sprint.tasks, effort.unit);
  if (missing) return `"${missing.title}" (line ${missing.span.line}) has no estimate in ${effort.unit}`;
  if (!end) return 'the document gives no end date';
  const daysLeft = daysBetween(ctx.today, end) + 1;
  if (daysLeft <= 0) return `the sprint ended on ${end} (today is ${ctx.today}), so no pace is left to compute`;
  for (const v of f.values ?? []) if (v.role === 'amount') put(f, v, formatFixed(remaining / daysLeft, formatOf(v.raw)));
  return null;
}

/** Effort still to do, or null when nothing is estimated or the done part is not known. */
function remainingIn(effort: EffortTotals | null): number | null {
  return effort && effort.done !== null ? Math.round((effort.total - effort.done) * 1000) / 1000 : null;
}
