/**
 * Where each occurrence writes its status, located once by the reader so write-back never reads
 * Markdown again: the emoji and words inside a status cell or field value, and the status markers
 * on a heading's or list item's own line ("### Phase 1 ✅", "- … (4h) ✅ COMPLETE").
 */
import { findMarkerTokens } from '../parse/recognize/marker-tokens.js';
import type { Legend } from '../parse/recognize/status.js';
import { leadingStatusParts, readPartsStatus } from '../parse/recognize/status-parts.js';
import type { Vocabulary } from '../parse/vocab/index.js';
import type { Section, Task } from '../model/schema.js';

/** Fills in `site.parts` and `markers` on every occurrence of `tasks`, and each bucket section's lead emoji. */
export function locateStatusSites(text: string, lineStarts: readonly number[], tasks: Task[], sections: Section[], vocab: Vocabulary, legend: Legend): void {
  for (const s of sections) {
    if (s.role !== 'bucket' || !s.status) continue;
    const [start, end] = lineAround(text, lineStarts, s.span.line);
    const lead = findMarkerTokens(text.slice(start, end), start, 'heading', vocab).find((t) => t.slot === 'lead' && t.parts.emoji);
    s.mark = lead?.parts.emoji ?? null;
  }
  for (const t of tasks) {
    for (const o of t.occurrences) {
      const site = o.site;
      if (site && (site.kind === 'cell' || site.kind === 'field'))
        site.parts = readPartsStatus(leadingStatusParts(site.raw, site.start, vocab, legend) ?? { emoji: null, words: null }, text, vocab, legend);
      if (o.status === null || (o.kind !== 'heading' && o.kind !== 'list-item')) continue;
      const [start, end] = lineAround(text, lineStarts, o.span.line);
      o.markers = findMarkerTokens(text.slice(start, end), start, o.kind, vocab, legend).map((m) => ({
        ...m,
        parts: readPartsStatus(m.parts, text, vocab, legend),
      }));
    }
  }
}

/** [start, end) of a 1-based line, its line ending excluded. */
function lineAround(text: string, lineStarts: readonly number[], line: number): [number, number] {
  const start = lineStarts[line - 1]!;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  if (end > start && text[end - 1] === '\r') end--;
  return [start, end];
}
