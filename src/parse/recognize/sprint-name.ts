/**
 * Recognizes the name of one sprint at the start of a text: a sprint word from the vocabulary and
 * a code ("Sprint 3", "SPRINT 0:", "Sprint #4", "Sprint 5A", "Sprint 23+", "Sprint E", "スプリント1",
 * "第2冲刺"). The code is the sprint's identity: two places naming the same code name the same
 * sprint, whatever word or case they use. A range ("Sprint 1-2", "Sprint 001-029") and a word that
 * is not a code ("Sprint Goal", "Sprint Review") are not a sprint's name.
 */
import type { Vocabulary } from '../vocab/index.js';
import { memoTextWith, oncePer } from './memo.js';
import { stripEmoji, stripInline } from './text.js';
import { letterPattern, lettersRe } from './letter-pattern.js';

/** A sprint named at the start of a text: its code (the identity), the name as written, and the text after it. */
export interface SprintName {
  /** Upper-case code without decoration: "3", "5A", "E". */
  code: string;
  /** The name as written ("Sprint #4"). */
  name: string;
  /** What follows the name, separators removed ("Auth Básico Funcional"). */
  rest: string;
  /**
   * The name stands alone or is followed by a separator ("Sprint 3", "Sprint 3: Auth", "Sprint 3 (Feb 6-9)"):
   * the text is the sprint's own title. "Sprint 2 Closure" and "Sprint 3 Kickoff" are about a sprint instead.
   */
  titled: boolean;
}

/** A number (with an optional letter or "+") or a single capital letter, then a boundary. */
const CODE = letterPattern(String.raw`^[ \t]*#?[ \t]*(\d{1,4}[A-Za-z]?\+?|[A-Z](?!\p{L})(?!\p{N}))(?!\p{L})(?!\p{N})`, 'u');
/** A code of letters and a number a document may give its sprints ("S1", "S13.1", "SP-4"). */
const OWN_CODE = letterPattern(String.raw`^\s*([A-Za-z]{1,3})[-_ ]?(\d{1,4}(?:\.\d{1,3})?[A-Za-z]?)(?!\p{L}|\p{N}|\.\d)`, 'u');

/**
 * The identity of a sprint code a document writes itself ("s1", "S-1" and "S1" are one), or null
 * when `cell` is no such code.
 */
export function ownSprintCode(cell: string): string | null {
  const m = OWN_CODE.exec(stripEmoji(stripInline(cell)).trim());
  return m && m[0].trim().length === stripEmoji(stripInline(cell)).trim().length ? sprintCodeKey(m[1]!, m[2]!) : null;
}

function sprintCodeKey(letters: string, number: string): string {
  return `${letters}${number}`.toUpperCase();
}

/** A document outline number before a heading's words: "4. ", "6.2 ", "IV. ". */
const OUTLINE_NUMBER = letterPattern(String.raw`^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVX]{1,5}\.)\s+(?=\p{L})`, 'u');
/** After a name: the end, or a separator that starts its title, dates or status. */
const TITLED = /^\s*(?:$|[:：.,;|([–—-])/u;
/** After a code, a dash or "to" and another code make a range. */
const RANGE_TAIL = letterPattern(String.raw`^\s*(?:[-–—~]|to\b|a\b|bis\b|до\b)\s*#?\s*(?:\d|[A-Z](?!\p{L})(?!\p{N}))`, 'u');

/** The sprint a text starts with (inline Markdown and emoji allowed around it), or null. */
export function recognizeSprintName(raw: string, vocab: Vocabulary): SprintName | null {
  return SPRINT_NAME(raw, vocab);
}

/** Headings and cells are asked for their sprint many times over: one answer (frozen, it is shared) per text. */
const SPRINT_NAME = memoTextWith((raw: string, vocab: Vocabulary) => {
  const name = readSprintName(raw, vocab);
  return name && Object.freeze(name);
});

function readSprintName(raw: string, vocab: Vocabulary): SprintName | null {
  // An outline number before the name ("## 4. Sprint 1 — …") numbers the section, not the sprint.
  const text = stripEmoji(stripInline(raw))
    .replace(/^[\s*_:|–—-]+/, '')
    .replace(OUTLINE_NUMBER, '');
  const lower = text.toLowerCase();
  for (const word of vocab.sprintWords) {
    if (!lower.startsWith(word)) continue;
    const after = text.slice(word.length);
    // A Latin word must end there ("Sprints", "Sprintplanung" are other words); CJK words run into the number.
    if (lettersRe`^[\p{L}]`.test(after) && /\p{Script=Latin}|\p{Script=Cyrillic}/u.test(word)) continue;
    const m = CODE.exec(after);
    if (!m) continue;
    const tail = after.slice(m[0].length);
    if (RANGE_TAIL.test(tail)) return null;
    return {
      code: m[1]!.replace(/\+$/, '').toUpperCase(),
      name: text.slice(0, word.length + m[0].length).trim(),
      rest: cleanRest(tail),
      titled: isTitled(tail, vocab),
    };
  }
  const own = vocab.sprintCodes.size > 0 ? OWN_CODE.exec(text) : null;
  if (own && vocab.sprintCodes.has(sprintCodeKey(own[1]!, own[2]!))) {
    const tail = text.slice(own[0].length);
    return { code: sprintCodeKey(own[1]!, own[2]!), name: own[0].trim(), rest: cleanRest(tail), titled: isTitled(tail, vocab) };
  }
  const ord = ordinalRegex(vocab).exec(text);
  if (ord) return { code: ord[1]!, name: ord[0], rest: cleanRest(text.slice(ord[0].length)), titled: isTitled(text.slice(ord[0].length), vocab) };
  return null;
}

/**
 * The text starts with a range of sprints ("Sprint 7-8: Polish", "Sprints 1 to 3"): a heading that
 * groups several sprints, never a sprint or a work item itself.
 */
export function startsWithSprintRange(raw: string, vocab: Vocabulary): boolean {
  const text = stripEmoji(stripInline(raw)).replace(/^[\s*_:|–—-]+/, '');
  const lower = text.toLowerCase();
  for (const word of vocab.sprintWords) {
    if (!lower.startsWith(word)) continue;
    // The plural of a Latin word ("Sprints 1-3") names the same range.
    const after = text.slice(word.length).replace(/^s(?=[\s#\d])/iu, '');
    const m = CODE.exec(after);
    if (m && RANGE_TAIL.test(after.slice(m[0].length))) return true;
  }
  return false;
}

/** The end, a separator, or a status word ("Sprint 4 Done") follows the name. */
function isTitled(tail: string, vocab: Vocabulary): boolean {
  if (TITLED.test(tail)) return true;
  const t = tail.trim().toLowerCase();
  return vocab.statusPhrases.some(({ phrase }) => t.startsWith(phrase) && !lettersRe`[\p{L}\p{N}]`.test(t.charAt(phrase.length)));
}

function cleanRest(tail: string): string {
  return tail.replace(/^[\s:：.|–—-]+/u, '').trim();
}

/** An ordinal sprint name ("第3冲刺"): the vocabulary's prefix, a number, one of its suffixes; built once per vocabulary. */
const ordinalRegex = oncePer((vocab: Vocabulary) => {
  const { prefix, suffix } = vocab.sprintOrdinal;
  return new RegExp(`^${prefix}\\s*(\\d{1,4})\\s*(?:${suffix.join('|')})`, 'u');
});
