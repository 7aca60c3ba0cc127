/**
 * Documents of several sprints through the CLI: `status` shows the current sprint under a table of
 * all of them, `--sprint` chooses, `list --sprint` filters, `velocity FILE` has a row per sprint.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt, runSprint } from '../helpers/run-cli.js';

const PLAN = join(ROOT, 'fixtures', 'multi-sprint-plan.md');
beforeAll(() => ensureBuilt());
const sprint = (...args: string[]) => runSprint(args, { cwd: ROOT });

describe('several sprints in one document', () => {
  it('status shows every sprint in a table and the current one in full', () => {
    const r = sprint('status', PLAN, '--today', '2025-01-22');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/▶ │ Sprint 2: Checkout/);
    expect(r.stdout).toMatch(/Tasks .* 1\/3 tasks/);
    expect(r.stdout).not.toMatch(/Sign-up/);
  });

  it('--sprint chooses by code or title, and all shows the whole document', () => {
    expect(sprint('status', PLAN, '--today', '2025-01-22', '--sprint', '3').stdout).toMatch(/Tasks .* 0\/2 tasks/);
    expect(sprint('status', PLAN, '--today', '2025-01-22', '--sprint', 'found').stdout).toMatch(/Tasks .* 2\/2 tasks/);
    expect(sprint('status', PLAN, '--today', '2025-01-22', '--sprint', 'all').stdout).toMatch(/Tasks .* 3\/7 tasks/);
    const missing = sprint('status', PLAN, '--sprint', 'nope');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no sprint "nope"/);
  });

  it("list --sprint lists that sprint's tasks only", () => {
    const r = sprint('list', PLAN, '--sprint', '3', '--json');
    expect(JSON.parse(r.stdout).tasks.map((t: { title: string }) => t.title)).toEqual(['Sign-up', 'Password reset']);
  });

  it('velocity on one file prints one row per sprint', () => {
    const r = sprint('velocity', PLAN, '--today', '2025-02-20', '--json');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(JSON.stringify(json)).toMatch(/Sprint 1: Foundations[\s\S]*Sprint 2: Checkout[\s\S]*Sprint 3: Accounts/);
  });

  it('velocity averages only the sprints that have started', () => {
    const json = JSON.parse(sprint('velocity', PLAN, '--today', '2025-01-22', '--json').stdout);
    expect(json.perSprint.map((s: { notStarted: boolean }) => s.notStarted)).toEqual([false, false, true]);
    expect(json.averagePerSprint).toBe(4.5);
    expect(JSON.parse(sprint('velocity', PLAN, '--today', '2025-02-20', '--json').stdout).averagePerSprint).toBe(3);
  });

  it('status --json lists the sprints and the current one', () => {
    const json = JSON.parse(sprint('status', PLAN, '--json', '--today', '2025-01-22').stdout);
    expect(json.sprints.map((p: { title: string }) => p.title)).toEqual(['Sprint 1: Foundations', 'Sprint 2: Checkout', 'Sprint 3: Accounts']);
    expect(json.currentSprint).toBe(1);
  });
});

describe('formats through the CLI', () => {
  it('done on a kanban board card moves it to the Done lane; the file changes only there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sprint-board-'));
    const path = join(dir, 'board.md');
    const text = readFileSync(join(ROOT, 'fixtures', 'kanban-board.md'), 'utf8');
    writeFileSync(path, text);
    const r = runSprint(['done', 'Build the login page', path], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/"Build the login page" {2}Doing → Done/);
    expect(readFileSync(path, 'utf8')).toBe(
      text.replace('- [ ] Build the login page\n', '').replace('- [x] Create the repository\n', '- [x] Create the repository\n- [x] Build the login page\n'),
    );
    rmSync(dir, { recursive: true, force: true });
  });
});
