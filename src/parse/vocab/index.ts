/**
 * The vocabulary bundle every recognizer takes: the default tables of this folder, optionally
 * extended by a project's configuration (`extendVocabulary`). Passing it explicitly keeps the
 * recognizers pure and lets one process read documents with different settings.
 */
import {
  FIELD_LABELS,
  HEADER_LEAD_WORDS,
  HEADER_TRAIL_WORDS,
  HEADER_WORD_STEMS,
  QUALIFIED_DATE_FIELDS,
  STANDUP_QUESTION_WORDS,
  TASK_LEVEL_TITLES,
  ROW_NUMBER_HEADERS,
  type FieldName,
} from './fields.js';
import { DEFAULT_DATE_VOCAB, type DateVocab } from './months.js';
import {
  BLOCKER_SECTION_WORDS,
  COUNT_ITEM_NOUNS,
  COUNT_WORDS,
  LIST_CONJUNCTIONS,
  DISJUNCTIONS,
  WORK_ITEM_NOUNS,
  BUCKET_NOUNS,
  CONTINUATION_WORDS,
  NO_BLOCKER_WORDS,
  STANDUP_WORDS,
  CRITERIA_LABELS,
  DAY_ABBREVIATIONS,
  DAY_WORDS,
  ID_PREFIX_WORDS,
  ID_GENERIC_PREFIX_WORDS,
  LEGEND_LABELS,
  MILESTONE_WORDS,
  NOTE_SECTION_WORDS,
  DEFINITION_LABELS,
  TARGET_SECTION_WORDS,
  OVERVIEW_WORDS,
  NON_TASK_TABLE_HEADERS,
  PLACEHOLDERS,
  SPRINT_CHECKLIST_LABELS,
  SUMMARY_SECTION_WORDS,
  SPRINT_ORDINAL,
  SPRINT_WORDS,
  SUMMARY_ROW_WORDS,
  TARGET_HEADERS,
  WEEK_WORDS,
  TIMELINE_COLUMN_WORDS,
  PERIOD_COLUMN_WORDS,
  VELOCITY_COLUMN_WORDS,
  COMPLETION_LABEL_WORDS,
  ACTUAL_COLUMN_WORDS,
  PLANNED_COLUMN_WORDS,
  METADATA_SECTION_WORDS,
  EXAMPLE_SECTION_WORDS,
  WORK_LIST_LABELS,
  ACTION_ITEM_WORDS,
  OPTIONAL_WORDS,
} from './sections.js';
import { AMBIGUOUS_EMOJI, CHECKBOX_DIALECTS, CHECKBOX_MARKERS, STATUS_EMOJI } from './status-emoji.js';

export { STATUS_SYMBOL, SYMBOL_CHAR, SYMBOL_MODIFIERS } from './status-emoji.js';
import type { StatusName } from './status-name.js';
import { STATUS_WORDS } from './status-words.js';
import { UNIT_WORDS, UNITLESS_ESTIMATE_HEADERS, type UnitName } from './units.js';

/** Every table the recognizers consult, in lookup-friendly form. */
export interface Vocabulary {
  statusPhrases: ReadonlyArray<{ phrase: string; status: StatusName }>;
  statusEmoji: ReadonlyMap<string, { status: StatusName; strength: 'strong' | 'weak' }>;
  ambiguousEmoji: readonly string[];
  checkboxMarkers: Readonly<Record<string, StatusName>>;
  checkboxDialects: typeof CHECKBOX_DIALECTS;
  units: ReadonlyArray<{ word: string; unit: UnitName; factor: number }>;
  fields: ReadonlyArray<{ label: string; field: FieldName }>;
  /** Sentence-shaped standup questions: question words and the day/obstacle words they name. */
  standupQuestions: typeof STANDUP_QUESTION_WORDS;
  /** Date fields whose label may carry a qualifier after its leading words. */
  qualifiedDateFields: readonly FieldName[];
  /** Title headers of the finest level of work (a task under a story). */
  taskLevelTitles: readonly string[];
  /** ID headers that usually number rows ("#"): another ID column wins over them. */
  rowNumberHeaders: readonly string[];
  dayWords: readonly string[];
  /** Day words and their short forms that number a day in a row label ("Day 3", "D1-2", "Día 4"). */
  dayLabelWords: readonly string[];
  weekWords: readonly string[];
  bucketNouns: ReadonlySet<string>;
  criteriaLabels: readonly string[];
  sprintChecklistLabels: readonly string[];
  nonTaskTables: ReadonlyArray<{ header: string; kind: string }>;
  /** Header words that give a column its role when the whole header is not a label (vocab/fields.ts). */
  headerWords: { lead: typeof HEADER_LEAD_WORDS; stems: typeof HEADER_WORD_STEMS; trail: typeof HEADER_TRAIL_WORDS };
  targetHeaders: readonly string[];
  summaryRowWords: readonly string[];
  placeholders: readonly string[];
  legendLabels: readonly string[];
  idPrefixWords: readonly string[];
  /** Prefix words whose number alone is the identity ("Task 2.1" is "2.1"). */
  idGenericPrefixWords: readonly string[];
  sprintWords: readonly string[];
  /**
   * Codes a document itself gives its sprints in a Sprint column ("S1", "S13.1", "SP-4"): a heading
   * or cell that starts with one names that sprint. Empty in the default vocabulary; the reader adds
   * a document's codes to a copy for that document.
   */
  sprintCodes: ReadonlySet<string>;
  milestoneWords: readonly string[];
  noteSectionWords: readonly string[];
  /** Labels of a definition the work is held to (DoD, DoR): ✅ bullets there state it, they tick nothing. */
  definitionLabels: readonly string[];
  /** Headings of what the sprint is measured against (goals, metrics): checkboxes there are its checklist. */
  targetSectionWords: readonly string[];
  /** Heading words over example or template text, which is never work. */
  exampleSectionWords: readonly string[];
  /** Labels that announce a list of work ("Tasks:"). */
  workListLabels: readonly string[];
  /** Headings and labels over a meeting's follow-ups ("Action Items"), which are not work items. */
  actionItemWords: readonly string[];
  /** Words that mark a work item optional in parentheses. */
  optionalWords: readonly string[];
  /** Estimate headers that name no unit: their numbers are points. */
  unitlessEstimateHeaders: readonly string[];
  overviewWords: readonly string[];
  /** Words of log tables and progress labels (vocab/sections.ts): timeline, period, velocity, completion, actual, planned. */
  logWords: {
    timeline: readonly string[];
    period: readonly string[];
    velocity: readonly string[];
    completion: readonly string[];
    actual: readonly string[];
    planned: readonly string[];
  };
  /** Heading words whose fields describe the sprint at any depth. */
  metadataSectionWords: readonly string[];
  standupWords: readonly string[];
  countItemNouns: readonly string[];
  /** Singular nouns that name a work item before its number in running text ("Story 0.5"). */
  workItemNouns: readonly string[];
  /** Words that join the items of a list in running text ("0.5 and 0.8"). */
  listConjunctions: readonly string[];
  /** Words that offer alternatives ("or"): states joined by one are a condition, not a status. */
  disjunctions: readonly string[];
  countWords: { total: readonly string[]; done: readonly string[] };
  continuationWords: readonly string[];
  blockerSectionWords: readonly string[];
  noBlockerWords: readonly string[];
  summarySectionWords: readonly string[];
  sprintOrdinal: { prefix: string; suffix: readonly string[] };
  dates: DateVocab;
}

/** What a configuration file may add; every list is appended to the defaults. */
export interface VocabularyExtension {
  status?: Partial<Record<StatusName, string[]>>;
  emoji?: Record<string, StatusName>;
  units?: Partial<Record<UnitName, string[]>>;
  fields?: Partial<Record<FieldName, string[]>>;
  criteriaLabels?: string[];
}

const byLengthDesc = <T extends { length: number }>(a: T, b: T) => b.length - a.length;

/** Builds a vocabulary from the default tables plus an optional extension. */
export function buildVocabulary(ext: VocabularyExtension = {}): Vocabulary {
  const statusPhrases: Array<{ phrase: string; status: StatusName }> = [];
  for (const [status, words] of Object.entries(STATUS_WORDS) as Array<[StatusName, readonly string[]]>) {
    for (const w of [...words, ...(ext.status?.[status] ?? [])]) statusPhrases.push({ phrase: w.toLowerCase(), status });
  }
  statusPhrases.sort((a, b) => byLengthDesc(a.phrase, b.phrase));
  const statusEmoji = new Map<string, { status: StatusName; strength: 'strong' | 'weak' }>();
  for (const e of STATUS_EMOJI) statusEmoji.set(e.symbol, { status: e.status, strength: e.strength });
  for (const [symbol, status] of Object.entries(ext.emoji ?? {})) statusEmoji.set(symbol.replace(/\ufe0f/g, ''), { status, strength: 'strong' });
  const units: Array<{ word: string; unit: UnitName; factor: number }> = [];
  for (const u of UNIT_WORDS) for (const w of u.words) units.push({ word: w, unit: u.unit, factor: u.factor });
  for (const [unit, words] of Object.entries(ext.units ?? {}) as Array<[UnitName, string[]]>)
    for (const w of words) units.push({ word: w.toLowerCase(), unit, factor: 1 });
  units.sort((a, b) => byLengthDesc(a.word, b.word));
  const fields: Array<{ label: string; field: FieldName }> = [];
  for (const [field, labels] of Object.entries(FIELD_LABELS) as Array<[FieldName, readonly string[]]>) {
    for (const l of [...labels, ...(ext.fields?.[field] ?? [])]) fields.push({ label: l.toLowerCase(), field });
  }
  const nonTaskTables: Array<{ header: string; kind: string }> = [];
  for (const [kind, headers] of Object.entries(NON_TASK_TABLE_HEADERS)) for (const h of headers) nonTaskTables.push({ header: h, kind });
  return {
    statusPhrases,
    statusEmoji,
    ambiguousEmoji: AMBIGUOUS_EMOJI,
    checkboxMarkers: CHECKBOX_MARKERS,
    checkboxDialects: CHECKBOX_DIALECTS,
    units,
    fields,
    standupQuestions: STANDUP_QUESTION_WORDS,
    qualifiedDateFields: QUALIFIED_DATE_FIELDS,
    taskLevelTitles: TASK_LEVEL_TITLES,
    rowNumberHeaders: ROW_NUMBER_HEADERS,
    headerWords: { lead: HEADER_LEAD_WORDS, stems: HEADER_WORD_STEMS, trail: HEADER_TRAIL_WORDS },
    dayWords: DAY_WORDS,
    dayLabelWords: [...DAY_WORDS, ...DAY_ABBREVIATIONS],
    weekWords: WEEK_WORDS,
    bucketNouns: new Set(BUCKET_NOUNS),
    criteriaLabels: [...CRITERIA_LABELS, ...(ext.criteriaLabels ?? [])].map((s) => s.toLowerCase()),
    sprintChecklistLabels: SPRINT_CHECKLIST_LABELS,
    nonTaskTables,
    targetHeaders: TARGET_HEADERS,
    summaryRowWords: SUMMARY_ROW_WORDS,
    placeholders: PLACEHOLDERS,
    legendLabels: LEGEND_LABELS,
    idPrefixWords: [...ID_PREFIX_WORDS].sort(byLengthDesc),
    idGenericPrefixWords: ID_GENERIC_PREFIX_WORDS,
    sprintWords: [...SPRINT_WORDS].sort(byLengthDesc),
    sprintCodes: new Set(),
    milestoneWords: MILESTONE_WORDS,
    noteSectionWords: NOTE_SECTION_WORDS,
    definitionLabels: DEFINITION_LABELS,
    targetSectionWords: TARGET_SECTION_WORDS,
    exampleSectionWords: EXAMPLE_SECTION_WORDS,
    workListLabels: WORK_LIST_LABELS,
    actionItemWords: ACTION_ITEM_WORDS,
    optionalWords: OPTIONAL_WORDS,
    unitlessEstimateHeaders: UNITLESS_ESTIMATE_HEADERS,
    overviewWords: OVERVIEW_WORDS,
    logWords: {
      timeline: TIMELINE_COLUMN_WORDS,
      period: PERIOD_COLUMN_WORDS,
      velocity: VELOCITY_COLUMN_WORDS,
      completion: COMPLETION_LABEL_WORDS,
      actual: ACTUAL_COLUMN_WORDS,
      planned: PLANNED_COLUMN_WORDS,
    },
    metadataSectionWords: METADATA_SECTION_WORDS,
    standupWords: STANDUP_WORDS,
    countItemNouns: COUNT_ITEM_NOUNS,
    workItemNouns: WORK_ITEM_NOUNS,
    listConjunctions: LIST_CONJUNCTIONS,
    disjunctions: DISJUNCTIONS,
    countWords: COUNT_WORDS,
    continuationWords: CONTINUATION_WORDS,
    blockerSectionWords: [...BLOCKER_SECTION_WORDS].sort(byLengthDesc),
    noBlockerWords: NO_BLOCKER_WORDS,
    summarySectionWords: SUMMARY_SECTION_WORDS,
    sprintOrdinal: SPRINT_ORDINAL,
    dates: DEFAULT_DATE_VOCAB,
  };
}

let cached: Vocabulary | undefined;

/** The default vocabulary, built once per process. */
export function defaultVocabulary(): Vocabulary {
  cached ??= buildVocabulary();
  return cached;
}

/** The vocabulary's name types, re-exported so callers import one module. */
export type { FieldName, StatusName, UnitName };
