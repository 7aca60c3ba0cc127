/**
 * Turning one status place into another status: the edit, in the document's vocabulary, checked
 * to read back as the intended status. A place that cannot say the status (a checkbox cannot say
 * "blocked") is reported with the reason instead of being guessed at.
 */
import type { Edit } from '../edit/edit.js';
import type { Legend } from '../parse/recognize/status.js';
import type { Vocabulary } from '../parse/vocab/index.js';
import type { Status } from '../model/schema.js';
import { cellEdit } from './cell-padding.js';
import type { StatusPlace, TextPlace } from './status-places.js';
import { recase, statusOfText, styleOf, type Range } from '../parse/recognize/status-parts.js';
import { chooseCheckbox, chooseText, DEFAULT_EMOJI, DEFAULT_WORDS, type StatusSample } from './status-vocabulary.js';

/** One place rewritten: its edit and the status text before and after, for the report. */
export interface PlaceChange {
  edit: Edit;
  /** Further edits of the same change (a moved card: deleted here, inserted there). */
  extra?: Edit[];
  before: string;
  after: string;
  line: number;
}

/** A place rewritten (null when it already says the status), or why it cannot be. */
export type PlaceOutcome = { ok: true; change: PlaceChange | null } | { ok: false; why: string };

/** What rewriting needs: the text, the vocabulary, what the document already writes, and its legend. */
export interface RewriteContext {
  text: string;
  vocab: Vocabulary;
  samples: readonly StatusSample[];
  legend?: Legend;
  /**
   * What this place said in an earlier version of the document (`reopen` from git history): the
   * status text, or the checkbox character. Written back exactly when it reads as the target.
   */
  earlier?: (place: StatusPlace) => string | null;
  /** The document's checkbox meanings, to check an earlier checkbox character. */
  checkboxes?: Readonly<Record<string, Status>>;
}

/** The edit that makes `place` say `target`. */
export function rewritePlace(place: StatusPlace, target: Status, label: string, ctx: RewriteContext): PlaceOutcome {
  if (place.kind === 'checkbox') {
    const was = ctx.earlier?.(place) ?? null;
    const char = was !== null && ctx.checkboxes?.[was] === target ? was : chooseCheckbox(place.container, target, ctx.samples);
    if (char === null) return { ok: false, why: `a checkbox (line ${place.line}) has no way to say ${statusWord(target)}; left [${place.char}]` };
    if (char === place.char) return { ok: true, change: null };
    return {
      ok: true,
      change: {
        edit: { start: place.offset, end: place.offset + 1, text: char, expect: place.char, label },
        before: `[${place.char}]`,
        after: `[${char}]`,
        line: place.line,
      },
    };
  }
  if (place.kind === 'lane') return { ok: false, why: `a kanban card (line ${place.line}) changes status by moving; see move-card.ts` };
  return rewriteText(place, target, label, ctx);
}

function rewriteText(place: TextPlace, target: Status, label: string, ctx: RewriteContext): PlaceOutcome {
  const { text } = ctx;
  const { emoji, words } = place.parts;
  const region: Range =
    emoji || words
      ? { start: Math.min(emoji?.start ?? Infinity, words?.start ?? Infinity), end: Math.max(emoji?.end ?? -1, words?.end ?? -1) }
      : (place.content ?? { start: 0, end: 0 });
  if (!emoji && !words && !place.content) return { ok: false, why: `no status text found at line ${place.line}` };
  const current = { emoji: emoji ? text.slice(emoji.start, emoji.end) : null, words: words ? text.slice(words.start, words.end) : null };
  const before = text.slice(region.start, region.end);

  const compose = (newEmoji: string | null, newWords: string | null): string => {
    if (!emoji && !words) return [newEmoji, newWords].filter((x): x is string => x !== null).join(' ');
    // Replace each part in place, keeping what sits between them ("✅ **COMPLETED" keeps its "**").
    const edits = [
      ...(emoji && newEmoji !== null ? [{ ...emoji, text: newEmoji }] : []),
      ...(words && newWords !== null ? [{ ...words, text: newWords }] : []),
    ].sort((a, b) => b.start - a.start);
    let out = before;
    for (const e of edits) out = out.slice(0, e.start - region.start) + e.text + out.slice(e.end - region.start);
    return out;
  };

  const was = ctx.earlier?.(place) ?? null;
  const restored = was !== null && statusOfText(was, ctx.vocab, ctx.legend) === target ? was : null;
  const chosen = chooseText(place, target, current, ctx.samples, ctx.vocab);
  let after = restored ?? compose(chosen.emoji, chosen.words);
  if (restored === null && !chosen.fromSiblings && statusOfText(after, ctx.vocab, ctx.legend) !== target) {
    // What the document uses did not read back as the status here: fall back to the defaults.
    const style = styleOf(current.words ?? chosen.words ?? 'Done');
    after = compose(chosen.emoji === null ? null : DEFAULT_EMOJI[target], chosen.words === null ? null : recase(DEFAULT_WORDS[target], style));
    if (statusOfText(after, ctx.vocab, ctx.legend) !== target)
      return { ok: false, why: `could not write ${statusWord(target)} at line ${place.line} so that it reads back as ${statusWord(target)}` };
  }
  if (after === before) return { ok: true, change: null };
  let edit: Edit;
  if (place.site === 'cell' && place.content) {
    const content = text.slice(place.content.start, region.start) + after + text.slice(region.end, place.content.end);
    edit = cellEdit(text, place.content.start, place.content.end, content, label);
  } else {
    edit = { start: region.start, end: region.end, text: after, expect: before, label };
  }
  return { ok: true, change: { edit, before, after, line: place.line } };
}

/** "done", "in progress", "not started", … for messages. */
export function statusWord(status: Status): string {
  return status === 'todo' ? 'not started' : status.replace('_', ' ');
}
