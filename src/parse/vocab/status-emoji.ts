/**
 * Status emoji and symbols. `strong` ones mean the same thing in every document we have seen;
 * `weak` ones are a default that a word next to them (or a legend in the document) overrides.
 * Emoji are stored without variation selectors (U+FE0F); the matcher strips them too.
 */
import type { StatusName } from './status-name.js';

/** Emoji / symbol → status, with how much to trust it alone. */
export const STATUS_EMOJI: ReadonlyArray<{ symbol: string; status: StatusName; strength: 'strong' | 'weak' }> = [
  { symbol: '✅', status: 'done', strength: 'strong' },
  { symbol: '✔', status: 'done', strength: 'strong' },
  { symbol: '☑', status: 'done', strength: 'strong' },
  { symbol: '✓', status: 'done', strength: 'strong' },
  { symbol: '🟩', status: 'done', strength: 'weak' },
  { symbol: '🎉', status: 'done', strength: 'weak' },
  { symbol: '🔲', status: 'todo', strength: 'strong' },
  { symbol: '⬜', status: 'todo', strength: 'strong' },
  { symbol: '☐', status: 'todo', strength: 'strong' },
  { symbol: '🔳', status: 'todo', strength: 'strong' },
  { symbol: '⭕', status: 'todo', strength: 'weak' },
  { symbol: '🔜', status: 'todo', strength: 'strong' },
  { symbol: '📅', status: 'todo', strength: 'weak' },
  { symbol: '📋', status: 'todo', strength: 'weak' },
  { symbol: '📝', status: 'todo', strength: 'weak' },
  { symbol: '🆕', status: 'todo', strength: 'weak' },
  { symbol: '⏸', status: 'todo', strength: 'weak' },
  { symbol: '❌', status: 'todo', strength: 'weak' },
  { symbol: '✗', status: 'todo', strength: 'weak' },
  { symbol: '✖', status: 'todo', strength: 'weak' },
  { symbol: '⏳', status: 'in_progress', strength: 'weak' },
  { symbol: '⌛', status: 'in_progress', strength: 'weak' },
  { symbol: '🔄', status: 'in_progress', strength: 'strong' },
  { symbol: '🚧', status: 'in_progress', strength: 'strong' },
  { symbol: '🟡', status: 'in_progress', strength: 'weak' },
  { symbol: '🏃', status: 'in_progress', strength: 'weak' },
  { symbol: '🔨', status: 'in_progress', strength: 'weak' },
  { symbol: '👀', status: 'in_progress', strength: 'weak' },
  { symbol: '⛔', status: 'blocked', strength: 'strong' },
  { symbol: '🛑', status: 'blocked', strength: 'strong' },
  { symbol: '🚫', status: 'blocked', strength: 'weak' },
  { symbol: '🗑', status: 'cancelled', strength: 'weak' },
];

/** Symbols that carry a state only through a word or a legend next to them (🟢 is "ready" in one file, "in progress" in another). */
export const AMBIGUOUS_EMOJI: readonly string[] = ['🟢', '🔴', '🟠', '🔵', '⚪', '⚫', '🟣', '⚠'];

/**
 * Characters inside `[ ]` task markers and what they mean when the document does not say: GFM's
 * `x`, plus the markers real files use with the meanings Obsidian Tasks gives them: `[/]` in
 * progress, `[-]` cancelled, `[~]` cancelled, `[!]` blocked (flagged), `[>]` deferred and `[?]`
 * open question (both still to do). A document's legend overrides these, and so does a format
 * that gives a marker another meaning (CHECKBOX_DIALECTS).
 */
export const CHECKBOX_MARKERS: Record<string, StatusName> = {
  ' ': 'todo',
  x: 'done',
  X: 'done',
  '-': 'cancelled',
  '/': 'in_progress',
  '~': 'cancelled',
  '!': 'blocked',
  '>': 'todo',
  '?': 'todo',
};

/**
 * Formats whose checkboxes mean something else, recognized by a line only that format writes.
 * Kiro's tasks.md writes `[-]` for a task under way, and its tasks carry `_Requirements: 1.2_`
 * reference lines.
 */
export const CHECKBOX_DIALECTS: ReadonlyArray<{ format: string; evidence: RegExp; markers: Readonly<Record<string, StatusName>> }> = [
  { format: 'Kiro tasks.md', evidence: /^[ \t]*(?:[-*+][ \t]+)?_Requirements?:[^\n]*_[ \t]*$/im, markers: { '-': 'in_progress' } },
];

/**
 * The status symbols Unicode does not class as pictographic (✓ ✗ ☐): every symbol of STATUS_EMOJI
 * that `\p{Extended_Pictographic}` misses, so the class below always covers the whole table.
 */
const NON_PICTOGRAPHIC = STATUS_EMOJI.map((e) => e.symbol).filter((s) => !/^\p{Extended_Pictographic}$/u.test(s));

/**
 * The one character class for "a status symbol" in text, as a regex source for the recognizers to
 * compile: any pictograph, or one of the non-pictographic status symbols. Whether a symbol means
 * a status is decided by STATUS_EMOJI, AMBIGUOUS_EMOJI and the document's legend, not by this.
 */
export const SYMBOL_CHAR = String.raw`(?:\p{Extended_Pictographic}|[${NON_PICTOGRAPHIC.join('')}])`;

/** What may follow a symbol and belongs to it: variation selectors and the zero-width joiner. */
export const SYMBOL_MODIFIERS = String.raw`[\ufe0e\ufe0f\u200d]*`;

/** One written status symbol with its modifiers. */
export const STATUS_SYMBOL = SYMBOL_CHAR + SYMBOL_MODIFIERS;
