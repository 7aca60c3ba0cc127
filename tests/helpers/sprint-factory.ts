/** Hand-built models for tests of code that consumes a Sprint (metrics, views), independent of the builder. */
import type { Estimate, Metadata, Sprint, Task, Unit } from '../../src/model/schema.js';

/** An estimate of `value` in `unit`, as the builder would store it. */
export function est(value: number, unit: Unit = 'points'): Estimate {
  return { value, unit, raw: `${value} ${unit}`, min: value, max: value };
}

/** A task with sensible defaults; `key` defaults to the id or `L<line>`. */
export function task(fields: Partial<Task> & { line?: number }): Task {
  const { line = 1, ...rest } = fields;
  const id = rest.id ?? null;
  return {
    key: rest.key ?? id ?? `L${line}`,
    id,
    title: `Task ${id ?? line}`,
    status: 'todo',
    statusRaw: null,
    statusFrom: 'written',
    estimate: null,
    assignee: null,
    priority: null,
    dependsOn: [],
    blockedBy: null,
    parent: null,
    children: [],
    checklist: [],
    headingPath: [],
    section: rest.headingPath?.at(-1) ?? null,
    span: { start: 0, end: 0, line, column: 1 },
    occurrences: [],
    completedOn: null,
    optional: false,
    sprint: 0,
    labels: [],
    ...rest,
  };
}

/** A document holding `tasks`, with metadata overrides. */
export function sprint(tasks: Task[], metadata: Partial<Metadata> = {}, file = 'SPRINT.md'): Sprint {
  return {
    schemaVersion: 1,
    file,
    metadata: {
      title: null,
      goal: null,
      start: null,
      end: null,
      asOf: null,
      capacity: null,
      declaredTotal: null,
      unit: null,
      status: null,
      declaredCount: null,
      fields: {},
      ...metadata,
    },
    sections: [],
    tasks,
    sprints: [
      {
        code: null,
        title: metadata.title ?? '',
        line: 1,
        start: metadata.start ?? null,
        end: metadata.end ?? null,
        goal: null,
        status: null,
        declaredTotal: null,
        source: 'document',
        range: null,
      },
    ],
    checklist: [],
    standups: [],
    tables: [],
    fragments: [],
    generatedBlocks: [],
    progressAt: null,
    snapshots: [],
    legend: [],
    lanes: [],
    checkboxes: { ' ': 'todo', x: 'done', X: 'done' },
    diagnostics: [],
  };
}

/** Links `children` under `parent` both ways (children and parent keys), returning all of them. */
export function family(parent: Task, ...children: Task[]): Task[] {
  parent.children = children.map((c) => c.key);
  for (const c of children) c.parent = parent.key;
  return [parent, ...children];
}
