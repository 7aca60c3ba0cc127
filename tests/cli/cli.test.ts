/**
 * The CLI as users run it: `node bin/sprint.js` (the built bundle) in a child process, on files
 * written to a temporary folder. Checks exit codes, stderr shape, colors and the JSON contracts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, ensureBuilt, expectOneLineFailure, runSprint, type CliRun } from '../helpers/run-cli.js';

const ESC = '\u001b';

const SPRINT_12 = `# Sprint 12

**Sprint Goal:** Ship the login flow
**Start:** 2025-03-03
**End:** 2025-03-14

## Backlog

| ID | Task | Status | Estimate | Assignee |
|----|------|--------|----------|----------|
| API-1 | Login endpoint | Done | 3 pts | alice |
| API-2 | Rate limiting | In Progress | 5 pts | bob |
| UI-1 | Login form | Blocked | 2 pts | carol |
| UI-2 | Error states | To Do | 1 pt | |
`;

const WITH_WARNING = `# Sprint 13

| ID | Task | Status |
|----|------|--------|
| A-1 | First | Done |
| A-2 | Second | Wibbled |
`;

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'sprint-cli-'));
  writeFileSync(join(dir, 'sprint-12.md'), SPRINT_12);
  writeFileSync(join(dir, 'warn.md'), WITH_WARNING);
  writeFileSync(join(dir, 'notes.md'), '# Notes\n\nNothing to track here.\n');
  writeFileSync(join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'empty', 'readme.txt'), 'not markdown\n');
  mkdirSync(join(dir, 'nothing-here'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function sprint(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  return runSprint(args, { cwd: options.cwd ?? dir, env: options.env });
}

describe('exit codes', () => {
  it('succeeds with 0 on a readable document', () => {
    const r = sprint(['status', 'sprint-12.md']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Sprint 12');
  });

  it('fails with 2 on a missing file', () => {
    expectOneLineFailure(sprint(['status', 'missing.md']), /missing\.md.*no such file/);
  });

  it('fails with 2 on a folder with no .md files', () => {
    expectOneLineFailure(sprint(['list', 'empty']), /empty contains no \.md files/);
  });

  it('fails with 2 on a binary file', () => {
    expectOneLineFailure(sprint(['status', 'image.md']), /image\.md.*binary/);
  });

  it('fails with 2 on an unknown --status', () => {
    expectOneLineFailure(sprint(['list', '--status', 'bogus', 'sprint-12.md']), /unknown status "bogus"/);
  });

  it('fails with 2 on an unknown option or command', () => {
    expectOneLineFailure(sprint(['status', '--bogus', 'sprint-12.md']), /unknown option/);
    expectOneLineFailure(sprint(['frobnicate']), /unknown command/);
  });

  it('fails with 2 when no file is named and none is discovered', () => {
    expectOneLineFailure(sprint(['status'], { cwd: join(dir, 'nothing-here') }), /no sprint documents found here; name a file/);
  });

  it('discovers documents when no file is named', () => {
    const r = sprint(['list', '--json']);
    expect(r.status).toBe(0);
    const files = new Set((JSON.parse(r.stdout) as { tasks: Array<{ file: string }> }).tasks.map((t) => t.file));
    expect([...files]).toEqual(['sprint-12.md']);
  });

  it('requires --json for export', () => {
    expectOneLineFailure(sprint(['export', 'sprint-12.md']), /--json/);
  });

  it('exits 1 with --strict when a document has a warning, 0 without', () => {
    expect(sprint(['status', 'warn.md']).status).toBe(0);
    expect(sprint(['status', '--strict', 'warn.md']).status).toBe(1);
    expect(sprint(['status', '--strict', 'sprint-12.md']).status).toBe(0);
  });

  it('prints diagnostics to stderr only with --verbose; status says in one line that there are some', () => {
    const quiet = sprint(['status', 'warn.md']).stderr;
    expect(quiet).not.toMatch(/warning:/);
    expect(quiet).toMatch(/^sprint: warn\.md: 1 thing not understood; `sprint explain warn\.md` shows how each part was read\n$/);
    const r = sprint(['list', '--verbose', 'warn.md']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^warn\.md:6:\d+: warning: /m);
  });

  it('prints the version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = sprint(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});

describe('colors', () => {
  it('emits no ANSI escapes when stdout is not a terminal, even with FORCE_COLOR', () => {
    const envs: Array<Record<string, string>> = [{}, { FORCE_COLOR: '3' }];
    for (const env of envs) {
      for (const args of [
        ['status', 'sprint-12.md'],
        ['list', 'sprint-12.md'],
      ]) {
        const r = sprint(args, { env });
        expect(r.status).toBe(0);
        expect(r.stdout).not.toContain(ESC);
      }
    }
  });

  // `script` (util-linux) runs the command on a pseudo-terminal, the one way to get a TTY stdout here.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

  it.skipIf(!hasScript)('colors a terminal unless NO_COLOR or --no-color says otherwise', () => {
    const onTty = (extra: string, env: Record<string, string> = {}) => {
      const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${extra} status sprint-12.md`;
      const r = spawnSync('script', ['-qec', command, '/dev/null'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env },
      });
      expect(r.status).toBe(0);
      return r.stdout;
    };
    expect(onTty('')).toContain(ESC);
    expect(onTty('', { NO_COLOR: '1' })).not.toContain(ESC);
    expect(onTty('--no-color')).not.toContain(ESC);
  });

  it('emits no ANSI escapes with NO_COLOR or --no-color', () => {
    expect(sprint(['status', 'sprint-12.md'], { env: { NO_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(sprint(['--no-color', 'status', 'sprint-12.md']).stdout).not.toContain(ESC);
    expect(sprint(['status', '--no-color', 'sprint-12.md']).stdout).not.toContain(ESC);
  });
});

describe('JSON contracts', () => {
  it('status --json has the document keys, repeated at the top level for one document', () => {
    const r = sprint(['status', '--json', 'sprint-12.md']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.schemaVersion).toBe(1);
    expect(json.documents).toHaveLength(1);
    for (const key of ['file', 'title', 'start', 'end', 'goal', 'progress', 'sections', 'tasks', 'diagnostics']) {
      expect(json.documents[0]).toHaveProperty(key);
      expect(json[key]).toEqual(json.documents[0][key]);
    }
    expect(Object.keys(json.progress)).toEqual(['tasks', 'effort', 'checklist']);
    expect(json.progress.tasks).toEqual({ total: 4, done: 1, inProgress: 1, todo: 1, blocked: 1, cancelled: 0 });
    expect(json.progress.effort).toEqual({ unit: 'points', total: 11, done: 3 });
    expect(json.file).toBe('sprint-12.md');
    expect(Object.keys(json.tasks[0])).toEqual(['id', 'title', 'status', 'estimate', 'line', 'parent', 'dependsOn', 'checklist', 'assignee', 'section']);
    expect(json.tasks[0]).toMatchObject({ id: 'API-1', status: 'done', estimate: { value: 3, unit: 'points' }, line: 11, parent: null, assignee: 'alice' });
  });

  it('status --json lists several documents without top-level copies', () => {
    const json = JSON.parse(sprint(['status', '--json', 'sprint-12.md', 'warn.md']).stdout);
    expect(json.documents.map((d: { file: string }) => d.file)).toEqual(['sprint-12.md', 'warn.md']);
    expect(json).not.toHaveProperty('progress');
  });

  it('list --json has the row keys and applies filters', () => {
    const all = JSON.parse(sprint(['list', '--json', 'sprint-12.md']).stdout);
    expect(all.schemaVersion).toBe(1);
    expect(Object.keys(all.tasks[0])).toEqual(['file', 'id', 'title', 'status', 'estimate', 'line', 'parent', 'assignee', 'section']);
    expect(all.tasks).toHaveLength(4);
    const ids = (args: string[]) => JSON.parse(sprint(['list', '--json', ...args, 'sprint-12.md']).stdout).tasks.map((t: { id: string }) => t.id);
    expect(ids(['--status', 'in-progress,blocked'])).toEqual(['API-2', 'UI-1']);
    expect(ids(['--assignee', 'BO'])).toEqual(['API-2']);
    expect(ids(['--section', 'backlog'])).toHaveLength(4);
    expect(ids(['--section', 'nowhere'])).toEqual([]);
    expect(ids(['--id', 'ui-2'])).toEqual(['UI-2']);
  });

  it('export --json prints the validated models', () => {
    const r = sprint(['export', '--json', 'sprint-12.md']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.schemaVersion).toBe(1);
    expect(json.documents[0]).toMatchObject({ schemaVersion: 1, file: 'sprint-12.md' });
    expect(json.documents[0].tasks).toHaveLength(4);
  });
});
