/**
 * The document's own way of writing each status, learned from what it already writes: a row that
 * becomes done gets what the same table writes for done ("✅" among emoji-only subtasks, "✅ Done"
 * on story rows), a word board gets its own words ("NOT STARTED" → "DONE"), a mojibake file gets
 * mojibake. Order of preference: the same container and slot, the same kind of place anywhere,
 * any place, the document's own labels ("✅ **Завершено**: 0 задач"), then a default in the style
 * of the place being rewritten.
 */
import { repairMojibake, toMojibake } from '../parse/recognize/mojibake.js';
import type { Vocabulary } from '../parse/vocab/index.js';
import type { Sprint, Status } from '../model/schema.js';
import { legendSamples } from './legend-samples.js';
import { placesOf, type PlaceContext, type TextPlace } from './status-places.js';
import { isMojibakeText, onlyStatusWords, recase, statusOfText, styleOf, wholeStatusParts, type StatusParts } from '../parse/recognize/status-parts.js';
import { lettersRe } from '../parse/recognize/letter-pattern.js';

/** One status the document writes somewhere, split into its emoji and words as written. */
export interface StatusSample {
  site: 'cell' | 'field' | 'marker' | 'checkbox' | 'label' | 'rollup-mark';
  container: string;
  slot: string;
  status: Status;
  emoji: string | null;
  words: string | null;
  /** The whole status text as written (emoji, words and what is between them). */
  whole: string;
}

/** Default emoji per status, used only when the document writes none for that status. */
export const DEFAULT_EMOJI: Readonly<Record<Status, string>> = { done: '✅', todo: '🔲', in_progress: '🔄', blocked: '⛔', cancelled: '❌' };
/** Default words per status, recased to the place's style ("DONE", "Not Started"). */
export const DEFAULT_WORDS: Readonly<Record<Status, string>> = {
  done: 'Done',
  todo: 'Not Started',
  in_progress: 'In Progress',
  blocked: 'Blocked',
  cancelled: 'Cancelled',
};

/** Every status the document writes, in document order. */
export function collectSamples(sprint: Sprint, ctx: PlaceContext): StatusSample[] {
  const out: StatusSample[] = [];
  const { text, vocab } = ctx;
  for (const task of sprint.tasks) {
    for (const o of task.occurrences) {
      if (o.status === null) continue;
      for (const place of placesOf(o, ctx)) {
        if (place.kind === 'checkbox') {
          out.push({ site: 'checkbox', container: place.container, slot: 'checkbox', status: o.status, emoji: null, words: null, whole: place.char });
          continue;
        }
        if (place.kind === 'lane') continue;
        const sample = sampleOf(place, text, o.status, vocab);
        if (sample) out.push(sample);
      }
    }
  }
  // Labels that are a status: "✅ **Завершено**: 0 задач", "**Completed:** 14 hours".
  for (const f of sprint.fragments) {
    if (f.kind === 'heading-rollup') {
      const mark = f.values?.find((v) => v.role === 'status-mark');
      const status = mark?.status ?? null;
      if (mark && status) out.push({ site: 'rollup-mark', container: 'rollup', slot: 'mark', status, emoji: mark.raw, words: null, whole: mark.raw });
      continue;
    }
    if (!f.status) continue;
    const label = f.raw.split(/[:：]/)[0] ?? '';
    if (!onlyStatusWords(label, vocab) || statusOfText(label, vocab) !== f.status) continue;
    const parts = wholeStatusParts(label, f.span.start);
    out.push(fromParts('label', 'label', 'label', f.status, parts, text));
  }
  out.push(...legendSamples(sprint));
  // Bucket headings: "## ✅ Completed Tasks" says which emoji the document uses for done.
  for (const s of sprint.sections) {
    if (s.role !== 'bucket' || !s.status || !s.mark) continue;
    out.push(fromParts('label', 'bucket', 'lead', s.status, { emoji: s.mark, words: null }, text));
  }
  return out;
}

/** What a status place should say for `target`: new emoji and words for its parts. */
export interface ChosenText {
  emoji: string | null;
  words: string | null;
  /** Copied from sibling places that say `target` this way: trusted without reading it back alone. */
  fromSiblings: boolean;
}

/**
 * The emoji and words a place gets for `target`, in the place's own shape: an emoji-only place gets
 * an emoji, a words-only place words, a place with both gets both. A place with no status yet (a
 * blank cell) takes the shape its siblings use.
 */
export function chooseText(
  place: TextPlace,
  target: Status,
  current: { emoji: string | null; words: string | null },
  samples: readonly StatusSample[],
  vocab: Vocabulary,
): ChosenText {
  const siblings = samples.filter((s) => s.container === place.container && s.slot === place.slot);
  let wantEmoji = current.emoji !== null;
  let wantWords = current.words !== null;
  if (!wantEmoji && !wantWords) {
    // A blank place: copy the shape its siblings use, else "✅ Done".
    const shaped = siblings.filter((s) => s.emoji || s.words);
    const emojiShare = shaped.filter((s) => s.emoji).length;
    const wordShare = shaped.filter((s) => s.words).length;
    wantEmoji = shaped.length === 0 || emojiShare * 2 >= shaped.length;
    wantWords = shaped.length === 0 || wordShare * 2 >= shaped.length;
  }
  const tiers = preferenceTiers(place, samples).map((tier) => tier.filter((s) => s.status === target));
  // A sibling written in the same shape is copied whole ("🟢 Ready" stays a pair even though 🟢
  // alone means nothing).
  const style = current.words !== null ? styleOf(current.words) : null;
  const sameShape = tiers[0]!.filter(
    (s) => (s.emoji !== null) === wantEmoji && (s.words !== null) === wantWords && (style === null || s.words === null || styleOf(s.words) === style),
  );
  const whole = mostCommon(sameShape.map((s) => s.whole));
  const twin = whole === null ? undefined : sameShape.find((s) => s.whole === whole);
  if (twin) return { emoji: twin.emoji === null ? null : inEncodingOf(current.emoji, twin.emoji), words: twin.words, fromSiblings: true };
  const emoji = wantEmoji ? pickEmoji(tiers, target, current.emoji, vocab) : null;
  const words = wantWords ? pickWords(tiers, target, current.words, siblings, vocab) : null;
  return { emoji, words, fromSiblings: false };
}

/**
 * The checkbox character for `target` in this document, or null when a checkbox cannot say it:
 * `[ ]` and `[x]` (or `[X]` where the document writes that), and for other states a character
 * the document already uses for that state, in its boxes or its legend.
 */
export function chooseCheckbox(container: string, target: Status, samples: readonly StatusSample[]): string | null {
  const boxes = samples.filter((s) => s.site === 'checkbox');
  switch (target) {
    case 'todo':
      return ' ';
    case 'done': {
      const local = boxes.filter((s) => s.container === container && s.status === 'done');
      const pool = local.length > 0 ? local : boxes.filter((s) => s.status === 'done');
      const upper = pool.filter((s) => s.whole === 'X').length;
      return upper > pool.length - upper ? 'X' : 'x';
    }
    default: {
      const used = boxes.find((s) => s.status === target && s.whole !== ' ' && s.whole.toLowerCase() !== 'x');
      return used ? used.whole : null;
    }
  }
}

/** Samples grouped by how close they are to the place: same container and slot, the legend, same kind and slot, same kind, any, labels. */
function preferenceTiers(place: TextPlace, samples: readonly StatusSample[]): StatusSample[][] {
  const written = samples.filter((s) => s.site !== 'label' && s.site !== 'rollup-mark' && s.site !== 'checkbox');
  return [
    written.filter((s) => s.container === place.container && s.slot === place.slot),
    samples.filter((s) => s.container === 'legend'),
    written.filter((s) => s.site === place.site && s.slot === place.slot),
    written.filter((s) => s.site === place.site),
    written,
    samples.filter((s) => (s.site === 'label' && s.container !== 'legend') || s.site === 'rollup-mark'),
  ];
}

function pickEmoji(tiers: StatusSample[][], target: Status, current: string | null, vocab: Vocabulary): string {
  let chosen: string | null = null;
  for (const [i, tier] of tiers.entries()) {
    // Siblings' and the legend's emoji are taken as they use them; from farther away only emoji
    // that mean the status alone.
    const trusted = (s: StatusSample) => i === 0 || s.container === 'legend' || statusOfText(s.emoji!, vocab) === target;
    chosen = mostCommon(tier.filter((s) => s.emoji !== null && trusted(s)).map((s) => s.emoji!));
    if (chosen) break;
  }
  return inEncodingOf(current, chosen ?? DEFAULT_EMOJI[target]);
}

/** `emoji` written the way the place writes emoji: mojibake in a mojibake place, clean in a clean one. */
function inEncodingOf(current: string | null, emoji: string): string {
  if (current === null) return emoji;
  if (isMojibakeText(current)) return isMojibakeText(emoji) ? emoji : toMojibake(emoji);
  return repairMojibake(emoji);
}

function pickWords(tiers: StatusSample[][], target: Status, current: string | null, siblings: readonly StatusSample[], vocab: Vocabulary): string {
  const style = current !== null ? styleOf(current) : styleOf(mostCommon(siblings.map((s) => s.words).filter((w): w is string => w !== null)) ?? 'Done');
  // Siblings' words are taken whole ("COMPLETE - 100%" in a heading's parenthesis); from farther
  // away only plain status words, so a note or a number never travels to another kind of place.
  const plain = (w: string) => lettersRe`^[\p{L}\p{M}\s'’-]+$`.test(w) && onlyStatusWords(w, vocab);
  for (const [i, tier] of tiers.entries()) {
    const words = mostCommon(tier.map((s) => s.words).filter((w): w is string => w !== null && (i === 0 || plain(w))));
    if (!words) continue;
    // Words are copied as they are written when their case matches the place's, else recased
    // ("Done" from a story row becomes "DONE" among upper-case subtask rows).
    return styleOf(words) === style ? words : recase(words, style);
  }
  return recase(DEFAULT_WORDS[target], style);
}

function sampleOf(place: TextPlace, text: string, status: Status | null, vocab: Vocabulary): StatusSample | null {
  const { emoji, words } = place.parts;
  if (!emoji && !words) return null;
  const start = Math.min(emoji?.start ?? Infinity, words?.start ?? Infinity);
  const end = Math.max(emoji?.end ?? -1, words?.end ?? -1);
  const s = status ?? statusOfText(text.slice(start, end), vocab);
  return s ? fromParts(place.site, place.container, place.slot, s, place.parts, text) : null;
}

function fromParts(site: StatusSample['site'], container: string, slot: string, status: Status, parts: StatusParts, text: string): StatusSample {
  const start = Math.min(parts.emoji?.start ?? Infinity, parts.words?.start ?? Infinity);
  const end = Math.max(parts.emoji?.end ?? -1, parts.words?.end ?? -1);
  return {
    site,
    container,
    slot,
    status,
    emoji: parts.emoji ? text.slice(parts.emoji.start, parts.emoji.end) : null,
    words: parts.words ? text.slice(parts.words.start, parts.words.end) : null,
    whole: Number.isFinite(start) ? text.slice(start, end) : '',
  };
}

/** The most frequent value (the first seen among equals), or null. */
function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}
