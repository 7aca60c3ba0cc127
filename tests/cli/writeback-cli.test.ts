/**
 * The writing commands as users run them: `node bin/sprint.js` (the built bundle) on copies of the
 * seeds in a temporary folder. Checks what is written, what is not, exit codes, and that refusals
 * leave the file byte for byte as it was.
 */
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedLines } from '../../src/edit/diff.js';
import { ROOT, ensureBuilt, runSprint } from '../helpers/run-cli.js';

/** 2025-11-03 00:00 UTC: seed 000's "Days Left: 12 days" is right on that day. */
const EPOCH_2025_11_03 = '1762128000';

let dir: string;

/** Without colour, and on 2025-11-03 unless `env` or --today says otherwise. */
function sprint(args: string[], env: Record<string, string> = {}) {
  const r = runSprint(args, { cwd: dir, env: { NO_COLOR: '1', SOURCE_DATE_EPOCH: EPOCH_2025_11_03, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh writable copy of a fixture in the temp folder. */
function copy(name: string, as = name): string {
  const target = join(dir, as);
  copyFileSync(join(ROOT, 'fixtures', name), target);
  chmodSync(target, 0o644);
  return target;
}

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'sprint-writeback-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('done / start / block / reopen', () => {
  it('writes the status and the rollups once, keeps the file mode, and says what changed', () => {
    const file = copy('seed-000-task-tables.md', 'seed-000.md');
    chmodSync(file, 0o640);
    const before = readFileSync(file, 'utf8');
    const r = sprint(['done', 'Add metrics to generation service', 'seed-000.md', '--today', '2025-11-03']);
    expect(r.code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(changedLines(before, after)).toEqual([11, 14, 43, 48, 108, 109, 111]);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(r.stdout.split('\n')[0]).toBe('seed-000.md:48  "Add metrics to generation service"  🔲 → ✅');
    expect(r.stdout).toContain('seed-000.md:11  35% (14/40 hours) → 43% (17/40 hours)');
    expect(readdirSync(dir).filter((f) => f.startsWith('seed-000.md.'))).toEqual([]); // no temp file left
  });

  it('--dry-run prints the diff and writes nothing', () => {
    const file = copy('seed-004-day-boards.md', 'dry.md');
    const before = readFileSync(file);
    const r = sprint(['done', '4.3', 'dry.md', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--- a/dry.md');
    expect(r.stdout).toContain('-| **4.3** | Rate Limiting Validation Under Load | backend-test-architect | P0 | None | NOT STARTED | 2 days |');
    expect(r.stdout).toContain('+| **4.3** | Rate Limiting Validation Under Load | backend-test-architect | P0 | None | DONE | 2 days |');
    expect(r.stdout).toContain('+**Overall Progress**: 5% (1/22 tasks complete)');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('an ambiguous task is refused with its candidates, exit 2, the file untouched', () => {
    const file = copy('seed-000-task-tables.md', 'ambiguous.md');
    const before = readFileSync(file);
    const r = sprint(['done', 'monitoring', 'ambiguous.md']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(
      'sprint: "monitoring" matches 4 tasks; name one by its ID, more of its title, or its parent ("parent > task") (nothing was written)',
    );
    expect(r.stderr).toContain('  ambiguous.md:36  -  Add generation monitoring hook');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('an unknown task is one line and exit 2', () => {
    copy('seed-004-day-boards.md', 'unknown.md');
    const r = sprint(['start', '9.9', 'unknown.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('sprint: no task matches "9.9" in unknown.md (try `sprint list`)\n');
  });

  it('a read-only file is refused, exit 2, untouched', () => {
    const file = copy('seed-004-day-boards.md', 'readonly.md');
    chmodSync(file, 0o444);
    const before = readFileSync(file);
    const r = sprint(['done', '4.3', 'readonly.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('sprint: readonly.md is read-only\n');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('a status that lives in a heading is refused with where it lives', () => {
    copy('seed-003-daily-report-points.md', 'bucket.md');
    const r = sprint(['reopen', 'MON-001', 'bucket.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sprint: cannot mark MON-001 as not started: its status comes from the heading "Completed Tasks" at line 16/);
  });

  it('keeps a BOM and CRLF line endings', () => {
    const file = join(dir, 'crlf.md');
    const text =
      '\uFEFF# Sprint\r\n\r\n**Completion**: 0% (0/2 tasks)  \r\n\r\n| ID | Task | Status |\r\n|---|---|---|\r\n| A-1 | One | To Do |\r\n| A-2 | Two | To Do |\r\n';
    writeFileSync(file, text);
    const r = sprint(['done', 'A-1', 'crlf.md']);
    expect(r.code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after).toBe(text.replace('| A-1 | One | To Do |', '| A-1 | One | Done |').replace('0% (0/2 tasks)', '50% (1/2 tasks)'));
  });
});

describe('sync', () => {
  it('--check exits 1 with the diff when stale, sync writes, then --check exits 0', () => {
    const file = copy('seed-000-task-tables.md', 'sync.md');
    const before = readFileSync(file, 'utf8');
    const check = sprint(['sync', '--check', 'sync.md']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('-**Overall Completion:** 35% (14/40 hours)');
    expect(check.stdout).toContain('+**Overall Completion:** 38% (15/40 hours)');
    expect(check.stderr).toContain('1 of 1 document is out of date');
    expect(readFileSync(file, 'utf8')).toBe(before);

    const write = sprint(['sync', 'sync.md']);
    expect(write.code).toBe(0);
    expect(write.stdout).toContain('sync.md:43  (0h / 12h) ⏳ → (1h / 12h) ⏳');
    // SOURCE_DATE_EPOCH is 2025-11-03, the day the document's "Days Left: 12 days" is right.
    expect(changedLines(before, readFileSync(file, 'utf8'))).toEqual([11, 14, 43, 108, 109, 111]);

    const again = sprint(['sync', '--check', 'sync.md']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('1 document up to date\n');
  });

  it('takes today from --today over SOURCE_DATE_EPOCH', () => {
    copy('seed-000-task-tables.md', 'today.md');
    const r = sprint(['sync', '--dry-run', 'today.md', '--today', '2025-11-10']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('+**Days Left:** 5 days  ');
    expect(sprint(['sync', '--check', 'today.md', '--today', 'soon']).code).toBe(2);
  });

  it('leaves documents without derived numbers byte for byte alone', () => {
    const file = copy('seed-001-phases.md', 'plain.md');
    const before = readFileSync(file);
    const r = sprint(['sync', 'plain.md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('1 document up to date\n');
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
