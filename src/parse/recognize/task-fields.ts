/**
 * Reads the inline fields at the end of a checklist item (Obsidian Tasks emoji and Dataview
 * `[key:: value]`) and returns the title without them. A date field counts only when a date
 * follows its emoji (`✅ 2025-01-09`), so a status `⏳` or `✅` elsewhere keeps its meaning.
 */
import { DATAVIEW_KEYS, TASK_FIELD_EMOJI, TASK_PRIORITY_EMOJI, type TaskFieldName } from '../vocab/task-fields.js';

/** The fields found and the title that remains. */
export interface TaskFields {
  title: string;
  values: Partial<Record<TaskFieldName, string>>;
}

const ISO = /^\d{4}-\d{2}-\d{2}/;

/** The item's inline fields; null when it has none. */
export function readTaskFields(text: string): TaskFields | null {
  const values: Partial<Record<TaskFieldName, string>> = {};
  let title = text.replace(/\[([A-Za-z]+)::\s*([^\]]*)\]/g, (whole, key: string, value: string) => {
    const field = DATAVIEW_KEYS[key.toLowerCase()];
    if (!field) return whole;
    values[field] ??= value.trim();
    return ' ';
  });
  // Emoji fields: each runs from its emoji to the next field emoji (or the end).
  const symbols = [...TASK_FIELD_EMOJI.map((f) => f.symbol), ...Object.keys(TASK_PRIORITY_EMOJI)];
  let cut = title.length;
  for (const f of TASK_FIELD_EMOJI) {
    let at = title.indexOf(f.symbol);
    while (at >= 0) {
      const rest = title.slice(at + f.symbol.length).replace(/^\ufe0f?\s*/, '');
      const end = nextSymbol(rest, symbols);
      const value = rest.slice(0, end).trim();
      if (f.value === 'text' ? value !== '' : ISO.test(value)) {
        values[f.field] ??= f.value === 'date' ? value.slice(0, 10) : value;
        cut = Math.min(cut, at);
      }
      at = title.indexOf(f.symbol, at + 1);
    }
  }
  for (const [symbol, priority] of Object.entries(TASK_PRIORITY_EMOJI)) {
    const at = title.indexOf(symbol);
    if (at >= 0 && (Object.keys(values).length > 0 || at >= title.trimEnd().length - 2)) {
      values.priority ??= priority;
      cut = Math.min(cut, at);
    }
  }
  if (Object.keys(values).length === 0) return null;
  title = title.slice(0, cut).replace(/\s+/g, ' ').trim();
  return { title, values };
}

function nextSymbol(text: string, symbols: readonly string[]): number {
  let best = text.length;
  for (const s of symbols) {
    const i = text.indexOf(s);
    if (i >= 0 && i < best) best = i;
  }
  return best;
}

/** Where an item's done date is written: [start, end) in the raw line, the space before it included. */
export interface DoneDateSpan {
  start: number;
  end: number;
  /** The field as written without the date ("✅ ", "[completion:: ]"), so a new one can be written the same way. */
  form: string;
}

const DONE_EMOJI = TASK_FIELD_EMOJI.filter((f) => f.field === 'done').map((f) => f.symbol);
const DONE_KEYS = Object.entries(DATAVIEW_KEYS)
  .filter(([, field]) => field === 'done')
  .map(([key]) => key);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DONE_FIELD = new RegExp(
  `[ \\t]*(?:(${DONE_EMOJI.map(escapeRe).join('|')})\\ufe0f?[ \\t]*\\d{4}-\\d{2}-\\d{2}|\\[(${DONE_KEYS.join('|')})::[ \\t]*\\d{4}-\\d{2}-\\d{2}[^\\]]*\\])`,
  'iu',
);

/** The done-date field of a checklist item's raw first line (`✅ 2025-01-09`, `[completion:: 2025-01-09]`), or null. */
export function findDoneDate(line: string): DoneDateSpan | null {
  const m = DONE_FIELD.exec(line);
  if (!m) return null;
  const form = m[1] !== undefined ? `${m[1]} ` : `[${m[2]}:: ]`;
  return { start: m.index, end: m.index + m[0].length, form };
}

/**
 * Where a new field goes on a checklist item's raw first line: after its text, before trailing
 * spaces and before an Obsidian block ID (`^abc123`), which must stay last.
 */
export function fieldInsertAt(line: string): number {
  const m = /(?:[ \t]+\^[A-Za-z0-9-]+)?[ \t]*$/.exec(line);
  return m ? m.index : line.length;
}
