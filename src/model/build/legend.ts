/**
 * A document's own legend ("**Legend**: - 🟢 In Review - ✅ Done", "✅ = Met / 🟡 = In Progress")
 * redefines what its emoji mean, for that document only.
 */
import type { Block, Outline } from '../../parse/outline.js';
import { statusFromWords, type Legend } from '../../parse/recognize/status.js';
import { fold, normalizeForMatch, stripInline } from '../../parse/recognize/text.js';
import type { StatusName, Vocabulary } from '../../parse/vocab/index.js';

const ENTRY = /^\s*(\p{Extended_Pictographic}|[\u2705\u2b1c\u23f3\u23f8\u274c])\ufe0f?\s*(?:=|:|-|–)?\s*(.{2,40})$/u;

/** Reads every legend list (a list under a "Legend" label, or a list of "EMOJI = word" lines). */
export function readLegend(outline: Outline, vocab: Vocabulary): Legend {
  const legend = new Map<string, StatusName>();
  let labelled = false;
  const visit = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'paragraph') {
        const last = fold(stripInline(b.lines[b.lines.length - 1]?.text ?? '')).replace(/[:：]\s*$/, '');
        labelled = vocab.legendLabels.includes(last);
        const entries = b.lines.map((l) => ENTRY.exec(normalizeForMatch(stripInline(l.text))));
        if (entries.length >= 2 && entries.every(Boolean)) for (const e of entries) add(e!);
        continue;
      }
      if (b.kind === 'list') {
        const entries = b.items.map((i) => ENTRY.exec(normalizeForMatch(stripInline(i.lines[0]?.text ?? ''))));
        if (labelled && entries.length >= 2 && entries.every(Boolean)) for (const e of entries) add(e!);
      }
      labelled = false;
    }
  };
  const add = (m: RegExpExecArray) => {
    // "🔴 Not Started / Blocked": the first meaning is the one a status cell means.
    const s = statusFromWords(m[2]!.split('/')[0]!, vocab);
    if (s) legend.set(m[1]!, s);
  };
  visit(outline.blocks);
  return legend;
}
