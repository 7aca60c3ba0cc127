/**
 * `sync --git`: generated blocks rebuilt from the file's git history, deterministic for a given
 * history (the day of the last commit, not the clock), matching `burndown --git --json` day by day;
 * a second run changes nothing and a new commit on a later day changes only the block.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { burndownCommand } from '../../src/commands/burndown.js';
import type { CommandContext } from '../../src/commands/command-result.js';
import { syncCommand } from '../../src/commands/sync.js';
import { plainPainter } from '../../src/render/painter.js';
import { commitAll, createTempRepo } from '../helpers/temp-git.js';

const rows = (states: string[]) =>
  [
    '# Sprint 9',
    '',
    '**Start:** 2025-03-03',
    '**End:** 2025-03-07',
    '',
    '| ID | Task | Status | Estimate |',
    '|----|------|--------|----------|',
    ...states.map((s, i) => `| T-${i + 1} | Task ${i + 1} | ${s} | ${i + 2} pts |`),
    '',
    '<!-- sprint:burndown -->',
    '<!-- /sprint:burndown -->',
    '',
  ].join('\n');

let root: string;
let repo: string;
let ctx: CommandContext;
const file = 'sprint.md';
const read = () => readFileSync(join(repo, file), 'utf8');
const blockOf = (text: string) => text.slice(text.indexOf('<!-- sprint:burndown -->'), text.indexOf('<!-- /sprint:burndown -->'));

beforeAll(() => {
  ({ root, repo } = createTempRepo('sprint-sync-git-'));
  ctx = { cwd: repo, painter: plainPainter, now: new Date('2030-01-01T00:00:00Z'), env: {} };
  writeFileSync(join(repo, file), rows(['To Do', 'To Do', 'To Do']));
  commitAll(repo, 'plan', '2025-03-03T09:00:00+00:00');
  writeFileSync(join(repo, file), rows(['Done', 'To Do', 'To Do']));
  commitAll(repo, 'one done', '2025-03-04T09:00:00+00:00');
  writeFileSync(join(repo, file), rows(['Done', 'Done', 'To Do']));
  commitAll(repo, 'two done', '2025-03-05T09:00:00+00:00');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('sync --git', () => {
  it('writes a block that matches burndown --git --json day by day, whatever the clock says', async () => {
    await syncCommand([file], { today: '2031-06-01', git: true }, ctx);
    const block = blockOf(read());
    const json = JSON.parse((await burndownCommand([file], { git: true, json: true, today: '2025-03-05' }, ctx)).stdout);
    const days = json.documents[0].series;
    for (const d of days.filter((x: { remaining: number | null }) => x.remaining !== null)) {
      expect(block).toMatch(new RegExp(`\\| ${d.date} \\|[^\\n]*\\| +${d.remaining} \\|`));
    }
    expect(block).toMatch(/git history \(3 commits on 3 days\)/);
  });

  it('changes nothing the second time, and only the block after a later commit', async () => {
    const once = read();
    await syncCommand([file], { today: '2031-06-02', git: true }, ctx);
    expect(read()).toBe(once);
    commitAll(repo, 'sync', '2025-03-05T10:00:00+00:00');
    writeFileSync(join(repo, file), once.replace('| T-3 | Task 3 | To Do |', '| T-3 | Task 3 | Done |'));
    commitAll(repo, 'three done', '2025-03-06T09:00:00+00:00');
    const before = read();
    await syncCommand([file], { today: '2031-06-03', git: true }, ctx);
    const after = read();
    const outside = (t: string) => t.replace(blockOf(t), '');
    expect(outside(after)).toBe(outside(before));
    expect(blockOf(after)).not.toBe(blockOf(before));
    expect(blockOf(after)).toMatch(/\| 2025-03-06 \|/);
  });

  it('notes when the history starts after the sprint start', async () => {
    const r = await syncCommand([file], { today: '2031-06-04', git: true }, ctx);
    expect(r.stderr ?? '').toBe('');
    writeFileSync(join(repo, 'late.md'), rows(['To Do']).replace('2025-03-03', '2025-02-24'));
    commitAll(repo, 'late', '2025-03-06T09:00:00+00:00');
    const late = await syncCommand(['late.md'], { today: '2031-06-04', git: true }, ctx);
    expect(late.stderr).toMatch(/the git history of late\.md starts on 2025-03-06, after the sprint start 2025-02-24/);
  });

  it('says in one line when the file is not in a repository', async () => {
    writeFileSync(join(root, 'loose.md'), rows(['To Do']));
    await expect(syncCommand([join(root, 'loose.md')], { today: '2025-03-05', git: true }, { ...ctx, cwd: root })).rejects.toThrow(
      /not inside a git repository/,
    );
  });
});
