/**
 * Work read from a standup log that lists none of its own: a daily-notes document reports on
 * stories it never lists ("Today: ✅ COMPLETED Story 0.5 - Dev Tools", "Blockers: Blocked by
 * Story 0.1"). Rules in README "Reading rules" (standup logs).
 */
import { recognizeStatus, type Legend } from '../parse/recognize/status.js';
import { fold, isBlankish } from '../parse/recognize/text.js';
import type { StatusName, Vocabulary } from '../parse/vocab/index.js';
import { newDraft, type Draft } from './draft.js';
import { startsWithWord } from './headings.js';
import type { StandupAnswer } from './walk-context.js';
import { lettersRe } from '../parse/recognize/letter-pattern.js';

/** One work item named in an answer: its code, how the answer names it, and where the answer says it. */
interface Mention {
  code: string;
  title: string;
  /** The status the answer gives it: `explicit` when written before the mention, else what the question implies. */
  status: StatusName | null;
  explicit: boolean;
  /** The answer writes the item's name after its number. */
  named: boolean;
  answer: StandupAnswer;
}

/**
 * Rule: in a document whose lists, tables and headings hold no work item, the items its standup
 * answers name by a work noun and a number ("Story 0.5", "Tasks 3 and 4", "Ticket #12") are its
 * work items, one per number, each with the latest status the log gives it (see statusOf).
 */
export function workFromStandups(answers: readonly StandupAnswer[], lineStarts: readonly number[], vocab: Vocabulary, legend: Legend): Draft[] {
  const byCode = new Map<string, Mention[]>();
  for (const a of answers)
    for (const m of mentionsIn(a, vocab, legend)) {
      const list = byCode.get(m.code) ?? [];
      list.push(m);
      byCode.set(m.code, list);
    }
  return [...byCode.values()].map((mentions) => draftOf(mentions, lineStarts));
}

/**
 * Rule: the latest status wins, in document order, except that what a question only implies (a
 * story worked on today is in progress) never undoes a written done.
 */
function draftOf(mentions: readonly Mention[], lineStarts: readonly number[]): Draft {
  let decided: Mention | null = null;
  for (const m of mentions) {
    if (m.status === null) continue;
    if (decided?.status === 'done' && !m.explicit) continue;
    decided = m;
  }
  const first = mentions[0]!;
  const at = decided ?? first;
  const line = at.answer.line;
  const start = lineStarts[line - 1] ?? 0;
  const end = lineStarts[line] !== undefined ? lineStarts[line]! - 1 : start;
  // The first mention that also names the item ("Story 0.1 - Initialize Next.js Project") gives its title.
  const d = newDraft('mention', { start, end, line, column: 1 }, mentions.find((m) => m.named)?.title ?? first.title, []);
  d.key = first.code.toLowerCase();
  d.strong = true;
  d.id = first.code;
  d.status = decided?.status ?? null;
  d.statusRaw = decided ? decided.answer.text : null;
  d.date = at.answer.date;
  return d;
}

/** Built once per vocabulary: a work noun, then one or more numbers joined by commas or conjunctions. */
let mentionRegexFor: { vocab: Vocabulary; re: RegExp } | undefined;

function mentionRegex(vocab: Vocabulary): RegExp {
  if (mentionRegexFor?.vocab === vocab) return mentionRegexFor.re;
  const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const nouns = [...vocab.workItemNouns, ...vocab.countItemNouns].sort((a, b) => b.length - a.length).map(esc);
  const code = String.raw`#?\d+(?:\.\d+)*`;
  const join = String.raw`(?:\s*[,&/+]\s*|\s+(?:${vocab.listConjunctions.map(esc).join('|')})\s+)`;
  const re = new RegExp(String.raw`(?<!\p{L})(?<!\p{N})(${nouns.join('|')})\s*(${code}(?:${join}${code})*)(?!\p{L}|\p{N}|\.\d)`, 'giu');
  mentionRegexFor = { vocab, re };
  return re;
}

/** The work items an answer names, with the status it gives each. */
function mentionsIn(answer: StandupAnswer, vocab: Vocabulary, legend: Legend): Mention[] {
  const out: Mention[] = [];
  let first = true;
  for (const m of answer.text.matchAll(mentionRegex(vocab))) {
    const codes = m[2]!.split(/[^#\d.]+/u).filter((c) => /\d/.test(c));
    // A blockers answer names what blocks ("Blocked by Story 0.1"): its words are not that item's status.
    const opening = answer.field !== 'blockers' && first;
    first = false;
    const rest = answer.text.slice(m.index + m[0].length);
    const explicit = opening ? (openingStatus(answer.text.slice(0, m.index), vocab, legend) ?? closingStatus(rest, vocab, legend)) : null;
    const status = explicit ?? impliedStatus(answer, vocab);
    const named = titleAfter(rest);
    for (const raw of codes) {
      const code = raw.replace(/^#/, '');
      const one = codes.length === 1 && named !== '';
      out.push({ code, title: one ? `${m[1]} ${code} - ${named}` : `${m[1]} ${code}`, status, explicit: explicit !== null, named: one, answer });
    }
  }
  return out;
}

/**
 * Rule: a status written before the first item an answer names, in at most three words with its
 * marks ("✅ COMPLETED Story 0.5", "Finished Task 3"), is that item's status.
 */
function openingStatus(before: string, vocab: Vocabulary, legend: Legend): StatusName | null {
  const words = before
    .trim()
    .split(/\s+/u)
    .filter((w) => lettersRe`\p{L}`.test(w));
  if (before.trim() === '' || words.length > 3) return null;
  return recognizeStatus(before, vocab, legend)?.status ?? null;
}

/**
 * Rule: a short clause right after the item that says its state ("Story #1 is complete.", "Story
 * 3 backend work is done") is its status; a colon or dash there introduces the item's name instead
 * ("Story #1: Create booking models").
 */
function closingStatus(after: string, vocab: Vocabulary, legend: Legend): StatusName | null {
  if (/^\s*[:：\-–—]/.test(after)) return null;
  const clause = after.split(/[.;!?,(]/)[0]!.trim();
  const words = clause.split(/\s+/u).filter((w) => lettersRe`\p{L}`.test(w));
  if (clause === '' || words.length > 4) return null;
  return recognizeStatus(clause, vocab, legend)?.status ?? null;
}

/**
 * Rule: what the question implies of an item an answer names without a status of its own: worked
 * on yesterday or today is in progress, blocked when the same person's same-day blockers answer
 * names a blocker; an item named in a blockers answer is what blocks, and takes no status from it.
 */
function impliedStatus(answer: StandupAnswer, vocab: Vocabulary): StatusName | null {
  if (answer.field === 'blockers') return null;
  const blocked = answer.entry.blockers.some((b) => !isBlankish(b, vocab.placeholders) && !startsWithWord(fold(b), vocab.noBlockerWords));
  return blocked && answer.field === 'today' ? 'blocked' : 'in_progress';
}

/** The name written after an item's number ("Story 0.1 - Initialize Next.js Project"): up to the next dash, comma or parenthesis. */
function titleAfter(rest: string): string {
  const m = /^\s*[-–—:]\s+([^,;()–—]+?)\s*(?:$|[,;()–—]|\s-\s)/u.exec(rest);
  return m ? m[1]!.replace(/[\s.;:!]+$/u, '') : '';
}
