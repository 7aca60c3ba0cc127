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
 * Characters inside `[ ]` task markers: GFM's `x`, plus the non-standard markers real files use:
 * `[/]` and `[-]` in progress (Kiro writes `[-]` for a task under way), `[~]` cancelled, `[!]`
 * blocked (flagged), `[>]` deferred and `[?]` open question (both still to do).
 */
export const CHECKBOX_MARKERS: Record<string, StatusName> = {
  ' ': 'todo',
  x: 'done',
  X: 'done',
  '-': 'in_progress',
  '/': 'in_progress',
  '~': 'cancelled',
  '!': 'blocked',
  '>': 'todo',
  '?': 'todo',
};
