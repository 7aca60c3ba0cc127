/**
 * Status markers written into a heading or a list item rather than a cell: "- ✅ User quota",
 * "### Phase 1 ✅", "- **Phase 1**: … (4h) ✅ COMPLETE", "## ✅ Phase 1: Sentry (COMPLETE)",
 * "## Sprint 1 — completed", "- [x] … ✅ (COMPLETE)". The model keeps their text, not their place
 * (`site: null`); this finds each marker's emoji and words in the raw line, mojibake and all,
 * reading the line the same way the parser's splitStatusMarker does: lead emoji, then from the
 * end a trailing emoji with words, a parenthesis, a dash phrase, trailing capitals.
 */
import { repairMojibakeMapped } from './mojibake.js';
import { splitStatusMarker, type Legend } from './status.js';
import { fold, SERIES_NUMBER, stripInline } from './text.js';
import type { Vocabulary } from '../vocab/index.js';
import { STATUS_SYMBOL } from '../vocab/index.js';
import { onlyStatusWords, statusOfText, type Range, type StatusParts } from './status-parts.js';
import { letterPattern, lettersRe } from './letter-pattern.js';

/** Where in the line a marker sits; markers in the same slot of sibling lines share a vocabulary. */
export type MarkerSlot = 'lead' | 'trail' | 'paren' | 'dash' | 'caps';

/** One status marker of a line, with its parts located in the document. */
export interface MarkerToken {
  slot: MarkerSlot;
  parts: StatusParts;
}

const EMOJI = STATUS_SYMBOL;
const LEAD_RE = new RegExp(String.raw`^((?:\*\*|__)\s*)?(${EMOJI}(?:\s*${EMOJI})*)`, 'u');
const TRAIL_EMOJI_RE = letterPattern(String.raw`(${EMOJI}(?:\s*${EMOJI})*)(\s*[\p{Lu}\p{Lo}][\p{Lu}\p{Lo}\s'’-]*[\p{Lu}\p{Lo}])?$`, 'u');
const TRAIL_PAREN_RE = /\(([^()]*)\)$/u;
const TRAIL_DASH_RE = /\s[—–-]\s+([^—–-]+)$/u;
const TRAIL_CAPS_RE = letterPattern(String.raw`\s((?:[\p{Lu}][\p{Lu}'’-]+)(?:\s+[\p{Lu}][\p{Lu}'’-]+){0,2})$`, 'u');

/**
 * The status markers of one heading or list-item line (`line` is the whole physical line, `base`
 * its offset). Markup around them is skipped; only text that reads as a status is returned.
 */
export function findMarkerTokens(line: string, base: number, kind: 'heading' | 'list-item', vocab: Vocabulary, legend?: Legend): MarkerToken[] {
  const view = repairMojibakeMapped(line);
  const t = view.text;
  const prefix = kind === 'heading' ? /^\s{0,3}#{1,6}[ \t]+/.exec(t) : /^\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[^\]]\][ \t]*)?/.exec(t);
  let cs = prefix ? prefix[0].length : 0;
  // A heading's series number ("### 3. 🔄 Refactor") comes before its marker, as the reader reads it.
  if (kind === 'heading') cs += SERIES_NUMBER.exec(t.slice(cs))?.[0].length ?? 0;
  const contentStart = cs;
  let ce = t.length;
  if (kind === 'heading') ce -= /(?:[ \t]+#+)?[ \t]*$/.exec(t)![0].length;
  const abs = (r: Range): Range => ({ start: base + view.offsets[r.start]!, end: base + view.offsets[r.end]! });
  const tokens: MarkerToken[] = [];

  const lead = LEAD_RE.exec(t.slice(cs, ce));
  if (lead && statusOfText(lead[2]!, vocab, legend)) {
    const s = cs + (lead[1]?.length ?? 0);
    tokens.push({ slot: 'lead', parts: { emoji: abs({ start: s, end: s + lead[2]!.length }), words: null } });
    cs += lead[0].length;
  }

  for (let guard = 0; guard < 4 && ce > cs; guard++) {
    // Closing emphasis and spaces at the end are not part of a marker ("**SPRINT 0**  ").
    while (ce > cs && /[\s*_]/.test(t[ce - 1]!)) ce--;
    const rest = t.slice(cs, ce);
    const found = trailing(rest, vocab, legend);
    if (!found) break;
    const shift = (r: Range | null): Range | null => (r ? abs({ start: cs + r.start, end: cs + r.end }) : null);
    tokens.push({ slot: found.slot, parts: { emoji: shift(found.emoji), words: shift(found.words) } });
    ce = cs + found.start;
  }
  // Keep only what the parser itself reads as the marker of this line, so a rewrite never touches
  // text the model took for part of the title.
  const content = t.slice(contentStart);
  const marker = fold(splitStatusMarker(stripInline(content), vocab, legend).marker);
  return tokens.filter((tok) => {
    const r = [tok.parts.emoji, tok.parts.words].filter((x): x is Range => x !== null);
    const text = line.slice(Math.min(...r.map((x) => x.start)) - base, Math.max(...r.map((x) => x.end)) - base);
    const norm = fold(stripInline(text));
    return norm !== '' && marker.includes(norm);
  });
}

/** The last marker of `rest` (relative offsets), if its text reads as a status. */
function trailing(rest: string, vocab: Vocabulary, legend?: Legend): { slot: MarkerSlot; start: number; emoji: Range | null; words: Range | null } | null {
  const emoji = TRAIL_EMOJI_RE.exec(rest);
  if (emoji && emoji.index > 0 && statusOfText(emoji[0], vocab, legend) && onlyStatusWords(emoji[0], vocab)) {
    const e = { start: emoji.index, end: emoji.index + emoji[1]!.length };
    const w = emoji[2] ? wordsRange(emoji.index + emoji[1]!.length, emoji[2]) : null;
    return { slot: 'trail', start: emoji.index, emoji: e, words: w };
  }
  const paren = TRAIL_PAREN_RE.exec(rest);
  if (
    paren &&
    paren.index > 0 &&
    lettersRe`\p{L}`.test(paren[1]!) &&
    !paren[1]!.includes(':') &&
    statusOfText(paren[1]!, vocab, legend) &&
    onlyStatusWords(paren[1]!, vocab, 2)
  ) {
    const inner = paren.index + 1;
    const content = paren[1]!;
    const lead = LEAD_RE.exec(content);
    const emojiR = lead ? { start: inner + (lead[1]?.length ?? 0), end: inner + lead[0].length } : null;
    const after = lead ? lead[0].length : 0;
    return { slot: 'paren', start: paren.index, emoji: emojiR, words: wordsRange(inner + after, content.slice(after)) };
  }
  const dash = TRAIL_DASH_RE.exec(rest);
  if (dash && dash.index > 0 && !dash[1]!.includes(':') && statusOfText(dash[1]!, vocab, legend) && onlyStatusWords(dash[1]!, vocab, 1)) {
    const at = dash.index + dash[0].length - dash[1]!.length;
    return { slot: 'dash', start: dash.index, emoji: null, words: wordsRange(at, dash[1]!) };
  }
  const caps = TRAIL_CAPS_RE.exec(rest);
  if (caps && caps.index > 0 && statusOfText(caps[1]!, vocab, legend) && onlyStatusWords(caps[1]!, vocab)) {
    const at = caps.index + caps[0].length - caps[1]!.length;
    return { slot: 'caps', start: caps.index, emoji: null, words: wordsRange(at, caps[1]!) };
  }
  return null;
}

/** The range of `text` placed at `at`, without its surrounding spaces. */
function wordsRange(at: number, text: string): Range | null {
  const lead = /^\s*/.exec(text)![0].length;
  const trimmed = text.trim();
  return trimmed === '' ? null : { start: at + lead, end: at + lead + trimmed.length };
}
