/**
 * Inline fields of checklist items: the Obsidian Tasks emoji (`📅 2025-01-10` due, `✅ 2025-01-09`
 * done on, `🔼` medium priority, `🆔 abc`, `⛔ abc` depends on, …) and Dataview's `[due:: …]`
 * style keys. Data only; parse/recognize/task-fields.ts reads them.
 */

/** What an inline field says about its item. */
export type TaskFieldName = 'due' | 'scheduled' | 'start' | 'created' | 'done' | 'cancelled' | 'id' | 'dependsOn' | 'recurrence' | 'priority';

/** Obsidian Tasks emoji that take a value, and what the value is. Date fields count only with a date after them. */
export const TASK_FIELD_EMOJI: ReadonlyArray<{ symbol: string; field: TaskFieldName; value: 'date' | 'text' }> = [
  { symbol: '📅', field: 'due', value: 'date' },
  { symbol: '🗓', field: 'due', value: 'date' },
  { symbol: '⏳', field: 'scheduled', value: 'date' },
  { symbol: '⌛', field: 'scheduled', value: 'date' },
  { symbol: '🛫', field: 'start', value: 'date' },
  { symbol: '➕', field: 'created', value: 'date' },
  { symbol: '✅', field: 'done', value: 'date' },
  { symbol: '❌', field: 'cancelled', value: 'date' },
  { symbol: '🆔', field: 'id', value: 'text' },
  { symbol: '⛔', field: 'dependsOn', value: 'text' },
  { symbol: '🔁', field: 'recurrence', value: 'text' },
];

/** Obsidian Tasks priority emoji, highest first. */
export const TASK_PRIORITY_EMOJI: Readonly<Record<string, string>> = { '🔺': 'highest', '⏫': 'high', '🔼': 'medium', '🔽': 'low', '⏬': 'lowest' };

/** Dataview inline-field keys (`[due:: 2025-01-10]`) and the field each is. */
export const DATAVIEW_KEYS: Readonly<Record<string, TaskFieldName>> = {
  due: 'due',
  scheduled: 'scheduled',
  start: 'start',
  created: 'created',
  completion: 'done',
  completed: 'done',
  cancelled: 'cancelled',
  id: 'id',
  dependson: 'dependsOn',
  repeat: 'recurrence',
  priority: 'priority',
};
