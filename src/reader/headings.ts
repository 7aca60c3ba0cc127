/**
 * What a heading is: a day section ("Day 3", "2025-10-31 (Day 1)", "Måndag 16/12"), a status
 * bucket ("✅ Completed Tasks", "Sprints Pendientes", "## Implementado"), a work item
 * ("MON-001: … (4 points)", "Task 2.1: …", "Phase 1 ✅"), or a plain section.
 */
import type { Legend, MarkerSplit, StatusMatch } from '../parse/recognize/status.js';
import { splitStatusMarker, statusFromWords } from '../parse/recognize/status.js';
import { findEstimate, inMinuteUnits, type EstimateMatch } from '../parse/recognize/estimate.js';
import { parseWeekday } from '../parse/recognize/date.js';
import { recognizeId, type IdMatch } from '../parse/recognize/id.js';
import { recognizeSprintName, startsWithSprintRange } from '../parse/recognize/sprint-name.js';
import { findPhrase, fold, SERIES_NUMBER, stripEmoji } from '../parse/recognize/text.js';
import type { Vocabulary } from '../parse/vocab/index.js';
import { oncePer } from '../parse/recognize/memo.js';
import { letterPattern, lettersRe, lettersReWith } from '../parse/recognize/letter-pattern.js';

/** The reading of one heading. */
export interface HeadingInfo {
  role: 'plain' | 'bucket' | 'day' | 'task' | 'standup';
  /** Display title: inline Markdown, status marker and decoration removed. */
  title: string;
  status: StatusMatch | null;
  marker: string;
  id: IdMatch | null;
  estimate: EstimateMatch | null;
  /** Day number for "Day 3" / "Days 1-2" (the first day), for dating by sprint start. */
  dayNumber: number | null;
  /** Text a date can be read from ("2025-10-31 (Day 1-2)" → the heading itself). */
  dateText: string | null;
  /** The heading names a sprint or a milestone: it groups work and is never a work item itself. */
  container: boolean;
  /** The section holds notes about the work ("Recommendations", "Lessons learned"), not work. */
  notes: boolean;
  /** The section holds example or template text ("Tasks Breakdown (Example)"): nothing in it is work. */
  example: boolean;
}

/** A heading rollup such as "(14h / 14h)" or "(3/5 tasks)": a derived number, not part of the title. */
const ROLLUP = letterPattern(String.raw`\(\s*[~≈]?\d+(?:[.,]\d+)?\s*\p{L}*\s*\/\s*\d+(?:[.,]\d+)?\s*\p{L}*\s*\)`, 'gu');

/** Classifies a heading of the given depth from its visible text (HeadingBlock.content.plain). */
export function readHeading(plain: string, depth: number, vocab: Vocabulary, legend?: Legend): HeadingInfo {
  const split = splitNumberedMarker(plain, vocab, legend);
  const title =
    stripEmoji(split.title.replace(ROLLUP, ' '))
      .replace(/^[\s*_:|–—-]+|[\s*_:|–—-]+$/g, '')
      .trim() || split.title;
  const lower = fold(title);
  const base: HeadingInfo = {
    role: 'plain',
    title,
    status: split.status,
    marker: split.marker,
    id: null,
    estimate: null,
    dayNumber: null,
    dateText: null,
    container: false,
    notes: false,
    example: false,
  };

  const dayWord = dayHeadingRegex(vocab).exec(lower)?.[1];
  if (dayWord) {
    const n = /\d+/.exec(lower.slice(dayWord.length));
    return { ...base, role: 'day', dayNumber: n ? Number(n[0]) : null, dateText: title };
  }
  if (/^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(\/\d{2,4})?)\b/.test(lower) || startsWithWeekday(lower, vocab)) {
    const n = dayInParensRegex(vocab).exec(lower);
    const role = vocab.standupWords.some((w) => findPhrase(lower, w) >= 0) ? 'standup' : 'day';
    return { ...base, role, dayNumber: n ? Number(n[1]) : null, dateText: title };
  }
  if (depth > 1 && vocab.standupWords.some((w) => w !== 'daily' && w !== 'scrum' && findPhrase(lower, w) >= 0)) return { ...base, role: 'standup' };
  // A document title is a bucket too when it is one ("# Sprint Backlog", "# Done"), nothing else.
  if (depth === 1) return isBucket(title, vocab) || isWorkHeading(title, vocab) ? bucketInfo(base, title, vocab) : base;
  if (startsWithWord(lower.replace(/^[\d.)\s]+/, ''), vocab.noteSectionWords)) return { ...base, notes: true };
  // A heading that names a sprint is that sprint's section (see sprints.ts), and a milestone groups
  // work: neither is a work item.
  if (recognizeSprintName(title, vocab) || startsWithSprintRange(title, vocab) || startsWithWord(lower, vocab.milestoneWords)) {
    return { ...base, container: true };
  }

  const direct = recognizeId(title, vocab);
  const id = direct?.strong ? direct : (codeAfterSeriesNumber(title, vocab) ?? direct);
  const found = findEstimate(title, vocab);
  const estimate = found && !inMinuteUnits(found.raw, vocab) ? found : null;
  const parenEstimate = estimate && /\(\s*[~≈]?\s*\d/.test(title.slice(Math.max(0, estimate.index - 3)));
  if (id?.strong) return { ...base, role: 'task', id, estimate: parenEstimate ? estimate : null };
  if (estimate && parenEstimate && !isBucket(title, vocab)) return { ...base, role: 'task', estimate };
  if (isBucket(title, vocab) || isWorkHeading(title, vocab)) return bucketInfo(base, title, vocab);
  // Rule: a numbered heading that carries a status marker of its own ("### 2. Setup Room ✅",
  // "### 1. ✅ Login page (COMPLETED)") is one of a numbered series of work items, as a
  // status-marked bullet is. An unnumbered heading's emoji is often decoration ("## 🎉
  // Achievements", "### ✅ Strengths"), and a status word inside the title is no marker.
  if (split.status && split.marker && SERIES_NUMBER.test(plain)) return { ...base, role: 'task' };
  return { ...base, example: isExampleHeading(lower, depth, vocab) };
}

/**
 * Rule: a series number before a code is the heading's numbering, not its title: `#### 1. M-201:
 * Contractor Assignment API` is work item M-201. Only a code counts (`### 2. Step 3` stays a step).
 */
function codeAfterSeriesNumber(title: string, vocab: Vocabulary): ReturnType<typeof recognizeId> {
  const series = SERIES_NUMBER.exec(title);
  if (!series) return null;
  const id = recognizeId(title.slice(series[0].length), vocab);
  return id?.strong && /-/.test(id.id) ? id : null;
}

/**
 * Rule: a plain heading whose example word stands apart heads example or template text: in
 * parentheses ("Tasks Breakdown (Example)"), alone ("## Template"), before a colon ("Example:
 * a board"), or, on a section of the document (depth 2), last ("## Sprint Checklist Template").
 * A work item's heading ("Task 3: Email template") and a feature named by the word ("### Template
 * engine", "### Email template") are not.
 */
function isExampleHeading(lower: string, depth: number, vocab: Vocabulary): boolean {
  const words = lower.replace(lettersReWith('gu')`[^\p{L}\p{N}\s()[\]:]`, ' ').replace(/\s+/g, ' ').trim();
  const { around, last } = exampleRegex(vocab);
  return around.test(words) || (depth === 2 && last.test(words));
}

/** The example-word regexes, built once per vocabulary: set apart anywhere, and last. */
const exampleRegex = oncePer((vocab: Vocabulary) => {
  const w = `(?:${vocab.exampleSectionWords.join('|')})`;
  return {
    around: new RegExp(`[([]\\s*${w}s?\\s*[)\\]]|^${w}s?$|^${w}s?\\s*:`, 'u'),
    last: letterPattern(String.raw`(?<!\p{L})(?<!\p{N})${w}$`),
  };
});

/**
 * Splits the status marker off a heading, reading past a series number: in "3. 🔄 Refactor" the
 * symbol after "3." is the heading's marker, as it would be at the start. The number stays.
 */
function splitNumberedMarker(plain: string, vocab: Vocabulary, legend?: Legend): MarkerSplit {
  const lead = SERIES_NUMBER.exec(plain);
  if (!lead) return splitStatusMarker(plain, vocab, legend);
  const split = splitStatusMarker(plain.slice(lead[0].length), vocab, legend);
  return { ...split, title: lead[0] + split.title };
}

/**
 * A bucket heading's reading: its status words, else its marker, else to do (a work heading). Words
 * beat emoji, as everywhere: "### ⏳ Запланировано" is planned (to do), not the ⏳ of work under way.
 */
function bucketInfo(base: HeadingInfo, title: string, vocab: Vocabulary): HeadingInfo {
  const words = statusFromWords(title, vocab);
  const status = words ? { status: words, via: 'word' as const } : (base.status ?? { status: 'todo' as const, via: 'word' as const });
  return { ...base, role: 'bucket', status };
}

/**
 * Rule: a heading that only names work ("## Tasks", "## Stories (with DoD)", "## Tareas", "## User
 * Stories") lists things to do: its plain bullets are work items, to do unless they say otherwise.
 */
function isWorkHeading(title: string, vocab: Vocabulary): boolean {
  const words = fold(title)
    .replace(/\([^)]*\)/g, ' ')
    .replace(lettersReWith('gu')`[^\p{L}\p{N}\s'’-]`, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return (
    words.length > 0 &&
    words.some((w) => vocab.workListLabels.includes(w)) &&
    words.every((w) => vocab.workListLabels.includes(w) || vocab.bucketNouns.has(w) || w === 'user')
  );
}

/** A bucket heading is only status words plus generic nouns: "Completed Tasks", "In Progress (Days 10-14)". */
export function isBucket(title: string, vocab: Vocabulary): boolean {
  const t = fold(title)
    .replace(/\([^)]*\)/g, ' ')
    .replace(lettersReWith('gu')`[^\p{L}\p{N}\s'’-]`, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t) return false;
  const status = statusFromWords(t, vocab);
  if (!status) return false;
  let rest = ` ${t} `;
  for (const { phrase, status: named } of vocab.statusPhrases) {
    if (!rest.includes(` ${phrase} `)) continue;
    // A bucket names one state: "Complete Missing Features" (done + to do) is a title, not a bucket.
    if (named !== status) return false;
    rest = rest.replace(` ${phrase} `, ' ');
  }
  const words = rest.split(' ').filter(Boolean);
  return words.every((w) => vocab.bucketNouns.has(w) || /^\d+$/.test(w));
}

/** True when the folded text starts with one of the words, as a whole word. */
export function startsWithWord(lower: string, words: readonly string[]): boolean {
  return words.some((w) => lower.startsWith(w) && !lettersRe`^[\p{L}\p{N}]`.test(lower.slice(w.length)));
}

const WEEKDAY_FORMS = new WeakMap<Vocabulary, string[]>();

/**
 * A heading that starts with a weekday in any of the vocabulary's languages: a full name
 * ("Monday standup", "Måndag 16/12"), or an abbreviation right before a date ("Seg 16/12").
 */
function startsWithWeekday(lower: string, vocab: Vocabulary): boolean {
  if (lettersRe`^\p{L}+\.?\s+\d`.test(lower) && parseWeekday(lower.split(/\s+/).slice(0, 2).join(' '), vocab.dates) !== null) return true;
  let forms = WEEKDAY_FORMS.get(vocab);
  if (!forms) {
    forms = Object.values(vocab.dates.weekdays).flatMap((days) => days.flatMap((f) => [...f]));
    WEEKDAY_FORMS.set(vocab, forms);
  }
  return startsWithWord(lower, forms);
}

/** "Day 3", "Día #2": a day word, then its number, at the start; the first listed word that fits is named. Built once per vocabulary. */
const dayHeadingRegex = oncePer((vocab: Vocabulary) => new RegExp(`^(${vocab.dayWords.join('|')})\\s*#?\\s*\\d+`, 'u'));

/** "(Day 1)", "(Día 3)": a day number in parentheses after a date, one regex built once per vocabulary. */
const dayInParensRegex = oncePer((vocab: Vocabulary) => new RegExp(`\\((?:${vocab.dayWords.join('|')})\\s*(\\d+)`, 'u'));
