/** One colored mark per task state, shared by the status and list views. */
import type { Status } from '../model/schema.js';
import type { Painter } from './painter.js';

const SYMBOLS: Record<Status, string> = {
  done: '✔',
  in_progress: '◐',
  todo: '○',
  blocked: '✖',
  cancelled: '⊘',
};

/** The painted mark for a task state (✔ done, ◐ in progress, ○ todo, ✖ blocked, ⊘ cancelled). */
export function statusSymbol(status: Status, painter: Painter): string {
  const s = SYMBOLS[status];
  switch (status) {
    case 'done':
      return painter.green(s);
    case 'in_progress':
      return painter.yellow(s);
    case 'blocked':
      return painter.red(s);
    case 'cancelled':
      return painter.dim(s);
    default:
      return s;
  }
}

/** The words users type and read for a state ("in progress"). */
export function statusLabel(status: Status): string {
  return status === 'in_progress' ? 'in progress' : status;
}
