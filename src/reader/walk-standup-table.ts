/**
 * Standups written as tables: `| Name | Yesterday | Today | Blockers |` (in any of the
 * vocabulary's languages). Rule: a table whose header asks two or more of the standup questions
 * is a standup table; each row is one person's answers (the person is the assignee column, else
 * the first column that is not a question), dated by a Date column when it has one, else by the
 * day section it sits in. `<br>` in a cell separates answers.
 */
import type { TableBlock } from '../parse/outline.js';
import { plainParts } from '../parse/phrasing.js';
import { normalizeForMatch } from '../parse/recognize/text.js';
import type { StandupField, WalkContext } from './walk-context.js';
import { fieldOfLabel } from './fields.js';
import { addStandup, standupFieldOf } from './walk-standups.js';

/** How many standup questions a header must ask to be a standup table. */
const MIN_QUESTIONS = 2;

/** The standup question each header cell asks (null for the others), or null when the table is not a standup table. */
export function standupColumns(ctx: WalkContext, header: readonly string[]): Array<StandupField | null> | null {
  const questions = header.map((h) => standupFieldOf(ctx, h));
  return questions.filter((q) => q !== null).length >= MIN_QUESTIONS ? questions : null;
}

/** Files every row of a standup table as standup answers. */
export function readStandupTable(ctx: WalkContext, t: TableBlock, questions: ReadonlyArray<StandupField | null>): void {
  const labels = t.header.cells.map((c) => normalizeForMatch(c.plain));
  const fields = labels.map((l) => fieldOfLabel(l, ctx.vocab));
  const assignee = fields.indexOf('assignee');
  const person = assignee >= 0 ? assignee : questions.findIndex((q, i) => q === null && fields[i] !== 'date');
  const dateColumn = fields.indexOf('date');
  for (const row of t.rows) {
    const who = person >= 0 ? row.cells[person]?.plain || null : null;
    const date = dateColumn >= 0 ? ctx.opts.dateOf(row.cells[dateColumn]?.plain ?? '') : null;
    questions.forEach((q, i) => {
      const cell = row.cells[i];
      if (!q || !cell) return;
      for (const a of plainParts(cell.inline, ctx.outline.text)) addStandup(ctx, who, q, a, row.span.line, date);
    });
  }
}
