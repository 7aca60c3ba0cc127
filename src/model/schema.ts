/**
 * The model, defined once: every type the rest of the program uses is `z.infer` of a schema here,
 * and `export --json` validates against the same schemas before printing. Offsets are UTF-16
 * indexes into the document text as read (BOM included); lines and columns are 1-based.
 */
import { z } from 'zod';
import { GENERATED_BLOCK_NAMES } from '../parse/generated-markers.js';
import { STATUS_NAMES } from '../parse/vocab/status-name.js';

/** The five states of a work item. */
export const StatusSchema = z.enum(STATUS_NAMES);

/** Effort units: everything else (minutes, weeks, "jours", "SP") is converted into one of these. */
export const UnitSchema = z.enum(['hours', 'points', 'days']);

/** An exact place in the source. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});

/** An estimate: value in `unit` (a range keeps its bounds, value is the midpoint). */
export const EstimateSchema = z.object({
  value: z.number().nonnegative(),
  unit: UnitSchema,
  raw: z.string(),
  min: z.number().nonnegative(),
  max: z.number().nonnegative(),
});

/** One acceptance-criteria checkbox of a task. */
export const ChecklistItemSchema = z.object({
  text: z.string(),
  done: z.boolean(),
  line: z.number().int().positive(),
  /** Offset of the character inside `[ ]`. */
  markerOffset: z.number().int().nonnegative(),
});

/** Where a status is written, so that it can be rewritten in place. */
const RangeSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/** Where a status's emoji and words sit in the document (either may be absent), as the reader found them. */
export const StatusPartsSchema = z.object({
  emoji: RangeSchema.nullable(),
  words: RangeSchema.nullable(),
  /** What the emoji and words say together, as the reader read them (the document's legend applied); absent on parts a writer builds. */
  status: StatusSchema.nullable().optional(),
});

/** A status marker on a heading or list item line: which part of the line ('lead', 'trail', 'paren', 'dash', 'caps') and its parts. */
export const MarkerSiteSchema = z.object({ slot: z.enum(['lead', 'trail', 'paren', 'dash', 'caps']), parts: StatusPartsSchema });

/** Where a task writes its status: a cell, a checkbox, a marker on its line, a field value, or (kanban) the card itself. */
export const StatusSiteSchema = z.object({
  /** `lane`: a kanban card, whose status is the lane it sits in; the span is the card (a cell's content, or the item's whole line). */
  kind: z.enum(['cell', 'checkbox', 'marker', 'field', 'lane']),
  /** The exact span holding the status text (a cell's content, the `x` of `[x]`, a `**Status:**` value). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  raw: z.string(),
  /** Cells and fields: where the status's emoji and words sit in the content (null parts when it holds no status yet). */
  parts: StatusPartsSchema.optional(),
});

/** One place a task is written: a table row, a list item or a heading, with its own status. */
export const OccurrenceSchema = z.object({
  /** `mention`: a work item a standup log names in an answer (reader/standup-work.ts); it gives a status, never a place to write one. */
  kind: z.enum(['table-row', 'list-item', 'heading', 'mention']),
  span: SpanSchema,
  status: StatusSchema.nullable(),
  /** The status as the reader read it, in visible text (markup already read by the parser), or null. */
  statusRaw: z.string().nullable(),
  site: StatusSiteSchema.nullable(),
  /** Index into `Sprint.tables` for table rows. */
  table: z.number().int().nullable(),
  /** Date of the day section the occurrence sits in, when known. */
  date: z.string().nullable(),
  title: z.string(),
  estimate: EstimateSchema.nullable(),
  /** A later board says the task only goes on ("(continued)", no estimate of its own). */
  continued: z.boolean(),
  /**
   * Checklist items only: where the item writes its done date (`✅ 2025-01-09`, the space before
   * it included, and the form to write a new one in) and where a new field would go. Write-back
   * adds or removes the date with the status.
   */
  doneDate: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), form: z.string() }).nullable().optional(),
  fieldsAt: z.number().int().nonnegative().nullable().optional(),
  /** Headings and list items with a status: the status markers on the occurrence's own line, located exactly. */
  markers: z.array(MarkerSiteSchema).optional(),
  /** Headings and list items: where a status marker would go at the end of the line's text (for an item that writes none yet). */
  markerAt: z.number().int().nonnegative().optional(),
});

/** A work item: task, story, subtask, phase, checklist item. */
export const TaskSchema = z.object({
  /** Unique within the document: the ID's merge key, or `L<line>` for items without an ID. */
  key: z.string(),
  id: z.string().nullable(),
  title: z.string(),
  status: StatusSchema,
  /** The status as written (the latest occurrence's text), or null when inferred. */
  statusRaw: z.string().nullable(),
  /** How the status was decided. */
  statusFrom: z.enum(['written', 'section', 'children', 'default', 'blocked-by']),
  estimate: EstimateSchema.nullable(),
  assignee: z.string().nullable(),
  priority: z.string().nullable(),
  dependsOn: z.array(z.string()),
  blockedBy: z.string().nullable(),
  parent: z.string().nullable(),
  children: z.array(z.string()),
  checklist: z.array(ChecklistItemSchema),
  headingPath: z.array(z.string()),
  section: z.string().nullable(),
  span: SpanSchema,
  occurrences: z.array(OccurrenceSchema),
  completedOn: z.string().nullable(),
  optional: z.boolean(),
  /** Index into `Sprint.sprints` of the sprint this item belongs to (null: outside every sprint). */
  sprint: z.number().int().nonnegative().nullable(),
  /** Bracketed labels after the ID (Spec Kit's `[P]` parallel marker and `[US1]` story label). */
  labels: z.array(z.string()),
});

/** A heading-delimited part of the document, with what it says about itself. */
export const SectionSchema = z.object({
  title: z.string(),
  depth: z.number().int(),
  path: z.array(z.string()),
  span: SpanSchema,
  /** End offset of the section's content (up to the next heading of the same or higher level). */
  end: z.number().int(),
  status: StatusSchema.nullable(),
  role: z.enum(['plain', 'bucket', 'day', 'task', 'standup']),
  date: z.string().nullable(),
  /** An estimate the section gives for the work it lists ("**Estimated Time:** 1-2 days" under "### Day 11"). */
  estimate: EstimateSchema.nullable(),
  /** A bucket heading's leading status emoji ("## ✅ Completed"), located: how the document writes that state. */
  mark: RangeSchema.nullable().optional(),
});

/** One person's (or the team's) entry in a daily standup. */
export const StandupSchema = z.object({
  date: z.string().nullable(),
  label: z.string(),
  person: z.string().nullable(),
  yesterday: z.array(z.string()),
  today: z.array(z.string()),
  blockers: z.array(z.string()),
  line: z.number().int().positive(),
});

/** Tables that are not task tables, kept apart: goals, metrics, risks, gates, burn-down logs… */
export const TableSchema = z.object({
  kind: z.string(),
  section: z.string().nullable(),
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  line: z.number().int().positive(),
  /** Column role → column index (title, id, status, estimate, …), as the reader mapped the header. */
  columns: z.record(z.string(), z.number().int().nonnegative()),
  /** Every body row's line and the content span of each of its cells, so writers never re-split rows. */
  cells: z.array(z.object({ line: z.number().int().positive(), spans: z.array(z.tuple([z.number().int(), z.number().int()])) })),
  /** Where a new row goes: the end of the table's last line. */
  end: z.number().int().nonnegative().optional(),
});

/**
 * A lane of a kanban board: a column of a table whose columns are statuses, or a `##` lane of an
 * Obsidian Kanban board. Its cards have its status; `done` moves a card into the done lane.
 */
export const LaneSchema = z.object({
  title: z.string(),
  status: StatusSchema,
  line: z.number().int().positive(),
  /** A table's lane: the table (index into `Sprint.tables`) and the column. */
  table: z.number().int().nullable(),
  column: z.number().int().nullable(),
  /** A board's lane: where a card moved into it is inserted (after its last card, else after its heading). */
  insertAt: z.number().int().nonnegative().nullable(),
});

/**
 * One number (or bar, or status mark) inside a derived fragment, located exactly: the span is what
 * `sync` replaces, and `raw` is what must still be there (and whose format the new value keeps).
 */
export const FragmentValueSchema = z.object({
  role: z.enum(['percent', 'done', 'total', 'amount', 'unit', 'bar', 'bar-percent', 'status-mark']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  raw: z.string(),
  /** A status mark's status as the reader read it. */
  status: StatusSchema.nullable().optional(),
});

/** A number the document derives from its tasks (a rollup), located exactly so `sync` can rewrite it. */
export const FragmentSchema = z.object({
  kind: z.enum([
    'completion-line',
    'progress-bar',
    'heading-rollup',
    'count-line',
    'status-count',
    'remaining-line',
    'completed-line',
    'days-left',
    'days-elapsed',
    'required-velocity',
    'generated-block',
  ]),
  span: SpanSchema,
  raw: z.string(),
  /** Section the numbers are computed over (null: whole document). */
  scope: z.string().nullable(),
  /** For day-scoped lines: the cumulative date the numbers stand for. */
  asOf: z.string().nullable(),
  note: z.string().nullable(),
  /** The located numbers, in text order (rollup fragments; absent for generated blocks). */
  values: z.array(FragmentValueSchema).optional(),
  /** The unit word as written after the numbers ("hours", "h", "задачи", "stories"), or null. */
  unit: z.string().nullable().optional(),
  /** For a count of one state ("⏳ Запланировано: 22 задачи", "Completed: 14 hours"): that state. */
  status: StatusSchema.nullable().optional(),
  /** For a heading rollup: the offsets of the section the numbers are computed over. */
  range: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).nullable().optional(),
});

/** A dated measurement of progress the document records itself (day sections, burn-down tables, logs). */
export const SnapshotSchema = z.object({
  date: z.string().nullable(),
  label: z.string(),
  done: z.number().nullable(),
  remaining: z.number().nullable(),
  total: z.number().nullable(),
  unit: z.union([UnitSchema, z.literal('tasks')]),
  source: z.enum(['day-section', 'burndown-table', 'code-log', 'completion-date']),
  line: z.number().int().positive(),
});

/** One entry of the document's own legend ("- 🟢 In Review"): what an emoji means in this document. */
export const LegendEntrySchema = z.object({
  /** The emoji as read (mojibake repaired, no variation selector). */
  symbol: z.string(),
  status: StatusSchema,
  /** The entry's text as written, list marker removed ("🟢 In Review", "✅ = Met"). */
  raw: z.string(),
  /**
   * The entry's visible text split as written: the symbol (variation selector kept), the separator
   * after it and the words of its first meaning ("🟡", " = ", "In Progress"); writers copy the
   * document's own way of writing a state from it. Null where the symbol is not an emoji as written.
   */
  parts: z.object({ symbol: z.string(), separator: z.string(), words: z.string() }).nullable(),
  line: z.number().int().positive(),
});

/** Sprint-level facts from metadata lines and front matter. */
export const MetadataSchema = z.object({
  title: z.string().nullable(),
  goal: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  asOf: z.string().nullable(),
  capacity: z.object({ value: z.number(), unit: UnitSchema }).nullable(),
  /** The effort the document says it has in scope ("Total points: 40"), and the done part when it states one ("Story points: 12 / 39"). */
  declaredTotal: z.object({ value: z.number(), unit: z.union([UnitSchema, z.literal('tasks')]), done: z.number().nullable().optional() }).nullable(),
  unit: UnitSchema.nullable(),
  status: StatusSchema.nullable(),
  /** How many work items the document says it has and has done ("total_plans: 5", "Completed tasks: 1"), when it says so. */
  declaredCount: z.object({ total: z.number().int().nonnegative().nullable(), done: z.number().int().nonnegative().nullable() }).nullable(),
  fields: z.record(z.string(), z.string()),
});

/** Something in the document that could not be understood, or looks wrong. */
export const DiagnosticSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  message: z.string(),
});

/**
 * One sprint the document covers: a section whose heading names a sprint, a row of a table of
 * sprints, a list item naming a sprint and its goal, a group of rows sharing a Sprint column value,
 * or, for a document that names no two sprints, the document itself.
 */
export const SprintPartSchema = z.object({
  /** The sprint's code ("3", "5A"): its identity within the document; null for the whole document. */
  code: z.string().nullable(),
  title: z.string(),
  line: z.number().int().positive(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  goal: z.string().nullable(),
  /** The status the document writes for the sprint itself (heading marker, row cell), or null. */
  status: StatusSchema.nullable(),
  /** Scope the document declares for the sprint ("Total Points: 40" in its section), or null. */
  declaredTotal: z.object({ value: z.number(), unit: z.union([UnitSchema, z.literal('tasks')]) }).nullable(),
  source: z.enum(['document', 'heading', 'table-row', 'list-item', 'column']),
  /** Source offsets of the sprint's section (heading sprints and the document), null for a row or a list item. */
  range: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).nullable(),
});

/** A marker line of a generated block: its exact offsets (line ending excluded) and 1-based line. */
const MarkerLineSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), line: z.number().int().positive() });

/** A generated block the user placed (`<!-- sprint:burndown -->` … `<!-- /sprint:burndown -->`): `sync` rewrites what lies between. */
export const GeneratedBlockSchema = z.object({ name: z.enum(GENERATED_BLOCK_NAMES), open: MarkerLineSchema, close: MarkerLineSchema.nullable() });

/** A whole document read into the model. */
export const SprintSchema = z.object({
  schemaVersion: z.literal(1),
  file: z.string(),
  metadata: MetadataSchema,
  sections: z.array(SectionSchema),
  tasks: z.array(TaskSchema),
  /** The sprints the document covers, in document order; exactly one for a single-sprint document. */
  sprints: z.array(SprintPartSchema),
  /** Checkboxes of the sprint as a whole (review checklist, DoD, sign-off), not of one work item. */
  checklist: z.array(ChecklistItemSchema),
  standups: z.array(StandupSchema),
  tables: z.array(TableSchema),
  fragments: z.array(FragmentSchema),
  snapshots: z.array(SnapshotSchema),
  legend: z.array(LegendEntrySchema),
  /** Kanban lanes, in document order (empty for a document that is not a board). */
  lanes: z.array(LaneSchema),
  /** What each checkbox character means here (common meanings, the format's, the legend's); write-back reads and writes boxes by it. */
  checkboxes: z.record(z.string(), StatusSchema),
  /** The generated-block marker pairs, in document order. */
  generatedBlocks: z.array(GeneratedBlockSchema),
  /**
   * Where the document states its overall progress (the start of its first completion line or
   * progress bar outside day sections), or null: `sync --insert` puts a new block after that section.
   */
  progressAt: z.number().int().nonnegative().nullable(),
  diagnostics: z.array(DiagnosticSchema),
});

/** The model's types, inferred from the schemas above so there is one definition. */
export type Status = z.infer<typeof StatusSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type Span = z.infer<typeof SpanSchema>;
export type Estimate = z.infer<typeof EstimateSchema>;
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;
export type StatusSite = z.infer<typeof StatusSiteSchema>;
export type Occurrence = z.infer<typeof OccurrenceSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Standup = z.infer<typeof StandupSchema>;
export type Table = z.infer<typeof TableSchema>;
export type Fragment = z.infer<typeof FragmentSchema>;
export type FragmentValue = z.infer<typeof FragmentValueSchema>;
export type Snapshot = z.infer<typeof SnapshotSchema>;
export type Metadata = z.infer<typeof MetadataSchema>;
export type LegendEntry = z.infer<typeof LegendEntrySchema>;
export type Lane = z.infer<typeof LaneSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type GeneratedBlock = z.infer<typeof GeneratedBlockSchema>;
export type Sprint = z.infer<typeof SprintSchema>;
export type SprintPart = z.infer<typeof SprintPartSchema>;
