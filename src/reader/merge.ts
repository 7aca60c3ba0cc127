/**
 * Occurrences of one work item become one task. Drafts that share a strong ID merge (004 lists
 * task 2.1 on three day boards and again as a detail section). The rules, in the README too:
 * - status: the latest written status, except that a later "todo" does not undo earlier progress
 *   (a day board lists a started task again as not started for that day), and boards dated after
 *   the document's as-of day are plans whose status does not count;
 * - estimate: occurrences that state their own estimate under a different title are separate slices
 *   of the work and add up (seed 003 logs PERF-001 as 3 then 5 points); the same title restating an
 *   estimate replaces it, and so does an occurrence titled only by the ID (a plan table's row);
 *   "(continued)" rows and detail fields never add;
 * - everything else: the first value written.
 */
import type { EstimateMatch } from '../parse/recognize/estimate.js';
import type { StatusName } from '../parse/vocab/index.js';
import type { Occurrence, Task } from '../model/schema.js';
import type { Draft } from './draft.js';
import { letterPattern, lettersReWith } from '../parse/recognize/letter-pattern.js';

/** Merges drafts by key into tasks (document order of first occurrence). */
export function mergeDrafts(drafts: readonly Draft[], asOf: string | null = null): { tasks: Task[]; keyOf: Map<Draft, string> } {
  const groups = new Map<string, Draft[]>();
  const keyOf = new Map<Draft, string>();
  const named = namedIdClusters(drafts);
  for (const d of drafts) {
    const key = named.get(d) ?? d.key;
    keyOf.set(d, key);
    const g = groups.get(key);
    if (g) g.push(d);
    else groups.set(key, [d]);
  }
  const tasks: Task[] = [];
  for (const [key, group] of groups) tasks.push(mergeGroup(key, group, keyOf, asOf));
  const restating = headingsRestatingItems(tasks, groups, drafts);
  if (restating.size === 0) return { tasks, keyOf };
  for (const t of tasks) {
    if (t.parent === null || !restating.has(t.parent)) continue;
    // The item keeps the parent it has where it is listed in full.
    const other = (groups.get(t.key) ?? []).map((d) => d.parent).find((p) => p !== null && !restating.has(keyOf.get(p)!));
    t.parent = other ? (keyOf.get(other) ?? null) : null;
  }
  return { tasks: tasks.filter((t) => !restating.has(t.key)), keyOf };
}

/**
 * Rule: a heading work item (no status of its own) whose items are all written in full elsewhere
 * restates them — a "Phase 1" plan, or "### dev1 (13 points)" assigning stories of the backlog
 * table, groups work already counted (its estimate is their sum); it is no work item itself.
 * Returns the keys of such headings.
 */
function headingsRestatingItems(tasks: readonly Task[], groups: Map<string, Draft[]>, drafts: readonly Draft[]): Set<string> {
  const out = new Set<string>();
  const kidsOf = new Map<Draft, Draft[]>();
  for (const d of drafts) if (d.parent) kidsOf.set(d.parent, [...(kidsOf.get(d.parent) ?? []), d]);
  const groupOf = new Map<Draft, Draft[]>();
  for (const g of groups.values()) for (const d of g) groupOf.set(d, g);
  for (const t of tasks) {
    if (t.statusFrom === 'written') continue;
    const own = groups.get(t.key) ?? [];
    if (!own.every((d) => d.kind === 'heading')) continue;
    const kids = own.flatMap((d) => kidsOf.get(d) ?? []);
    // Each item is also written somewhere this heading does not hold.
    const listedElsewhere = (k: Draft) => (groupOf.get(k) ?? []).some((o) => o !== k && !(o.parent !== null && own.includes(o.parent)));
    if (kids.length > 0 && kids.every(listedElsewhere)) out.add(t.key);
  }
  return out;
}

/** An ID that is a word and a number ("Step 1", "Phase 2", "Task 2.1"): a name, unlike a code ("T001", "US-12"). */
const NAMED_ID = letterPattern(String.raw`^\p{L}{2,}\.?\s+#?\s*\d+(?:\.\d+)*[a-z]?$`, 'iu');

/**
 * Rule: a word and a number is a name, not a code. Under a work item it is that item's own ("Step 1"
 * of Task 1 and "Step 1" of Task 2 are two items); elsewhere two items written with the same name
 * merge only when they are the same item: one title's words all stand in the other's, or one of
 * them only names it ("### Phase 1 ✅"). Returns the merge key of each named draft that does not
 * take the name's own key.
 */
function namedIdClusters(drafts: readonly Draft[]): Map<Draft, string> {
  const out = new Map<Draft, string>();
  const firstTitle = new Map<string, string[]>();
  // Items written at the top level, outside any work item (a backlog table's rows): a mention under
  // a work item with a fitting title is that item ("### dev1 (13 points)" → "Story 0.1: Init…").
  const topLevel = new Map<string, string[][]>();
  for (const d of drafts) if (d.strong && d.parent === null) topLevel.set(d.key, [...(topLevel.get(d.key) ?? []), titleWords(d.title)]);
  for (const d of drafts) {
    if (!d.strong || d.id === null || !NAMED_ID.test(d.id) || d.continued) continue;
    const words0 = titleWords(d.title);
    const listed = (topLevel.get(d.key) ?? []).some((t) => t.length > 0 && sameItemTitle(t, words0));
    const scope = d.parent && !listed ? `${d.parent.strong ? d.parent.key : titleWords(d.parent.title).join(' ')} > ${d.key}` : d.key;
    const words = titleWords(d.title);
    const named = words.length === 0 || words.join(' ') === d.id.toLowerCase();
    const first = firstTitle.get(scope);
    if (!first && !named) firstTitle.set(scope, words);
    const key = first && !named && !sameItemTitle(first, words) ? `${scope}:${words.join(' ')}` : scope;
    if (key !== d.key) out.set(d, key);
  }
  return out;
}

/** A title's words, folded, without punctuation: what two mentions of one item share. */
function titleWords(title: string): string[] {
  return title.toLowerCase().replace(lettersReWith('gu')`[^\p{L}\p{N}\s]`, ' ').split(/\s+/).filter(Boolean);
}

/** One title's words all stand in the other ("Prometheus Metrics" in "Prometheus Metrics Implementation"). */
function sameItemTitle(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const set = new Set(long);
  return short.every((w) => set.has(w));
}

function mergeGroup(key: string, group: Draft[], keyOf: Map<Draft, string>, asOf: string | null): Task {
  const first = group[0]!;
  const meaningful = (d: Draft) => !d.continued && d.title !== '' && d.title.toLowerCase() !== (d.id ?? '').toLowerCase();
  const titled = group.find((d) => meaningful(d) && d.kind !== 'heading') ?? group.find(meaningful) ?? group.find((d) => !d.continued) ?? first;
  let status: StatusName | null = null;
  let statusRaw: string | null = null;
  // A board dated after the document's "as of" day is a plan: it says what should happen, not what did.
  const isPlan = (d: Draft) => asOf !== null && d.date !== null && d.date > asOf;
  const reporting = group.some((d) => d.status !== null && !isPlan(d)) ? group.filter((d) => !isPlan(d)) : group;
  for (const d of reporting) {
    if (d.status === null) continue;
    if (d.status === 'todo' && status !== null && status !== 'todo') continue;
    status = d.status;
    statusRaw = d.statusRaw;
  }
  const estimate = mergeEstimates(group);
  const occurrences: Occurrence[] = group.map((d) => ({
    kind: d.kind,
    span: d.span,
    status: d.status,
    statusRaw: d.statusRaw,
    site: d.site,
    ...(d.fieldsAt !== undefined ? { doneDate: d.doneDate ?? null, fieldsAt: d.fieldsAt } : {}),
    ...(d.markerAt !== undefined ? { markerAt: d.markerAt } : {}),
    table: d.table,
    date: d.date,
    title: d.title,
    estimate: d.estimate ? toEstimate(d.estimate) : null,
    continued: d.continued,
  }));
  const parentDraft = group.map((d) => d.parent).find((p) => p !== null) ?? null;
  return {
    key,
    id: group.find((d) => d.id !== null)?.id ?? null,
    title: titled.title || first.title,
    status: status ?? group.find((d) => d.sectionStatus)?.sectionStatus ?? 'todo',
    statusRaw,
    statusFrom: status !== null ? 'written' : group.some((d) => d.sectionStatus) ? 'section' : 'default',
    estimate: estimate ? toEstimate(estimate) : null,
    assignee: firstOf(group, (d) => d.assignee),
    priority: firstOf(group, (d) => d.priority),
    dependsOn: [...new Set(group.flatMap((d) => d.dependsOn))],
    blockedBy: firstOf(group, (d) => d.blockedBy),
    parent: parentDraft ? (keyOf.get(parentDraft) ?? null) : null,
    children: [],
    checklist: group.flatMap((d) => d.checklist),
    headingPath: titled.headingPath,
    section: titled.section,
    span: first.span,
    occurrences,
    completedOn: firstOf(group, (d) => d.completedOn),
    optional: group.some((d) => d.optional),
    sprint: null,
    labels: [...new Set(group.flatMap((d) => d.labels))],
  };
}

function mergeEstimates(group: Draft[]): EstimateMatch | null {
  const slices: Array<{ title: string[]; named: boolean; est: EstimateMatch }> = [];
  for (const d of group) {
    if (!d.estimate || d.continued) continue;
    const title = titleWords(d.title.replace(/\([^)]*\)/g, ''));
    // An occurrence titled only by its ID (a plan row `| **M-201** | … | 3 pts |`) names the item: it is no slice of its own.
    const named = title.length === 0 || title.join(' ') === titleWords(d.id ?? '').join(' ');
    // The same item restated ("Init Project" and "Init Project - CRITICAL PATH") replaces; another title is another slice.
    const same = slices.find((s) => named || s.named || sameItemTitle(s.title, title) || (d.kind === 'heading' && d.title === ''));
    if (same) {
      same.est = d.estimate;
      if (!named) Object.assign(same, { title, named: false });
    } else slices.push({ title, named, est: d.estimate });
  }
  if (slices.length === 0) return group.find((d) => d.estimateFallback)?.estimateFallback ?? null;
  const unit = slices[0]!.est.unit;
  const same = slices.filter((s) => s.est.unit === unit);
  if (same.length === 1) return same[0]!.est;
  const sum = (f: (e: EstimateMatch) => number) => Math.round(same.reduce((a, s) => a + f(s.est), 0) * 1000) / 1000;
  return { value: sum((e) => e.value), unit, raw: same.map((s) => s.est.raw).join(' + '), min: sum((e) => e.min), max: sum((e) => e.max), index: 0 };
}

function toEstimate(e: EstimateMatch): NonNullable<Task['estimate']> {
  return { value: e.value, unit: e.unit, raw: e.raw, min: e.min, max: e.max };
}

function firstOf<T>(group: Draft[], get: (d: Draft) => T | null): T | null {
  for (const d of group) {
    const v = get(d);
    if (v !== null && v !== undefined) return v;
  }
  return null;
}
