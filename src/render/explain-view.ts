/**
 * `sprint explain FILE`: the document as the reader understood it, section by section, with the
 * line of each thing: what each heading is (sprint, day, bucket, work item, plain), what each
 * table was taken for (tasks with its column roles, a sprint table, a table set aside and as what),
 * how many work items, checklist boxes and standup entries each section gave, and every
 * diagnostic where it stands. It is how a user finds out why a number is what it is, and where a
 * `<!-- sprint: tasks -->` or `<!-- sprint: ignore -->` directive would change it.
 */
import type { Diagnostic, Section, Sprint, Table } from '../model/schema.js';
import type { Painter } from './painter.js';
import { truncate } from './text-width.js';

/** One thing to say about the document, at a line. */
interface Entry {
  line: number;
  depth: number;
  text: string;
}

/** The explanation of one document. */
export function renderExplain(sprint: Sprint, painter: Painter): string {
  const entries: Entry[] = [];
  const depthAt = (line: number) => {
    const s = sectionAt(sprint.sections, line);
    return s ? s.depth : 0;
  };
  for (const s of sprint.sections)
    entries.push({ line: s.span.line, depth: s.depth - 1, text: `${'#'.repeat(s.depth)} ${s.title}  ${painter.dim(sectionRole(s, sprint))}` });
  for (const t of sprint.tables) entries.push({ line: t.line, depth: depthAt(t.line), text: tableReading(t) });
  for (const [kinds, how] of [
    [['list-item', 'heading'], 'list items and headings'],
    [['mention'], 'named in standup answers; no place to write a status'],
  ] as const) {
    const lines = sprint.tasks.flatMap((t) =>
      t.occurrences.filter((o) => (kinds as readonly string[]).includes(o.kind)).map((o) => blockLine(sprint, o.span.line)),
    );
    for (const [line, n] of countBy(lines)) entries.push({ line, depth: depthAt(line), text: `${n} work ${n === 1 ? 'item' : 'items'} (${how})` });
  }
  const boxes = [...sprint.tasks.flatMap((t) => t.checklist.map((c) => c.line)), ...sprint.checklist.map((c) => c.line)];
  for (const [line, n] of countBy(boxes.map((l) => blockLine(sprint, l))))
    entries.push({ line, depth: depthAt(line), text: `${n} checklist ${n === 1 ? 'box' : 'boxes'}` });
  for (const [line, n] of countBy(sprint.standups.map((s) => blockLine(sprint, s.line))))
    entries.push({ line, depth: depthAt(line), text: `${n} standup ${n === 1 ? 'entry' : 'entries'}` });
  for (const d of sprint.diagnostics) entries.push({ line: d.line, depth: depthAt(d.line), text: diagnosticText(d, painter) });
  entries.sort((a, b) => a.line - b.line);
  const head = [
    painter.bold(sprint.file),
    `${sprint.tasks.filter((t) => t.children.length === 0).length} work items counted (${sprint.tasks.length} with their parents) in ${sprint.sprints.length} ${sprint.sprints.length === 1 ? 'sprint' : 'sprints'}`,
    ...statedScope(sprint),
    '',
  ];
  const body = entries.map((e) => `${painter.dim(`${String(e.line).padStart(5)}`)}  ${'  '.repeat(Math.max(0, e.depth))}${e.text}`);
  return `${[...head, ...body].join('\n')}\n`;
}

/** The scope the document states beyond what it lists (a declared count or total), when it states one. */
function statedScope(sprint: Sprint): string[] {
  const out: string[] = [];
  const count = sprint.metadata.declaredCount;
  if (count?.total != null) out.push(`${count.total} work items`);
  const total = sprint.metadata.declaredTotal;
  if (total && total.unit !== 'tasks') out.push(`${total.value} ${total.unit}`);
  return out.length > 0 ? [`scope the document states: ${out.join(', ')} (counted where more than what it lists)`] : [];
}

/** What a heading was read as. */
function sectionRole(s: Section, sprint: Sprint): string {
  const sprintIndex = sprint.sprints.findIndex((p) => p.range?.start === s.span.start && p.source === 'heading');
  if (sprintIndex >= 0 && sprint.sprints.length > 1) return `sprint ${sprintIndex + 1} of ${sprint.sprints.length}`;
  switch (s.role) {
    case 'bucket':
      return `status bucket: items under it without a status are ${s.status ?? 'todo'}`;
    case 'day':
      return s.date ? `day section (${s.date})` : 'day section';
    case 'task':
      return 'work item';
    case 'standup':
      return 'standup';
    default:
      return s.estimate ? `section (estimate ${s.estimate.raw})` : 'section';
  }
}

/** What a table was taken for, with its column roles when it holds tasks. */
function tableReading(t: Table): string {
  const header = truncate(t.header.join(' | '), 50);
  if (t.kind === 'tasks') {
    const roles = Object.entries(t.columns)
      .sort((a, b) => a[1] - b[1])
      .map(([role, i]) => `${role}=${t.header[i] ?? i}`)
      .join(', ');
    return `table [${header}]: ${t.rows.length} task rows (columns ${roles})`;
  }
  if (t.kind === 'ignored') return `table [${header}]: set aside by <!-- sprint: ignore -->`;
  if (t.kind === 'checklist') return `table [${header}]: ${t.rows.length} rows of the sprint's checklist (a sprint-level checklist heading above it)`;
  if (t.kind === 'action-items') return `table [${header}]: a meeting's action items (follow-ups), not tasks`;
  if (t.kind === 'people') return `table [${header}]: the team (a Capacity column), not tasks`;
  if (t.kind === 'other')
    return `table [${header}]: set aside (no title with a status or estimate column); <!-- sprint: tasks --> before it reads its rows as tasks`;
  return `table [${header}]: read as a ${t.kind} table, not tasks`;
}

function diagnosticText(d: Diagnostic, painter: Painter): string {
  const mark = d.severity === 'error' ? painter.red('error') : d.severity === 'warning' ? painter.yellow('warning') : painter.dim('note');
  return `${mark} ${d.code}: ${d.message}`;
}

/** The innermost section holding a line. */
function sectionAt(sections: readonly Section[], line: number): Section | undefined {
  let found: Section | undefined;
  for (const s of sections) if (s.span.line <= line) found = s;
  return found;
}

/** The line of the heading above a line (items are counted per section, shown at its first item). */
function blockLine(sprint: Sprint, line: number): number {
  const s = sectionAt(sprint.sections, line);
  return s ? s.span.line : 1;
}

function countBy(lines: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const l of lines) out.set(l, (out.get(l) ?? 0) + 1);
  return out;
}

/** One line for `status`: what was set aside or not understood, and how to see more; null when nothing was. */
export function notUnderstoodLine(sprint: Sprint): string | null {
  const setAside = sprint.tables.filter((t) => t.kind === 'other').length;
  const unknown = sprint.diagnostics.filter((d) => d.severity !== 'info' || d.code === 'unknown-estimate').length;
  const parts: string[] = [];
  if (setAside > 0) parts.push(`${setAside} ${setAside === 1 ? 'table' : 'tables'} set aside`);
  if (unknown > 0) parts.push(`${unknown} ${unknown === 1 ? 'thing' : 'things'} not understood`);
  if (parts.length === 0) return null;
  return `${sprint.file}: ${parts.join(', ')}; \`sprint explain ${sprint.file}\` shows how each part was read`;
}
