/** `sprint explain` and the line `status` ends with when something was set aside or not understood. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt, runSprint } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'sprint-explain-'));
beforeAll(() => ensureBuilt());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sprint explain', () => {
  it('shows each section, table reading and item count with its line', () => {
    const r = runSprint(['explain', join(ROOT, 'fixtures', 'seed-000-task-tables.md')], { cwd: ROOT });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ {3}23 +table \[Task \| Status \| Hours \| Assignee \| Notes\]: 13 task rows \(columns title=Task, status=Status/m);
    expect(r.stdout).toMatch(/^ {3}79 +table \[Goal \| Target \| Current \| Status\]: read as a goals table, not tasks$/m);
    expect(r.stdout).toMatch(/25 work items counted/);
  });

  it('status ends with one line naming what was set aside, and explain says why', () => {
    const path = join(dir, 'odd.md');
    writeFileSync(path, '# S\n\n| Thing | Owner |\n|---|---|\n| Write docs | Ann |\n\n| Task | Status |\n|---|---|\n| a | Zorp |\n');
    const status = runSprint(['status', path], { cwd: dir });
    expect(status.stderr).toMatch(/1 table set aside, 1 thing not understood; `sprint explain .*odd\.md` shows how each part was read/);
    const explain = runSprint(['explain', path], { cwd: dir });
    expect(explain.stdout).toMatch(/table \[Thing \| Owner\]: set aside .*<!-- sprint: tasks -->/);
    expect(explain.stdout).toMatch(/warning unknown-status/);
  });
});
