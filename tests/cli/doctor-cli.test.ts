/** `sprint doctor` as users run it: lines, JSON, exit codes, rule selection, --fix and --fix --dry-run. */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt, runSprint } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'sprint-doctor-'));
beforeAll(() => ensureBuilt());
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const doctor = (...args: string[]) => runSprint(['doctor', ...args, '--today', '2025-11-03'], { cwd: dir });
const copy = (name: string) => {
  const path = join(dir, name);
  copyFileSync(join(ROOT, 'fixtures', name), path);
  return path;
};

describe('sprint doctor', () => {
  it('prints file:line:col rule message lines and exits 1 on an error', () => {
    const r = doctor(copy('seed-000-task-tables.md'));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/seed-000-task-tables\.md:11:1 {2}stale-number {2}"\*\*Overall Completion:\*\* 35% \(14\/40 hours\)" should read/);
    expect(r.stdout).toMatch(/6 problems \(6 errors/);
  });

  it('--json gives the contract', () => {
    const json = JSON.parse(doctor(copy('seed-002-day-sections-mojibake.md'), '--json').stdout);
    expect(json.schemaVersion).toBe(1);
    expect(Object.keys(json.problems[0])).toEqual(['file', 'line', 'column', 'rule', 'severity', 'message', 'fixable']);
    expect(json.problems.every((p: { rule: string }) => p.rule === 'mojibake')).toBe(true);
  });

  it('--rule and --ignore select rules; an unknown rule is a usage error', () => {
    const path = copy('seed-000-task-tables.md');
    expect(doctor(path, '--ignore', 'stale-number').status).toBe(0);
    expect(doctor(path, '--rule', 'mojibake').stdout).toBe('no problems found\n');
    expect(doctor(path, '--rule', 'nope').status).toBe(2);
  });

  it('--fix --dry-run prints the diff and writes nothing; --fix repairs', () => {
    const path = copy('seed-002-day-sections-mojibake.md');
    const before = readFileSync(path, 'utf8');
    const dry = doctor(path, '--fix', '--dry-run');
    expect(dry.stdout).toMatch(/^-### âœ… Days 1-2: Foundation$/m);
    expect(dry.stdout).toMatch(/^\+### ✅ Days 1-2: Foundation$/m);
    expect(readFileSync(path, 'utf8')).toBe(before);
    const fix = doctor(path, '--fix');
    expect(fix.status).toBe(0);
    expect(fix.stdout).toMatch(/no problems found/);
    expect(readFileSync(path, 'utf8')).toMatch(/### ✅ Days 1-2: Foundation/);
  });
});
