/**
 * The two ways a status command finds its rollups give the same result: computed on the model as
 * read with the planned statuses (what `done`/`start`/`block`/`reopen` try first, saving a read),
 * and computed on the changed document read again (the reference). Over every fixture, seed and
 * corpus document, for tasks spread through each and every target status: the same text, edits,
 * report, notes and diagnostics, or the same refusal. And a model as the model cache gives it back
 * (through JSON, io/model-cache.ts) gives the same outcome as the model read now.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Status } from '../../src/model/schema.js';
import { buildSprint } from '../../src/reader/index.js';
import { changeStatus, type RollupRoute, type StatusChangeOutcome } from '../../src/writeback/status-change.js';
import { documentPaths } from '../helpers/documents.js';

const TODAY = '2025-12-10';
const TARGETS: Status[] = ['done', 'in_progress', 'blocked', 'todo'];
/** Tasks tried per document, spread from first to last (every one in a short document). */
const PER_DOCUMENT = 12;

/** Changes the model route carried out itself (not by falling back to reading again). */
let fromModel = 0;

/** The outcome of one route as JSON (without the route it took), or the refusal's message. */
function outcome(run: (route: RollupRoute) => StatusChangeOutcome, route: RollupRoute): string {
  try {
    const { rollupsFrom, ...rest } = run(route);
    if (route === 'model' && rollupsFrom === 'model') fromModel++;
    return JSON.stringify(rest);
  } catch (error) {
    return `refused: ${(error as Error).message}`;
  }
}

describe('status changes: rollups from the model as read equal rollups read again', () => {
  const paths = documentPaths({ seeds: true });
  let changed = 0;

  for (const path of paths) {
    it(basename(path), () => {
      const text = readFileSync(path, 'utf8');
      const sprint = buildSprint(text, path);
      const kept = JSON.parse(JSON.stringify(sprint)) as typeof sprint;
      const step = Math.max(1, Math.ceil(sprint.tasks.length / PER_DOCUMENT));
      for (let i = 0; i < sprint.tasks.length; i += step) {
        for (const target of TARGETS) {
          const task = sprint.tasks[i]!;
          const run = (route: RollupRoute) => changeStatus(text, sprint, { task, target }, TODAY, route);
          const reference = outcome(run, 'reread');
          expect(outcome(run, 'model'), `${task.key} → ${target}`).toBe(reference);
          const keptTask = kept.tasks[i]!;
          const fromKept = (route: RollupRoute) => changeStatus(text, kept, { task: keptTask, target }, TODAY, route);
          expect(outcome(fromKept, 'model'), `${task.key} → ${target}, from a kept model`).toBe(reference);
          if (!reference.startsWith('refused') && JSON.parse(reference).edits.length > 0) changed++;
        }
      }
    });
  }

  it('compared real changes, not only refusals, most found from the model', () => {
    expect(changed).toBeGreaterThan(200);
    expect(fromModel).toBeGreaterThan(changed * 0.9);
  });
});
