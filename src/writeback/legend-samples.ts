/**
 * A document's own legend ("**Legend**:" then "- 🟡 In Progress", "- ✅ Done") as status samples:
 * the most explicit statement of how the document writes each state, and the meaning of emoji
 * that mean nothing alone (🟡, 🟢). The entries are the model's (`Sprint.legend`); this only
 * splits each as written into its emoji, separator and words.
 */
import type { Legend } from '../parse/recognize/status.js';
import { normalizeForMatch, stripInline } from '../parse/recognize/text.js';
import type { Sprint } from '../model/schema.js';
import type { StatusSample } from './status-vocabulary.js';

const ENTRY = /^(\p{Extended_Pictographic}\ufe0f?|[\u2705\u2b1c\u23f3\u23f8\u274c]\ufe0f?)(\s*(?:=|:|-|–)?\s*)([\p{L}][\p{L}\s/'’-]{1,39}?)\s*$/u;

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
    const m = ENTRY.exec(stripInline(entry.raw).trim());
    if (!m) continue;
    const words = m[3]!.split('/')[0]!.trim();
    samples.push({ site: 'label', container: 'legend', slot: 'legend', status: entry.status, emoji: m[1]!, words, whole: `${m[1]}${m[2]}${words}` });
  }
  return samples;
}

/** The emoji → status map the document's legend defines. */
export function legendOf(sprint: Sprint): Legend {
  return new Map(sprint.legend.map((e) => [normalizeForMatch(e.symbol), e.status]));
}
