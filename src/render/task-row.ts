/** A task together with the document it belongs to: what `list` filters, prints and serializes. */
import type { Sprint, Task } from '../model/schema.js';

/** One task of one document (several documents' tasks are listed together). */
export interface TaskRow {
  sprint: Sprint;
  task: Task;
}
