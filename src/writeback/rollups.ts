/**
 * The `sync` updater for rollup numbers: completion lines and the bar under them ("35% (14/40
 * hours)" + "████████░░ 35%"), heading rollups and their status emoji ("(14h / 14h) ✅"), count
 * lines ("Completed: 7/75 points (9.3%)"), "Completed: 14 hours" / "Remaining: 26 hours", and
 * status counters ("⏳ Запланировано: 22 задачи"). Each number is recomputed over its scope and
 * rewritten in its own format only when it differs; a fragment whose inputs are not understood is
 * left as it is with an info diagnostic saying why.
 */
import type { Edit } from '../edit/edit.js';
import { computeProgress } from '../metrics/progress.js';
import { basisOfUnit, type FragmentBasis } from '../parse/vocab/rollup-labels.js';
import type { Diagnostic, Fragment, FragmentValue, Sprint, Status, Unit } from '../model/schema.js';
import { repairMojibake, toMojibake } from '../parse/recognize/mojibake.js';
import { defaultVocabulary } from '../parse/vocab/index.js';
import { agreeNoun } from './noun-agreement.js';
import { formatOf, formatPercent, formatQuantity } from './number-format.js';
import { redrawBar } from './progress-bar-text.js';
import {
  countable,
  countDoneThrough,
  countIn,
  countScopeFor,
  effortDoneThrough,
  effortOf,
  problemIn,
  tasksInRange,
  unestimated,
  type CountScope,
} from './rollup-scope.js';
import { lineOf } from './text-lines.js';
import { isMojibakeText, statusOfText } from '../parse/recognize/status-parts.js';
import { collectSamples, DEFAULT_EMOJI } from './status-vocabulary.js';
import type { FragmentUpdater, SyncContext, UpdatePlan } from './updater.js';

/** The kinds this updater recomputes (dates are date-fragments.ts's, generated blocks another updater's). */
const KINDS: ReadonlySet<Fragment['kind']> = new Set(['completion-line', 'count-line', 'heading-rollup', 'completed-line', 'remaining-line', 'status-count']);

/** Recomputes every rollup fragment of the document (see the file header). */
export const rollupsUpdater: FragmentUpdater = (ctx: SyncContext): UpdatePlan => {
  const edits: Edit[] = [];
  const diagnostics: Diagnostic[] = [];
  const state = new RollupState(ctx);
  for (const f of ctx.sprint.fragments) {
    if (!KINDS.has(f.kind)) continue;
    const result = state.plan(f);
    if (typeof result === 'string') {
      diagnostics.push({
        file: ctx.file,
        line: f.span.line,
        column: f.span.column,
        severity: 'info',
        code: 'fragment-left',
        message: `"${f.raw.trim()}" left as it is: ${result}`,
      });
    } else {
      edits.push(...result);
    }
  }
  return { edits, diagnostics };
};

/** The numbers every fragment of one document shares, computed once. */
class RollupState {
  private readonly vocab = defaultVocabulary();
  private readonly sprint: Sprint;
  private readonly progress;
  private readonly unit: Unit | null;
  private docScope: CountScope | null | undefined;

  constructor(private readonly ctx: SyncContext) {
    this.sprint = ctx.sprint;
    this.progress = computeProgress(ctx.sprint);
    this.unit = this.progress.effort?.unit ?? ctx.sprint.metadata.unit;
  }

  /** The edits for one fragment, or why it is left alone. */
  plan(f: Fragment): Edit[] | string {
    if (f.note === 'percent-only') return 'it gives a percentage without the counts it is a percentage of';
    if (f.note === 'group') return `it counts a group of tasks ("${f.scope ?? ''}") that the document does not mark`;
    const basis: FragmentBasis | null = f.unit ? basisOfUnit(f.unit, this.vocab) : 'count';
    if (basis === null) return `tasks are not counted or estimated in "${f.unit}"`;
    if (basis !== 'count' && basis !== this.unit)
      return this.unit ? `it counts ${basis} but the tasks are estimated in ${this.unit}` : `it counts ${basis} but no task has an estimate`;
    const range = f.kind === 'heading-rollup' ? (f.range ?? null) : null;
    if (f.kind === 'heading-rollup' && !range) return 'the section it sums up was not found';
    const problem = problemIn(this.sprint, range, (o) => lineOf(this.ctx.text, o));
    if (problem) return `a task it depends on was not understood (${problem})`;
    const numbers = basis === 'count' ? this.countNumbers(f, range) : this.effortNumbers(f, range, basis);
    if (typeof numbers === 'string') return numbers;
    return this.edits(f, numbers, range);
  }

  private countNumbers(f: Fragment, range: { start: number; end: number } | null): Numbers | string {
    const written = numberOf(f, 'total');
    let scope: CountScope | null;
    if (range) {
      const leaves = countable(tasksInRange(this.sprint, range));
      if (written !== null && written !== leaves.length) return `it counts ${written} tasks but ${leaves.length} are listed under its heading`;
      scope = { leaves, declaredExtra: 0 };
    } else if (written !== null) {
      scope = countScopeFor(this.sprint, written);
      if (!scope) return `it counts ${written} tasks, but ${countable(this.sprint.tasks).length} were found and no reading of them gives ${written}`;
    } else {
      scope = this.documentScope();
    }
    const done = f.asOf ? countDoneThrough(scope, f.asOf) : countIn(scope, 'done');
    const total = scope.leaves.length + scope.declaredExtra;
    const amount = f.kind === 'remaining-line' ? total - done : f.status ? countIn(scope, f.status) : done;
    return { done, total, amount, leaves: scope.leaves.length > 0 ? scope.leaves.map((t) => t.status) : [] };
  }

  private effortNumbers(f: Fragment, range: { start: number; end: number } | null, unit: Unit): Numbers | string {
    const tasks = range ? tasksInRange(this.sprint, range) : this.sprint.tasks;
    const missing = unestimated(this.sprint, tasks, unit);
    if (missing) return `"${missing.title}" (line ${missing.span.line}) has no estimate in ${unit}`;
    const effort = range ? effortOf(this.sprint, tasks, unit) : (this.progress.effort ?? { done: 0, total: 0 });
    if (effort.done === null) return `the document states its scope in ${unit} but not how much of it is done`;
    const written = numberOf(f, 'total');
    // A whole-document total larger than the listed work is the document's declared scope.
    const total = !range && written !== null && written > effort.total ? written : effort.total;
    const done = f.asOf ? effortDoneThrough(this.sprint, f.asOf, unit) : effort.done;
    let amount = done;
    if (f.kind === 'remaining-line') amount = total - done;
    else if (f.status && f.status !== 'done') amount = effortOf(this.sprint, tasks, unit, f.status).done;
    return { done, total, amount: Math.round(amount * 1000) / 1000, leaves: countable(tasks).map((t) => t.status) };
  }

  /** The count scope of the whole document: the one its first written total picks, else every leaf. */
  private documentScope(): CountScope {
    if (this.docScope === undefined) {
      this.docScope = null;
      for (const f of this.sprint.fragments) {
        if ((f.kind !== 'completion-line' && f.kind !== 'count-line') || f.note !== null || f.scope !== null || f.asOf !== null) continue;
        if ((f.unit ? basisOfUnit(f.unit, this.vocab) : 'count') !== 'count') continue;
        const written = numberOf(f, 'total');
        if (written !== null) {
          this.docScope = countScopeFor(this.sprint, written);
          break;
        }
      }
    }
    return this.docScope ?? { leaves: countable(this.sprint.tasks), declaredExtra: 0 };
  }

  private edits(f: Fragment, n: Numbers, range: { start: number; end: number } | null): Edit[] {
    const out: Edit[] = [];
    const put = (v: FragmentValue, text: string | null) => {
      if (text !== null && text !== v.raw) out.push({ start: v.start, end: v.end, text, expect: v.raw, label: `${f.kind} at line ${f.span.line}` });
    };
    for (const v of f.values ?? []) {
      switch (v.role) {
        case 'done':
          put(v, formatQuantity(n.done, formatOf(v.raw)));
          break;
        case 'total':
          put(v, formatQuantity(n.total, formatOf(v.raw)));
          break;
        case 'percent':
        case 'bar-percent':
          put(v, formatPercent(n.done, n.total, formatOf(v.raw)));
          break;
        case 'bar':
          put(v, redrawBar(v.raw, n.total > 0 ? n.done / n.total : 0));
          break;
        case 'amount':
          put(v, formatQuantity(n.amount, formatOf(v.raw)));
          break;
        case 'unit':
          put(v, agreeNoun(v.raw, n.amount));
          break;
        case 'status-mark':
          put(v, range ? this.headingMark(v, n, range) : null);
          break;
        default:
          break;
      }
    }
    return out;
  }

  /**
   * The status emoji after a heading rollup follows its section: done when every task under it is
   * done, and back to in progress (or todo) when that stops being true; otherwise left as written.
   * Headings that are themselves a task or a status bucket keep their emoji (that is a status).
   */
  private headingMark(v: FragmentValue, n: Numbers, range: { start: number; end: number }): string | null {
    const section = this.sprint.sections.find((s) => s.span.start === range.start);
    if (!section || section.role === 'task' || section.role === 'bucket' || n.leaves.length === 0) return null;
    const now = v.status ?? null;
    const allDone = n.leaves.every((s) => s === 'done');
    let target: Status | null = null;
    if (allDone && now !== 'done') target = 'done';
    else if (!allDone && now === 'done') target = n.leaves.some((s) => s === 'done' || s === 'in_progress') ? 'in_progress' : 'todo';
    if (!target) return null;
    const samples = collectSamples(this.sprint, { text: this.ctx.text, sections: this.sprint.sections, vocab: this.vocab });
    const marks = samples.filter((s) => s.site === 'rollup-mark' && s.status === target).map((s) => s.emoji!);
    const others = samples.filter((s) => s.status === target && s.emoji !== null && statusOfText(s.emoji, this.vocab) === target).map((s) => s.emoji!);
    const chosen = marks[0] ?? others[0] ?? DEFAULT_EMOJI[target];
    return isMojibakeText(v.raw) ? (isMojibakeText(chosen) ? chosen : toMojibake(chosen)) : repairMojibake(chosen);
  }
}

/** What a fragment's values are recomputed from. */
interface Numbers {
  done: number;
  total: number;
  /** The single number of a "Completed: 14 hours" / "Remaining" / status counter line. */
  amount: number;
  /** Statuses of the leaf tasks in scope (for a heading's status emoji). */
  leaves: Status[];
}

/** The number a fragment writes for a role, or null. */
function numberOf(f: Fragment, role: FragmentValue['role']): number | null {
  const v = f.values?.find((x) => x.role === role);
  return v ? Number(v.raw.replace(',', '.')) : null;
}
