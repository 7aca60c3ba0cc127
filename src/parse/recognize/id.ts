/**
 * Work-item identifiers: "MON-001", "US1-T01", "US1-A", "T1", "2.1", "Task 2.1", "Story 4", "Phase 1",
 * "Sprint 9", "Tarea #1", "11.5". Strong IDs identify one item across a document (the same ID on
 * several day boards is one task); weak ones ("1.", "#3" of a numbered list) only order a list.
 */
import type { Vocabulary } from '../vocab/index.js';
import { normalizeForMatch, stripEmoji, stripInline } from './text.js';
import { letterPattern, lettersRe, type LetterPattern } from './letter-pattern.js';

/** An identifier found at the start of a title, and the title without it. */
export interface IdMatch {
  id: string;
  /** Key used to merge occurrences ("task 2.1" and "2.1" share the key "2.1"). */
  key: string;
  strong: boolean;
  rest: string;
}

const CODE_ID = letterPattern(
  String.raw`^([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\d+[A-Z]?|[A-Z]{1,3}\d{1,4}(?:-(?:[A-Z]?\d+|[A-Z]{1,2}(?!\p{L})(?!\p{N})))?)(?=$|[\s:.)\]–—-])`,
  'u',
);
const DOTTED = /^(\d+(?:\.\d+)+)\.?(?=$|[\s:)\]–—-])/;
const NUMBERED = /^(\d+)[.)](?=\s)/;
const HASH = /^#(\d+)\b/;

/** Recognizes an identifier at the start of a (raw or plain) title. */
export function recognizeId(rawTitle: string, vocab: Vocabulary): IdMatch | null {
  const title = stripEmoji(stripInline(normalizeForMatch(rawTitle))).replace(/^[\s|:*_\-–—]+/, '');
  const lower = title.toLowerCase();
  const code = CODE_ID.exec(title);
  if (code && /-/.test(code[1]!)) return { id: code[1]!, key: code[1]!.toLowerCase(), strong: true, rest: cleanRest(title.slice(code[0].length)) };
  for (const word of vocab.idPrefixWords) {
    if (!lower.startsWith(word)) continue;
    const after = title.slice(word.length);
    const m = /^\s*(#?\s*(?:\d+(?:\.\d+)*[A-Za-z]?|[A-Z]\b|[IVX]+\b)(?:\s*[-–]\s*\d+)?)(?![-–]\d)(?=$|[\s:.)\]–—,-])/u.exec(after);
    if (!m) continue;
    if (lettersRe`^[\p{L}]`.test(after) && !/^\s/.test(after) && !/^\d/.test(after)) continue;
    const num = m[1]!.replace(/\s+/g, '');
    const label = `${title.slice(0, word.length)} ${num}`.replace(/\s+/g, ' ');
    const key = vocab.idGenericPrefixWords.includes(word) ? num.replace(/^#/, '').toLowerCase() : `${word} ${num.replace(/^#/, '')}`.toLowerCase();
    return { id: label, key, strong: true, rest: cleanRest(after.slice(m[0].length)) };
  }
  let m = CODE_ID.exec(title);
  if (m && !/^P\d$/.test(m[1]!) && !/^Q\d$/.test(m[1]!))
    return { id: m[1]!, key: m[1]!.toLowerCase(), strong: true, rest: cleanRest(title.slice(m[0].length)) };
  m = DOTTED.exec(title);
  if (m) return { id: m[1]!, key: m[1]!, strong: true, rest: cleanRest(title.slice(m[0].length)) };
  m = HASH.exec(title);
  if (m) return { id: `#${m[1]}`, key: `#${m[1]}`, strong: true, rest: cleanRest(title.slice(m[0].length)) };
  m = NUMBERED.exec(title);
  if (m) return { id: m[1]!, key: m[1]!, strong: false, rest: cleanRest(title.slice(m[0].length)) };
  return null;
}

/** Recognizes an ID column cell ("**2.1**", "000", "US-12"): the whole cell is the ID. */
export function idFromCell(cell: string): IdMatch | null {
  const t = stripInline(normalizeForMatch(cell)).trim();
  if (!t || t.length > 24 || /\s{2,}/.test(t)) return null;
  if (!lettersRe`^[#\p{L}\p{N}][\p{L}\p{N}.#_+/-]*$`.test(t.replace(/\s/g, ''))) return null;
  return { id: t, key: t.replace(/^#/, '').toLowerCase(), strong: true, rest: '' };
}

/** All task identifiers mentioned in a free-text field ("Task 2.1 partial", "T03 (VersionBadge), 4.1"). */
export function idsMentioned(text: string, vocab: Vocabulary): string[] {
  const t = stripInline(normalizeForMatch(text));
  const out = new Set<string>();
  for (const m of mentionRegex(vocab).matchAll(t)) out.add(m[1]!.replace(/^#/, '').toLowerCase());
  return [...out];
}

/** Built once per vocabulary: an optional ID prefix word ("Task", "Tarea #"), then a code. */
let mentionRegexFor: { vocab: Vocabulary; re: LetterPattern } | undefined;

function mentionRegex(vocab: Vocabulary): LetterPattern {
  if (mentionRegexFor?.vocab === vocab) return mentionRegexFor.re;
  const words = [...vocab.idPrefixWords].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = letterPattern(
    String.raw`(?:^|[^\p{L}\p{N}.])(?:(?:${words.join('|')})\s*#?\s*)?([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\d+[A-Z]?|[A-Z]{1,3}\d{1,4}|\d+(?:\.\d+)+|#\d+)(?!\p{L}|\p{N}|\.\d)`,
    'giu',
  );
  mentionRegexFor = { vocab, re };
  return re;
}

function cleanRest(s: string): string {
  return s.replace(/^[\s:.)\]|–—-]+/, '').trim();
}
