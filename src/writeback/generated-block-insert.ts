/**
 * `sync --insert burndown|velocity`: where an empty marker pair goes for a user who wants a
 * generated block but has not placed the markers. It goes after the progress section (the
 * section holding the document-wide completion line or progress bar), else after the first
 * second-level section, before that section's closing `---` and blank lines. The next sync
 * fills it. Proposes nothing (with an info diagnostic) when the document already has the block.
 */
import type { Edit } from '../edit/edit.js';
import type { Section, Sprint } from '../model/schema.js';
import type { GeneratedBlockName } from '../parse/generated-markers.js';
import type { UpdatePlan } from './updater.js';

/** The edit that inserts an empty `name` marker pair (see the file header). */
export function planGeneratedBlockInsert(text: string, sprint: Sprint, name: GeneratedBlockName): UpdatePlan {
  const existing = sprint.generatedBlocks.find((r) => r.name === name);
  if (existing) {
    return {
      edits: [],
      diagnostics: [
        {
          file: sprint.file,
          line: existing.open.line,
          column: 1,
          severity: 'info',
          code: 'generated-block-exists',
          message: `the document already has a ${name} block (line ${existing.open.line}); nothing inserted`,
        },
      ],
    };
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const section = progressSection(sprint) ?? sprint.sections.find((s) => s.depth === 2) ?? null;
  const at = section ? contentEnd(text, section.span.start, section.end) : text.replace(/\s+$/, '').length;
  const edit: Edit = {
    start: at,
    end: at,
    text: `${at === 0 ? '' : eol + eol}<!-- sprint:${name} -->${eol}<!-- /sprint:${name} -->${at === 0 ? eol + eol : ''}`,
    label: `insert the ${name} block markers`,
  };
  return { edits: [edit], diagnostics: [] };
}

/** The section (second level or higher) holding the document's overall progress, as the reader located it (Sprint.progressAt). */
function progressSection(sprint: Sprint): Section | null {
  const offset = sprint.progressAt;
  if (offset === null) return null;
  const holding = sprint.sections.filter((s) => s.depth <= 2 && s.span.start <= offset && offset < s.end);
  return holding.sort((a, b) => b.depth - a.depth)[0] ?? null;
}

/** The end of a section's last content line: trailing blank lines and a closing `---` left after it. */
function contentEnd(text: string, start: number, end: number): number {
  let body = text.slice(start, end);
  for (;;) {
    const trimmed = body.replace(/(?:\r?\n[ \t]*)+$/, '').replace(/\r?\n {0,3}(?:-{3,}|\*{3,}|_{3,})[ \t]*$/, '');
    if (trimmed === body) break;
    body = trimmed;
  }
  return start + body.length;
}
