/**
 * Tables in the walk: every table is recorded with its kind; the rows of a task table become
 * drafts (identity, title, status, estimate and the other columns), with tree-drawn rows
 * ("├─ …") as subtasks of the row above.
 */
import type { TableBlock } from '../parse/outline.js';
import { parseEstimateCell } from '../parse/recognize/estimate.js';
import { idFromCell, idsMentioned, recognizeId } from '../parse/recognize/id.js';
import { closestStatusPhrase, recognizeStatus } from '../parse/recognize/status.js';
import { fold, isBlankish, normalizeForMatch } from '../parse/recognize/text.js';
import type { StatusName } from '../parse/vocab/index.js';
import { classifyTable } from './classify-table.js';
import { dayLabelPattern } from './snapshots.js';
import { isContinuation, newDraft, type Draft } from './draft.js';
import { fieldOfLabel } from './fields.js';
import { kanbanColumns, readKanbanTable } from './walk-kanban-table.js';
import { readStandupTable, standupColumns } from './walk-standup-table.js';
import {
  bucketStatus,
  cellText,
  cleanTitle,
  currentDate,
  currentSection,
  diag,
  enclosingTask,
  headingPath,
  inActionItems,
  inSprintChecklistSection,
  type Directive,
  type WalkContext,
} from './walk-context.js';
import { lettersRe } from '../parse/recognize/letter-pattern.js';

/** Each body row's line and its cells' content spans, as the model records them for writers. */
function cellSpans(t: TableBlock): Array<{ line: number; spans: Array<[number, number]> }> {
  return t.rows.map((r) => ({ line: r.span.line, spans: r.cells.map((c): [number, number] => [c.start, c.end]) }));
}

/** Records a table in the model (kind, header, cell texts and spans) and returns its index. */
function recordTable(ctx: WalkContext, t: TableBlock, kind: string, columns: Record<string, number> = {}): number {
  ctx.out.tables.push({
    kind,
    section: currentSection(ctx),
    header: t.header.cells.map((c) => normalizeForMatch(c.plain)),
    rows: t.rows.map((r) => r.cells.map((c) => normalizeForMatch(c.plain))),
    line: t.span.line,
    columns,
    cells: cellSpans(t),
    end: t.span.end,
  });
  return ctx.out.tables.length - 1;
}

/** Reads a table: records it, and when it is a task table turns its rows into drafts. */
export function readTable(ctx: WalkContext, t: TableBlock, directive: Directive): void {
  const header = t.header.cells.map((c) => c.plain);
  if (directive === 'ignore') {
    recordTable(ctx, t, 'ignored');
    return;
  }
  if (directive !== 'tasks' && inActionItems(ctx, '')) {
    recordTable(ctx, t, 'action-items');
    return;
  }
  const board = directive === 'tasks' ? null : kanbanColumns(header, ctx.vocab);
  if (board) {
    ctx.out.lanes.push(...readKanbanTable(ctx, t, board, recordTable(ctx, t, 'kanban')));
    return;
  }
  const questions = directive === 'tasks' ? null : standupColumns(ctx, header);
  if (questions) {
    readStandupTable(ctx, t, questions);
    recordTable(ctx, t, 'standup');
    return;
  }
  for (const row of t.rows) {
    const n = row.cells.length;
    if (n === header.length) continue;
    // GFM reads missing cells as empty and ignores extra ones; either way the row says less or more than it seems to.
    const consequence =
      n < header.length ? 'the missing ones read as empty' : `the ${n - header.length === 1 ? 'last is' : `last ${n - header.length} are`} not read`;
    diag(ctx, 'warning', 'row-cells', row.span.start, `this row has ${n} ${n === 1 ? 'cell' : 'cells'} and the header ${header.length}; ${consequence}`);
  }
  const firstColumn = t.rows.map((r) => normalizeForMatch(r.cells[0]?.plain ?? ''));
  const shape = classifyTable(header, ctx.vocab, directive === 'tasks' ? 'tasks' : null, firstColumn);
  // Rule: a task table under a sprint-level checklist heading (Definition of Done, Sign-off) with no
  // work item around it is the sprint's checklist, as checkboxes there are.
  if (shape.kind === 'tasks' && directive !== 'tasks' && inSprintChecklistSection(ctx) && !enclosingTask(ctx)) {
    recordTable(ctx, t, 'checklist', shape.columns as Record<string, number>);
    readChecklistTable(ctx, t, shape.columns);
    return;
  }
  const tableIndex = recordTable(ctx, t, shape.kind, shape.columns as Record<string, number>);
  if (shape.kind !== 'tasks') return;
  const col = shape.columns;
  const owner = enclosingTask(ctx);
  let lastTop: Draft | null = null;
  const idHeader = col.id !== undefined ? fold(header[col.id] ?? '') : '';
  // "Story ID" names its numbers as stories: "0.1" there is the "Story 0.1" the text mentions.
  const idWord = idHeader.replace(/\s+(?:id|#|no\.?|nº|key)$/u, '');
  const dayColumns = col.status === undefined ? remainingDayColumns(header, ctx) : [];
  for (const row of t.rows) {
    const cell = (i: number | undefined) => (i === undefined ? undefined : row.cells[i]);
    const titleCell = cell(col.title);
    if (!titleCell) continue;
    if (row.cells.every((c) => isBlankish(c.plain, ctx.vocab.placeholders))) continue;
    let title = normalizeForMatch(titleCell.plain);
    const tree = /^\s*([├└│┣┗]\s*[─━-]*|↳|-{1,2}>?)\s*/u.exec(title);
    if (tree) title = title.slice(tree[0].length);
    const firstCellText = fold(row.cells[0]?.plain ?? '');
    if (ctx.vocab.summaryRowWords.includes(fold(title)) || ctx.vocab.summaryRowWords.includes(firstCellText)) continue;
    if (isBlankish(title, ctx.vocab.placeholders)) continue;
    const d = newDraft('table-row', row.span, title, headingPath(ctx));
    d.table = tableIndex;
    d.date = currentDate(ctx);
    d.sectionStatus = bucketStatus(ctx);
    // Identity: ID column, else an ID at the start of the title.
    const idCell = cell(col.id);
    let id = idCell && col.id !== col.title ? idFromCell(idCell.plain) : null;
    if (id && idWord !== idHeader && ctx.vocab.idPrefixWords.includes(idWord) && /^\d+(?:\.\d+)*[a-z]?$/i.test(id.id)) {
      id = { ...id, key: recognizeId(`${idWord} ${id.id}`, ctx.vocab)?.key ?? id.key };
    } else if (id && ctx.vocab.idPrefixWords.includes(idHeader) && /^\d+[a-z+]?$/i.test(id.id)) {
      id = { ...id, id: `${(header[col.id!] ?? '').trim()} ${id.id}`, key: `${idHeader} ${id.key}` };
      // A table of sprints or phases whose other columns are not titles: the row is called by its ID.
      if (fieldOfLabel(header[col.title!] ?? '', ctx.vocab) !== 'title') title = id.id;
    }
    const titleId = recognizeId(title, ctx.vocab);
    if (titleId?.strong && (!id || idHeader === '#' || idHeader === 'no' || idHeader === 'nº')) id = titleId;
    if (titleId?.strong && titleId.rest) title = titleId.rest;
    if (id && !isBlankish(id.id, ctx.vocab.placeholders)) {
      d.id = id.id;
      d.key = id.key;
      d.strong = id.strong;
    }
    d.title = cleanTitle(title);
    d.continued = isContinuation(title, ctx.vocab.continuationWords);
    // Status: the status cell, else strikethrough (done), else the section's bucket.
    const statusCell = cell(col.status);
    if (statusCell && !isBlankish(statusCell.plain, ctx.vocab.placeholders)) {
      const s = recognizeStatus(statusCell.plain, ctx.vocab, ctx.opts.legend) ?? checkboxInCell(ctx, statusCell.plain);
      if (s) {
        d.status = s.status;
        d.statusRaw = normalizeForMatch(statusCell.plain);
        d.site = { kind: 'cell', start: statusCell.start, end: statusCell.end, raw: statusCell.raw };
        // A checkbox in the cell is written as a checkbox: its character is the status site.
        const box = s.via === 'checkbox' ? /\[(.)\]/u.exec(ctx.outline.text.slice(statusCell.start, statusCell.end)) : null;
        if (box) d.site = { kind: 'checkbox', start: statusCell.start + box.index + 1, end: statusCell.start + box.index + 2, raw: box[1]! };
      } else {
        const written = normalizeForMatch(statusCell.plain);
        const near = closestStatusPhrase(written, ctx.vocab);
        const hint = near ? ` (did you mean "${near.phrase}", ${near.status.replace('_', ' ')}?)` : '';
        diag(ctx, 'warning', 'unknown-status', statusCell.start, `status "${written}" not understood${hint}; counted as todo`);
        d.statusRaw = normalizeForMatch(statusCell.plain);
        d.site = { kind: 'cell', start: statusCell.start, end: statusCell.end, raw: statusCell.raw };
      }
    } else if (statusCell) {
      d.site = { kind: 'cell', start: statusCell.start, end: statusCell.end, raw: statusCell.raw };
    }
    if (d.status === null && titleCell.strike) {
      d.status = 'done';
      d.statusRaw = '~struck~';
    }
    if (d.status === null && col.progress !== undefined) {
      const pc = cell(col.progress);
      const s = pc ? recognizeStatus(pc.plain, ctx.vocab, ctx.opts.legend) : null;
      if (s) d.status = s.status;
    }
    const est = cell(col.estimate);
    if (est && !isBlankish(est.plain, ctx.vocab.placeholders)) {
      d.estimate = parseEstimateCell(normalizeForMatch(est.plain), ctx.vocab, shape.estimateUnit);
      if (!d.estimate) diag(ctx, 'info', 'unknown-estimate', est.start, `estimate "${est.plain}" not understood`);
    }
    if (d.status === null && dayColumns.length > 0)
      d.status = statusFromDayColumns(
        dayColumns.map((i) => cell(i)?.plain ?? ''),
        d.estimate?.value ?? null,
      );
    if (d.status === null && col.status === undefined)
      d.status = statusFromRecordedEffort(cell(col.remaining)?.plain, cell(col.actual)?.plain, d.estimate?.value ?? null);
    const who = cell(col.assignee);
    if (who && !isBlankish(who.plain, ctx.vocab.placeholders)) d.assignee = cellText(who.plain);
    const prio = cell(col.priority);
    if (prio && !isBlankish(prio.plain, ctx.vocab.placeholders)) d.priority = cellText(prio.plain);
    const deps = cell(col.dependencies);
    if (deps && !isBlankish(deps.plain, ctx.vocab.placeholders)) d.dependsOn.push(...idsMentioned(deps.plain, ctx.vocab));
    // "Blocked By" on a top-level row blocks it; on a subtask row it reads as a note about the step
    // (seed 000: "├─ Update CHANGELOG | 🔲 | … | Track all changes"); subtasks inherit their parent's block.
    const blocked = cell(col.blockedBy);
    if (blocked && !tree && !isBlankish(blocked.plain, ctx.vocab.placeholders)) d.blockedBy = cellText(blocked.plain);
    const completed = cell(col.completed);
    if (completed && !isBlankish(completed.plain, ctx.vocab.placeholders)) d.completedOn = ctx.opts.dateOf(completed.plain);
    if (tree && lastTop) d.parent = lastTop;
    else {
      d.parent = owner;
      lastTop = d;
    }
    ctx.out.drafts.push(d);
  }
}

/**
 * Rule: a status cell that holds a checkbox ("| MLB-001 | Repo scaffold | [x] |") reads as that
 * checkbox, with the meaning the document gives its boxes.
 */
function checkboxInCell(ctx: WalkContext, text: string): { status: StatusName; via: 'checkbox' } | null {
  const m = /^\s*\[(.)\]\s*$/u.exec(normalizeForMatch(text));
  const status = m ? ctx.opts.checkboxes[m[1]!] : undefined;
  return status ? { status, via: 'checkbox' } : null;
}

/**
 * The columns of a day-by-day sprint backlog ("Item | Task | Effort | Day 1 | Day 2 | …"): each holds
 * the effort still remaining on that day. Only read when the table has no status column.
 */
function remainingDayColumns(header: readonly string[], ctx: WalkContext): number[] {
  const out: number[] = [];
  header.forEach((h, i) => {
    // The whole header is one day's label ("Day 3", "D3", "Día 3"), as a burn-down row label is.
    const t = fold(normalizeForMatch(h)).replace('#', '').trim();
    const m = dayLabelPattern(ctx.vocab).exec(t);
    if (m && m[2] === undefined && m[0].trim().length === t.length) out.push(i);
  });
  return out.length >= 2 ? out : [];
}

/**
 * Rule: in a day-by-day sprint backlog without a status column, the last day filled in says where a
 * task stands: nothing left is done, less left than its estimate (or its first day) is in progress,
 * else to do.
 */
function statusFromDayColumns(cells: readonly string[], estimate: number | null): StatusName | null {
  const values = cells.map(cellNumber).filter((n): n is number => n !== null);
  if (values.length === 0) return null;
  const last = values[values.length - 1]!;
  if (last === 0) return 'done';
  return last < Math.max(estimate ?? 0, values[0]!) ? 'in_progress' : 'todo';
}

/** The rows of a checklist table, each done when its status cell says done, as the sprint's checklist. */
function readChecklistTable(ctx: WalkContext, t: TableBlock, col: Partial<Record<string, number>>): void {
  for (const row of t.rows) {
    const title = col.title === undefined ? undefined : row.cells[col.title];
    if (!title || isBlankish(title.plain, ctx.vocab.placeholders)) continue;
    const status = col.status === undefined ? undefined : row.cells[col.status];
    const s = status ? (recognizeStatus(status.plain, ctx.vocab, ctx.opts.legend) ?? checkboxInCell(ctx, status.plain)) : null;
    ctx.out.checklist.push({
      text: cleanTitle(normalizeForMatch(title.plain)),
      done: s?.status === 'done',
      line: row.span.line,
      markerOffset: (status ?? title).start,
    });
  }
}

/**
 * Rule: where a task table has no status column, the effort it records per row says where the task
 * stands: nothing remaining is done, some remaining below the estimate is in progress; with no
 * remaining column, time spent filled in ("Horas Reales: 3.2") is done.
 */
function statusFromRecordedEffort(remaining: string | undefined, actual: string | undefined, estimate: number | null): StatusName | null {
  const left = remaining === undefined ? null : cellNumber(remaining);
  if (left !== null) return left === 0 ? 'done' : estimate !== null && left < estimate ? 'in_progress' : null;
  const spent = actual === undefined ? null : cellNumber(actual);
  return remaining === undefined && spent !== null && spent > 0 ? 'done' : null;
}

/** The number a cell records ("3", "2.5", "**0**", "~4h"), or null for text, blanks and placeholders. */
function cellNumber(text: string): number | null {
  const m = lettersRe`^\s*[~≈]?\s*(\d+(?:[.,]\d+)?)\s*\p{L}*\s*$`.exec(normalizeForMatch(text).replace(/[*_]/g, ''));
  return m ? Number(m[1]!.replace(',', '.')) : null;
}
