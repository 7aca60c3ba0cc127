/**
 * Standup lines: which question a label asks ("Yesterday?", "**Blockers:**") and filing an answer
 * under its day and person. Where standup lines are found is decided by the other readers.
 */
import { isBlankish } from '../parse/recognize/text.js';
import { fieldOfLabel } from './fields.js';
import { currentDate, standupDateFrame, type StandupField, type WalkContext } from './walk-context.js';

/** The standup question a label asks, or null for any other label. */
export function standupFieldOf(ctx: WalkContext, label: string): StandupField | null {
  const f = fieldOf(ctx, label);
  return f === 'yesterday' || f === 'today' || f === 'blockers' ? f : null;
}

/** A heading or label that is one of the standup questions. */
export function isStandupQuestion(ctx: WalkContext, title: string): boolean {
  return standupFieldOf(ctx, title) !== null;
}

function fieldOf(ctx: WalkContext, label: string) {
  return fieldOfLabel(label.replace(/[:：]+\s*$/, ''), ctx.vocab);
}

/**
 * Files one answer (its visible text) under the current day's (or section's) standup entry for
 * the person; `date` overrides the day (a standup table's Date column).
 */
export function addStandup(ctx: WalkContext, person: string | null, field: StandupField, text: string, line: number, date?: string | null): void {
  const frame = standupDateFrame(ctx);
  const label = frame?.info.title ?? ctx.stack[ctx.stack.length - 1]?.info.title ?? '';
  const day = date ?? frame?.date ?? currentDate(ctx);
  let entry = ctx.out.standups.find((s) => s.label === label && s.person === person && s.date === day);
  if (!entry) {
    entry = { date: day, label, person, yesterday: [], today: [], blockers: [], line };
    ctx.out.standups.push(entry);
  }
  if (text && !isBlankish(text, ctx.vocab.placeholders)) {
    entry[field].push(text);
    ctx.out.answers.push({ field, text, line, date: day, entry });
  }
}
