/**
 * Obsidian Kanban boards: a file whose front matter has `kanban-plugin:` is a board, each `##`
 * heading a lane and each checklist item under it a card. Rule: a card's status is its lane's
 * (a lane with the plugin's `**Complete**` mark, or titled with a done word, is done; a lane
 * titled with another status phrase has that status; any other lane is to do), except that a
 * ticked card is done wherever it sits. The `%% kanban:settings` block is kept as it is.
 */
import type { Outline } from '../parse/outline.js';
import { fold } from '../parse/recognize/text.js';
import type { Vocabulary } from '../parse/vocab/index.js';
import type { Lane } from '../model/schema.js';
import { laneStatus } from './walk-kanban-table.js';

/** The front-matter key that marks an Obsidian Kanban board. */
const BOARD_KEY = /^kanban-plugin[ \t]*:/m;
/** The paragraph the plugin writes under a lane whose cards are complete. */
const COMPLETE_MARK = 'complete';

/** A board lane with the range of text its cards sit in. */
export interface BoardLane extends Lane {
  start: number;
  end: number;
}

/** The lanes of a board, or [] when the document is not one. */
export function boardLanes(outline: Outline, vocab: Vocabulary): BoardLane[] {
  const front = outline.blocks[0];
  if (front?.kind !== 'frontmatter' || !front.lines.some((l) => BOARD_KEY.test(l.text))) return [];
  const lanes: BoardLane[] = [];
  for (const b of outline.blocks) {
    if (b.kind === 'heading' && b.depth <= 2) {
      const last = lanes.at(-1);
      if (last) last.end = b.span.start;
      if (b.depth < 2) continue;
      const afterHeading = outline.text.indexOf('\n', b.span.end);
      lanes.push({
        title: b.content.plain,
        status: laneStatus(b.content.plain, vocab) ?? 'todo',
        line: b.span.line,
        table: null,
        column: null,
        insertAt: afterHeading < 0 ? outline.text.length : afterHeading + 1,
        start: b.span.start,
        end: outline.text.length,
      });
      continue;
    }
    const lane = lanes.at(-1);
    if (!lane) continue;
    const said = b.kind === 'paragraph' ? fold(b.lines.map((l) => l.plain).join(' ')).trim() : '';
    if (said === COMPLETE_MARK) lane.status = 'done';
    if (b.kind === 'list') {
      const eol = outline.text.indexOf('\n', b.span.end);
      lane.insertAt = eol < 0 ? outline.text.length : eol + 1;
    }
  }
  return lanes;
}

/** The lane holding an offset, or null. */
export function laneAt(lanes: readonly BoardLane[], offset: number): BoardLane | null {
  return lanes.find((l) => l.start <= offset && offset < l.end) ?? null;
}
