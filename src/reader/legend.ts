/**
 * A document's own legend ("**Legend**: - 🟢 In Review - ✅ Done", "✅ = Met / 🟡 = In Progress")
 * redefines what its emoji mean, for that document only. Read once here; the walk uses it to read
 * statuses and write-back uses its entries as the document's way of writing each state.
 */
import type { Block, Outline, SourceLine } from '../parse/outline.js';
import { statusFromWords, type Legend } from '../parse/recognize/status.js';
import { fold, normalizeForMatch } from '../parse/recognize/text.js';
import type { StatusName, Vocabulary } from '../parse/vocab/index.js';
import { SYMBOL_CHAR } from '../parse/vocab/index.js';
import type { LegendEntry } from '../model/schema.js';

const ENTRY = new RegExp(String.raw`^\s*(${SYMBOL_CHAR}|\[[^\]]\])\ufe0f?\s*(?:=|:|-|–)?\s*(.{2,40})$`, 'u');

/**
 * Reads every legend: a list under a "Legend" label, or two or more "EMOJI = word" lines. A
 * checkbox marker is a symbol too (`[/] = in progress`, or a checklist under the label whose
 * items say what their box means: `- [-] cancelled`); its entry's symbol is the marker, `[-]`.
 */
export function readLegend(outline: Outline, vocab: Vocabulary): LegendEntry[] {
  const entries: LegendEntry[] = [];
  let labelled = false;
  const take = (lines: SourceLine[]) => {
    const matches = lines.map((l) => ENTRY.exec(normalizeForMatch(l.plain)));
    if (!matches.every(Boolean)) return;
    lines.forEach((l, i) => {
      const m = matches[i]!;
      // "🔴 Not Started / Blocked": the first meaning is the one a status cell means.
      const status = statusFromWords(m[2]!.split('/')[0]!, vocab);
      if (status) entries.push({ symbol: m[1]!, status, raw: l.text.trim(), parts: partsOf(l.plain), line: l.line });
    });
  };
  const visit = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'paragraph') {
        const last = fold(b.lines[b.lines.length - 1]?.plain ?? '').replace(/[:：]\s*$/, '');
        labelled = vocab.legendLabels.includes(last);
        if (b.lines.length >= 2) take(b.lines);
        continue;
      }
      if (b.kind === 'list' && labelled && b.items.length >= 2) {
        const firsts = b.items.map((i) =>
          i.checkbox && i.lines[0]
            ? { ...i.lines[0], text: `[${i.checkbox.char}] ${i.lines[0].text}`, plain: `[${i.checkbox.char}] ${i.lines[0].plain}` }
            : i.lines[0],
        );
        if (firsts.every((l): l is SourceLine => l !== undefined)) take(firsts);
      }
      labelled = false;
    }
  };
  visit(outline.blocks);
  return entries;
}

/** The emoji → status map a legend defines (a later entry for the same emoji wins). */
export function legendMap(entries: readonly LegendEntry[]): Legend {
  return new Map(entries.map((e) => [e.symbol, e.status]));
}

/**
 * What each checkbox character means in this document: the common meanings, then those of a
 * format the document is written in (CHECKBOX_DIALECTS, recognized by its evidence line), then
 * the document's legend, each overriding the one before.
 */
export function checkboxMeanings(text: string, entries: readonly LegendEntry[], vocab: Vocabulary): Record<string, StatusName> {
  const meanings: Record<string, StatusName> = { ...vocab.checkboxMarkers };
  for (const dialect of vocab.checkboxDialects) if (dialect.evidence.test(text)) Object.assign(meanings, dialect.markers);
  for (const e of entries) {
    const box = /^\[([^\]])\]$/.exec(e.symbol);
    if (box) meanings[box[1]!] = e.status;
  }
  return meanings;
}

/** An entry's visible text as written: an emoji (with its variation selector), the separator, the first meaning's words. */
const WRITTEN = new RegExp(String.raw`^(${SYMBOL_CHAR}\ufe0f?)(\s*(?:=|:|-|–)?\s*)(.+)$`, 'u');

function partsOf(plain: string): LegendEntry['parts'] {
  const m = WRITTEN.exec(plain.trim());
  return m ? { symbol: m[1]!, separator: m[2]!, words: m[3]!.split('/')[0]!.trim() } : null;
}
