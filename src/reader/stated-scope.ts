/**
 * The scope a document states as a fraction anywhere in its text ("- Stories completed: ___ / 8",
 * "Total story points: 12 / 39"), for documents that state their scope in a summary, often a
 * template left to fill in, rather than in front-matter fields. metrics/progress.ts raises the
 * listed totals to it (the unlisted work is still to do).
 */
import type { Block, SourceLine } from '../parse/outline.js';
import { readScopeFraction } from '../parse/recognize/scope-fraction.js';
import { recognizeSprintName } from '../parse/recognize/sprint-name.js';
import type { Vocabulary } from '../parse/vocab/index.js';
import type { Metadata } from '../model/schema.js';
import { parseFieldLine } from './fields.js';
import { applyFraction } from './metadata.js';

/**
 * Rule: the first scope fraction of each kind (a count of work items, an amount of effort) found
 * in a paragraph or list line, outside code and tables, is the document's stated scope; it only
 * fills what the metadata fields left unsaid. In a document whose headings name two or more
 * sprints, a fraction under one of them is that sprint's scope, not the document's.
 */
export function applyStatedScope(metadata: Metadata, blocks: readonly Block[], vocab: Vocabulary): void {
  const sprintCodes = new Map<Block, string>();
  for (const b of blocks) {
    const name = b.kind === 'heading' ? recognizeSprintName(b.content.plain, vocab) : null;
    if (name) sprintCodes.set(b, name.code.toLowerCase());
  }
  const several = new Set(sprintCodes.values()).size > 1;
  const headings: Array<{ depth: number; sprint: boolean }> = [];
  for (const b of blocks) {
    if (metadata.declaredCount && metadata.declaredTotal) return;
    if (b.kind === 'heading') {
      while (headings.length > 0 && headings[headings.length - 1]!.depth >= b.depth) headings.pop();
      headings.push({ depth: b.depth, sprint: sprintCodes.has(b) });
      continue;
    }
    if (several && headings.some((h) => h.sprint)) continue;
    for (const line of proseLines([b])) {
      // A fraction needs a slash: every other line is skipped before the field parse.
      const f = line.text.includes('/') ? parseFieldLine(line, vocab) : null;
      if (f) applyFraction(metadata, readScopeFraction(f.label, f.plain, vocab));
    }
  }
}

/** Every line of paragraphs and list items (nested ones and those in quotes included), in document order. */
function* proseLines(blocks: readonly Block[]): Generator<SourceLine> {
  for (const b of blocks) {
    if (b.kind === 'paragraph') yield* b.lines;
    else if (b.kind === 'blockquote') yield* proseLines(b.children);
    else if (b.kind === 'list')
      for (const item of b.items) {
        yield* item.lines;
        yield* proseLines(item.children);
      }
  }
}
