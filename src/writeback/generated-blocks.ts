/**
 * The `sync` updater for generated blocks: between `<!-- sprint:burndown -->` and
 * `<!-- /sprint:burndown -->` (and the velocity pair) it writes the burn-down or velocity of the
 * document, computed from what the document records. It proposes one edit per block, replacing
 * only what lies strictly between the markers, and only when the rendered content differs, so a
 * second sync changes nothing. The document's line ending is kept. A block without its closing
 * marker is left alone with a diagnostic. Blocks are `sync`'s job: `done`/`start`/… leave them.
 */
import type { Edit } from '../edit/edit.js';
import { burndownReport } from '../metrics/burndown-report.js';
import { computeProgress } from '../metrics/progress.js';
import type { Diagnostic } from '../model/schema.js';
import { generatedBlockContent } from './generated-content.js';
import type { FragmentUpdater, SyncContext, UpdatePlan } from './updater.js';

/** Fills every generated-block marker pair of the document (see the file header). */
export const generatedBlocksUpdater: FragmentUpdater = (ctx: SyncContext): UpdatePlan => {
  const edits: Edit[] = [];
  const diagnostics: Diagnostic[] = [];
  if (!ctx.includeDateFragments) return { edits, diagnostics };
  const regions = ctx.sprint.generatedBlocks;
  if (regions.length === 0) return { edits, diagnostics };
  const report = ctx.report ?? burndownReport({ sprint: ctx.sprint, progress: computeProgress(ctx.sprint), today: ctx.today });
  for (const region of regions) {
    if (region.close === null) {
      diagnostics.push({
        file: ctx.file,
        line: region.open.line,
        column: 1,
        severity: 'warning',
        code: 'unclosed-generated-block',
        message: `<!-- sprint:${region.name} --> has no closing <!-- /sprint:${region.name} --> after it; the block was not updated`,
      });
      continue;
    }
    const eol = ctx.text.startsWith('\r\n', region.open.end) ? '\r\n' : '\n';
    const wanted = eol + eol + generatedBlockContent(region.name, report, eol) + eol + eol;
    const current = ctx.text.slice(region.open.end, region.close.start);
    if (current === wanted) continue;
    edits.push({ start: region.open.end, end: region.close.start, text: wanted, expect: current, label: `${region.name} block at line ${region.open.line}` });
  }
  return { edits, diagnostics };
};
