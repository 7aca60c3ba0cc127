/**
 * A document's own legend ("**Legend**:" then "- 🟡 In Progress", "- ✅ Done") as status samples:
 * the most explicit statement of how the document writes each state, and the meaning of emoji
 * that mean nothing alone (🟡, 🟢). Read from the lines, as the model's legend reader does.
 */
import type { Legend } from '../parse/recognize/status.js';
import { statusFromWords } from '../parse/recognize/status.js';
import { fold, normalizeForMatch, stripInline } from '../parse/recognize/text.js';
import type { StatusName, Vocabulary } from '../parse/vocab/index.js';
import type { StatusSample } from './status-vocabulary.js';

const ENTRY = /^(\s*(?:[-*+]\s+)?)(\p{Extended_Pictographic}\ufe0f?|[\u2705\u2b1c\u23f3\u23f8\u274c]\ufe0f?)(\s*(?:=|:|-|–)?\s*)([\p{L}][\p{L}\s/'’-]{1,39}?)\s*$/u;

/** The legend entries of `text` as samples, and the emoji → status map they define. */
export function legendSamples(text: string, vocab: Vocabulary): { samples: StatusSample[]; legend: Legend } {
  const samples: StatusSample[] = [];
  const legend = new Map<string, StatusName>();
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  let labelled = false;
  for (let i = 0; i < lines.length; i++) {
    const plain = fold(stripInline(lines[i]!)).replace(/[:：]\s*$/, '');
    if (vocab.legendLabels.includes(plain)) {
      labelled = true;
      continue;
    }
    const run: RegExpExecArray[] = [];
    let j = i;
    while (j < lines.length && (lines[j]!.trim() === '' ? run.length === 0 && labelled : true)) {
      if (lines[j]!.trim() === '') {
        j++;
        continue;
      }
      const m = ENTRY.exec(lines[j]!);
      if (!m) break;
      run.push(m);
      j++;
    }
    // A list right under a "Legend" label, or two or more "EMOJI = word" lines anywhere.
    const explicit = run.length >= 2 && (labelled || run.every((m) => /[=:]/.test(m[3]!)));
    if (explicit) {
      for (const m of run) {
        const words = m[4]!.split('/')[0]!.trim();
        const status = statusFromWords(words, vocab);
        if (!status) continue;
        legend.set(normalizeForMatch(m[2]!), status);
        samples.push({ site: 'label', container: 'legend', slot: 'legend', status, emoji: m[2]!, words, whole: `${m[2]}${m[3]}${words}` });
      }
      i = j - 1;
    }
    if (lines[i]!.trim() !== '') labelled = false;
  }
  return { samples, legend };
}
