/**
 * A document's own legend ("**Legend**:" then "- 🟡 In Progress", "- ✅ Done") as status samples:
 * the most explicit statement of how the document writes each state, and the meaning of emoji
 * that mean nothing alone (🟡, 🟢). The entries are the model's (`Sprint.legend`), split as
 * written by the reader (`LegendEntry.parts`).
 */
import type { Legend } from '../parse/recognize/status.js';
import { normalizeForMatch } from '../parse/recognize/text.js';
import type { Sprint } from '../model/schema.js';
import type { StatusSample } from './status-vocabulary.js';
import { letterPattern } from '../parse/recognize/letter-pattern.js';

/** Words a state can be written with: letters, spaces, apostrophes and hyphens (no numbers or notes), at most 40. */
const STATE_WORDS = letterPattern(String.raw`^[\p{L}][\p{L}\s'’-]{1,39}$`, 'u');

/** The legend entries of the document as samples (only entries written with a real emoji). */
export function legendSamples(sprint: Sprint): StatusSample[] {
  const samples: StatusSample[] = [];
  for (const entry of sprint.legend) {
    const box = /^\[([^\]])\]$/.exec(entry.symbol);
    if (box) {
      // "[/] in progress": the document's own checkbox for that state.
      samples.push({ site: 'checkbox', container: 'legend', slot: 'checkbox', status: entry.status, emoji: null, words: null, whole: box[1]! });
      continue;
    }
    const p = entry.parts;
    if (!p || !STATE_WORDS.test(p.words)) continue;
    samples.push({
      site: 'label',
      container: 'legend',
      slot: 'legend',
      status: entry.status,
      emoji: p.symbol,
      words: p.words,
      whole: `${p.symbol}${p.separator}${p.words}`,
    });
  }
  return samples;
}

/** The emoji → status map the document's legend defines. */
export function legendOf(sprint: Sprint): Legend {
  return new Map(sprint.legend.map((e) => [normalizeForMatch(e.symbol), e.status]));
}
