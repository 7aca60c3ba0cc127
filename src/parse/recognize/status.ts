/**
 * Status recognition: turns a cell, a marker or a phrase ("⏳ In Progress", "✅ COMPLETADO",
 * "⬜ Offen", "(~50% complete)", "— completed") into one of the five states, using the vocabulary
 * tables and, when the document has one, its own legend.
 */
import type { StatusName, Vocabulary } from '../vocab/index.js';
import { STATUS_SYMBOL, SYMBOL_CHAR } from '../vocab/index.js';
import { oncePer } from './memo.js';
import { firstPhrase, phraseIndex } from './phrase-index.js';
import { findPhrase, fold, normalizeForMatch, stripInline } from './text.js';
import { letterPattern, lettersRe } from './letter-pattern.js';

/** A recognized status and what it was recognized from. */
export interface StatusMatch {
  status: StatusName;
  via: 'word' | 'emoji' | 'percent' | 'checkbox' | 'strike' | 'legend';
}

/** Per-document emoji meanings read from a legend list ("🟢 In Review"). */
export type Legend = ReadonlyMap<string, StatusName>;

const EMOJI_RE = new RegExp(SYMBOL_CHAR, 'gu');

/** The status words found in `text`: the earliest phrase wins, the longest at the same place. */
export function statusFromWords(text: string, vocab: Vocabulary): StatusName | null {
  const t = fold(stripInline(text));
  if (t === '') return null;
  return firstPhrase(statusIndex(vocab), t)?.value ?? null;
}

/** The vocabulary's status phrases, indexed once per vocabulary. */
const statusIndex = oncePer((vocab: Vocabulary) => phraseIndex(vocab.statusPhrases.map(({ phrase, status }) => ({ phrase, value: status }))));

/** The status carried by emoji in `text` (legend first, then strong, then weak defaults). */
export function statusFromEmoji(text: string, vocab: Vocabulary, legend?: Legend): { status: StatusName; strength: 'strong' | 'weak' } | null {
  const t = normalizeForMatch(text);
  let weak: StatusName | null = null;
  for (const m of t.matchAll(EMOJI_RE)) {
    const sym = m[0];
    const fromLegend = legend?.get(sym);
    if (fromLegend) return { status: fromLegend, strength: 'strong' };
    const known = vocab.statusEmoji.get(sym);
    if (known?.strength === 'strong') return { status: known.status, strength: 'strong' };
    if (known && weak === null) weak = known.status;
  }
  return weak ? { status: weak, strength: 'weak' } : null;
}

/** Status implied by a completion percentage in `text` (100% done, 0% todo, between: in progress). */
export function statusFromPercent(text: string): StatusName | null {
  const m = /(?:^|[^\d.])(\d{1,3}(?:[.,]\d+)?)\s*%|%\s*(\d{1,3})/.exec(normalizeForMatch(text));
  if (!m) return null;
  const n = Number((m[1] ?? m[2] ?? '').replace(',', '.'));
  if (!Number.isFinite(n)) return null;
  if (n >= 100) return 'done';
  if (n <= 0) return 'todo';
  return 'in_progress';
}

/** Recognizes a status cell or marker: words beat emoji, the document's legend beats default emoji, a lone percentage is the last resort. */
export function recognizeStatus(text: string, vocab: Vocabulary, legend?: Legend): StatusMatch | null {
  const emoji = statusFromEmoji(text, vocab, legend);
  const word = statusFromWords(text, vocab);
  if (word) {
    // "50% complete" is progress, not completion.
    if (word === 'done') {
      const pct = statusFromPercent(text);
      if (pct === 'in_progress') return { status: 'in_progress', via: 'percent' };
    }
    return { status: word, via: 'word' };
  }
  if (emoji) return { status: emoji.status, via: legend && [...legend.keys()].some((k) => normalizeForMatch(text).includes(k)) ? 'legend' : 'emoji' };
  const pct = statusFromPercent(text);
  if (pct && /^\s*[~≈]?\s*\d{1,3}(?:[.,]\d+)?\s*%\s*$/.test(stripInline(text))) return { status: pct, via: 'percent' };
  return null;
}

/** Where a status marker sits in a title and what the title is without it. */
export interface MarkerSplit {
  title: string;
  status: StatusMatch | null;
  /** The marker text that was removed (for display and vocabulary learning). */
  marker: string;
}

const TRAIL_PAREN = /\s*\(([^()]*)\)\s*$/;
const TRAIL_DASH = /\s+[—–-]\s+([^—–-]+)$/;
const LEAD_EMOJI = new RegExp(String.raw`^\s*(${STATUS_SYMBOL}\s*)+`, 'u');
const TRAIL_EMOJI_WORDS = letterPattern(String.raw`\s*(${STATUS_SYMBOL}(?:\s*[\p{Lu}\p{Lo}][\p{Lu}\p{Lo}\s'’-]*[\p{Lu}\p{Lo}])?\s*)+$`, 'u');
const TRAIL_CAPS = letterPattern(String.raw`\s+((?:[\p{Lu}][\p{Lu}'’-]+)(?:\s+[\p{Lu}][\p{Lu}'’-]+){0,2})$`, 'u');

/**
 * Splits status markers off the start and end of a heading or list-item title:
 * "✅ T1 - SSE Security (COMPLETE - 100%)", "Phase 1 … (4h) ✅ COMPLETE", "Sprint 2 — pending".
 * Only text that is recognized as a status is removed; the rest stays in the title.
 */
export function splitStatusMarker(rawTitle: string, vocab: Vocabulary, legend?: Legend): MarkerSplit {
  let title = normalizeForMatch(rawTitle);
  const markers: string[] = [];
  let status: StatusMatch | null = null;
  const take = (m: RegExpExecArray, front: boolean, candidate: string): boolean => {
    const s = recognizeStatus(candidate, vocab, legend);
    if (!s) return false;
    status ??= s;
    markers.push(m[0].trim());
    title = front ? title.slice(m[0].length) : title.slice(0, m.index);
    return true;
  };
  for (let guard = 0; guard < 4; guard++) {
    let changed = false;
    const lead = LEAD_EMOJI.exec(title);
    if (lead && take(lead, true, lead[0])) changed = true;
    const trailEmoji = TRAIL_EMOJI_WORDS.exec(title);
    if (trailEmoji && trailEmoji.index > 0 && take(trailEmoji, false, trailEmoji[0])) changed = true;
    const paren = TRAIL_PAREN.exec(title);
    if (
      paren &&
      paren.index > 0 &&
      lettersRe`[\p{L}%]`.test(paren[1] ?? '') &&
      !paren[1]!.includes(':') &&
      isStatusPhrase(paren[1]!, vocab, 1) &&
      take(paren, false, paren[1]!)
    )
      changed = true;
    const dash = TRAIL_DASH.exec(title);
    if (dash && dash.index > 0 && !dash[1]!.includes(':') && isStatusPhrase(dash[1]!, vocab) && take(dash, false, dash[1]!)) changed = true;
    const caps = TRAIL_CAPS.exec(title);
    if (caps && caps.index > 0 && isStatusPhrase(caps[1]!, vocab) && take(caps, false, caps[1]!)) changed = true;
    if (!changed) break;
  }
  return { title: title.replace(/[\s:–—-]+$/u, '').trim(), status, marker: markers.reverse().join(' ') };
}

/** A short phrase that is (mostly) a status: "COMPLETE - 100%", "In Progress", "~50% complete", "deferred". */
function isStatusPhrase(text: string, vocab: Vocabulary, maxFiller = 3): boolean {
  const t = fold(stripInline(text));
  if (t.length > 40) return false;
  if (statusFromWords(t, vocab) === null) return false;
  // Everything left after removing status words, numbers and punctuation must be short filler.
  let rest = t;
  const named = new Set<StatusName>();
  for (const { phrase, status } of vocab.statusPhrases) {
    if (rest.length === 0) break;
    const at = findPhrase(rest, phrase);
    if (at >= 0) {
      rest = `${rest.slice(0, at)} ${rest.slice(at + phrase.length)}`;
      named.add(status);
    }
  }
  // Rule: states offered as alternatives ("COMPLETED or CANCELLED", "not done or blocked") describe
  // a condition on states; they are no item's status.
  if (named.size > 1 && rest.split(/\s+/).some((w) => vocab.disjunctions.includes(w))) return false;
  rest = rest
    .replace(/[\d.,%~≈()\-–—:+/|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = rest.split(' ').filter(Boolean).length;
  if (words === 0) return true;
  // "(NEXT PRIORITY)", "(COMPLETE - 60 dias dados)": the status leads; "(SQL query ready)" is not a status.
  const lead = t.replace(lettersRe`^[^\p{L}\p{N}]+`, '');
  const leads = vocab.statusPhrases.some(({ phrase }) => lead.startsWith(phrase) && findPhrase(lead, phrase) === 0);
  return leads && (words <= maxFiller || (/\d/.test(t) && words <= 3));
}

/**
 * The known status phrase nearest to an unknown one (edit distance at most a third of its length,
 * and at most 3), for a diagnostic's hint: "Dnoe" → "done", "In progres" → "in progress".
 */
export function closestStatusPhrase(text: string, vocab: Vocabulary): { phrase: string; status: StatusName } | null {
  const t = text.trim().toLowerCase();
  if (t.length < 3 || t.length > 30) return null;
  let best: { phrase: string; status: StatusName; d: number } | null = null;
  for (const { phrase, status } of vocab.statusPhrases) {
    if (Math.abs(phrase.length - t.length) > 3) continue;
    const d = editDistance(t, phrase);
    if (d <= Math.min(3, Math.max(1, Math.ceil(t.length / 3))) && (best === null || d < best.d)) best = { phrase, status, d };
  }
  return best && { phrase: best.phrase, status: best.status };
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
