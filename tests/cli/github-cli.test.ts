/** GitHub Actions output: annotations at the exact lines and a job summary, from sync --check, doctor and status. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotation } from '../../src/render/github.js';
import { ROOT, ensureBuilt, runSprint } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'sprint-github-'));
beforeAll(() => ensureBuilt());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('GitHub Actions output', () => {
  it('sync --check with GITHUB_ACTIONS=true annotates each stale line and writes the job summary', () => {
    copyFileSync(join(ROOT, 'fixtures', 'seed-000-task-tables.md'), join(dir, 'SPRINT.md'));
    const summary = join(dir, 'summary.md');
    const r = runSprint(['sync', '--check', 'SPRINT.md', '--today', '2025-11-03'], { cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      '::error file=SPRINT.md,line=11,title=sprint%3A stale-number::"**Overall Completion:** 35%25 (14/40 hours)" should read "**Overall Completion:** 38%25 (15/40 hours)"',
    );
    expect(lines.map((l) => /line=(\d+)/.exec(l)?.[1])).toEqual(['11', '14', '43', '108', '109', '111']);
    const md = readFileSync(summary, 'utf8');
    expect(md).toMatch(/^## sprint sync --check$/m);
    expect(md).toMatch(/\| Sprint 31 Tracking \| `SPRINT\.md` \| 11\/25 \(44%\) \| 15\/40 hours \|/);
    expect(md).toMatch(/```mermaid/);
    expect(md).toMatch(/- `SPRINT\.md:43` \*\*stale-number\*\*/);
  });

  it('--format github works without the environment, --format text turns it off', () => {
    copyFileSync(join(ROOT, 'fixtures', 'seed-000-task-tables.md'), join(dir, 'B.md'));
    expect(runSprint(['doctor', 'B.md', '--format', 'github', '--today', '2025-11-03'], { cwd: dir }).stdout).toMatch(/^::error file=B\.md,line=11,/m);
    const text = runSprint(['sync', '--check', 'B.md', '--format', 'text', '--today', '2025-11-03'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(text.stdout).toMatch(/^--- a\/B\.md/m);
    expect(existsSync(join(dir, 'none.md'))).toBe(false);
  });

  it('escapes workflow-command syntax in files, titles and messages', () => {
    expect(annotation('warning', 'a,b:c.md', 3, 'x: y', '50% done\nnext')).toBe('::warning file=a%2Cb%3Ac.md,line=3,title=x%3A y::50%25 done%0Anext');
  });
});
