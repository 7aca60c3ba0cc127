/** The per-section table of `status`: tasks done and effort done under each heading. */
import Table from 'cli-table3';
import type { EffortTotals, SectionProgress } from '../metrics/progress.js';
import { effortFraction } from './numbers.js';
import type { Painter } from './painter.js';
import { textLength, truncate } from './text-width.js';

/** Widest the section-name column may get, padding included, so the table fits 80 columns. */
const MAX_SECTION_WIDTH = 44;
/** Nested sections (the second reported heading level) are indented this much under their parent. */
const INDENT = '  ';

/**
 * The sections as a cli-table3 table. cli-table3 is told to use no colors of its own
 * (`style.head`/`style.border` empty): the painter alone colors, so plain output has no escapes.
 */
export function renderSectionTable(sections: readonly SectionProgress[], effort: EffortTotals | null, painter: Painter): string {
  const top = Math.min(...sections.map((s) => s.path.length));
  const names = sections.map((s) => INDENT.repeat(Math.max(0, s.path.length - top)) + s.title);
  const nameWidth = Math.min(MAX_SECTION_WIDTH, Math.max(textLength('Section'), ...names.map(textLength)) + 2);
  const head = [painter.bold('Section'), painter.bold('Tasks')];
  if (effort) head.push(painter.bold(`Effort (${effort.unit})`));
  const table = new Table({
    head,
    colWidths: [nameWidth, ...head.slice(1).map(() => null)],
    colAligns: ['left', ...head.slice(1).map(() => 'right' as const)],
    style: { head: [], border: [], compact: true },
  });
  sections.forEach((s, i) => {
    const active = s.tasks.total - s.tasks.cancelled;
    const tasks = `${s.tasks.done}/${active}`;
    const row = [truncate(names[i]!, nameWidth - 2), s.tasks.done === active && active > 0 ? painter.green(tasks) : tasks];
    if (effort) row.push(s.effort ? effortFraction(s.effort) : painter.dim('—'));
    table.push(row);
  });
  return table.toString();
}
