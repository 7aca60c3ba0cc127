/** Formats with conventions of their own, each on its fixture: Spec Kit and Kiro `tasks.md`, Obsidian Tasks, kanban tables and boards. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../src/metrics/progress.js';
import { buildSprint } from '../../src/reader/index.js';
import { changeStatus } from '../../src/writeback/status-change.js';

const read = (name: string) => buildSprint(readFileSync(join(import.meta.dirname, '../../fixtures', name), 'utf8'), name);

describe('Spec Kit tasks.md', () => {
  const s = read('speckit-tasks.md');
  it('reads T-numbered checkboxes, [X] as done, and [P] / [US1] as labels, not title', () => {
    const byId = new Map(s.tasks.map((t) => [t.id, t]));
    expect(byId.get('T001')?.status).toBe('done');
    expect(byId.get('T003')).toMatchObject({ title: 'Create Album model in src/models/album.ts', labels: ['P', 'US1'] });
    expect(byId.get('T004')?.labels).toEqual(['US1']);
  });
  it('does not count the Checkpoint line; phases group the tasks', () => {
    expect(computeProgress(s).tasks).toMatchObject({ total: 5, done: 2 });
    expect(s.tasks.some((t) => /checkpoint/i.test(t.title))).toBe(false);
  });
});

describe('Kiro tasks.md', () => {
  const s = read('kiro-tasks.md');
  it('reads numbered checkboxes as parent and child, [ ]* as optional, [-] as in progress', () => {
    const parent = s.tasks.find((t) => t.title === 'Implement data models')!;
    expect(s.tasks.filter((t) => t.parent === parent.key).map((t) => t.title)).toEqual(['Create core model interfaces', 'Write unit tests for models']);
    expect(s.tasks.find((t) => t.title === 'Write unit tests for models')?.optional).toBe(true);
    expect(s.tasks.find((t) => t.title === 'Build the API layer')?.status).toBe('in_progress');
  });
  it('does not read _Requirements: …_ lines as tasks', () => {
    expect(s.tasks.some((t) => /requirements/i.test(t.title))).toBe(false);
    expect(computeProgress(s).tasks).toMatchObject({ total: 5, done: 2 });
  });
});

describe('Obsidian Tasks', () => {
  const s = read('obsidian-tasks.md');
  it('reads the fields at the end of a checklist item, not as its title', () => {
    expect(s.tasks.map((t) => [t.title, t.status, t.completedOn, t.priority])).toEqual([
      ['Write the parser', 'done', '2025-01-09', 'medium'],
      ['Review the API', 'todo', null, 'high'],
      ['Ship the release', 'todo', null, null],
      ['Old idea', 'cancelled', null, null],
      ['Weekly sync', 'todo', null, null],
    ]);
    expect(s.tasks[2]!.id).toBe('abc123');
  });
  it('never reads a tasks query block as tasks', () => {
    expect(s.tasks).toHaveLength(5);
  });
});

const fixtureText = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures', name), 'utf8');
const move = (text: string, file: string, title: string, target: 'done' | 'in_progress' | 'todo') => {
  const sprint = buildSprint(text, file);
  const task = sprint.tasks.find((t) => t.title === title)!;
  return changeStatus(text, sprint, { task, target }, '2025-03-04').text;
};

describe('kanban tables', () => {
  const s = read('kanban-table.md');
  it('reads each cell as a card with its column status, and the columns as lanes', () => {
    expect(s.tasks.map((t) => `${t.title}:${t.status}`)).toEqual([
      'Write docs:todo',
      'Login page:in_progress',
      'Repo setup:done',
      'Set up CI:todo',
      'Project plan:done',
      'Release notes:todo',
    ]);
    expect(s.lanes.map((l) => [l.title, l.status, l.column])).toEqual([
      ['To Do', 'todo', 0],
      ['In Progress', 'in_progress', 1],
      ['Done', 'done', 2],
    ]);
  });
  it('done moves a card across its row when the done cell there is empty, else into the first empty cell, else a new row', () => {
    const text = fixtureText('kanban-table.md');
    expect(move(text, 'kanban-table.md', 'Release notes', 'done')).toContain('| | | Release notes |');
    const twice = move(move(text, 'kanban-table.md', 'Release notes', 'done'), 'kanban-table.md', 'Write docs', 'done');
    expect(twice.split('\n').slice(4, 8)).toEqual([
      '| | Login page | Repo setup |',
      '| Set up CI | | Project plan |',
      '| | | Release notes |',
      '| | | Write docs |',
    ]);
  });
});

describe('kanban tables with CRLF line endings', () => {
  it('a row a card leaves empty goes with its CRLF, and the rest keeps its line endings', () => {
    const text = '# B\r\n\r\n| To Do | Done |\r\n|---|---|\r\n| a | b |\r\n| c | |\r\n| d | |\r\n';
    const once = move(text, 'crlf.md', 'c', 'done');
    expect(once).toBe('# B\r\n\r\n| To Do | Done |\r\n|---|---|\r\n| a | b |\r\n| | c |\r\n| d | |\r\n');
    const last = move('# B\r\n\r\n| To Do | Done |\r\n|---|---|\r\n| a | b |\r\n| | x |', 'crlf.md', 'x', 'todo');
    expect(last).toBe('# B\r\n\r\n| To Do | Done |\r\n|---|---|\r\n| a | b |\r\n| x | |');
  });
  it('a new row and a removed row keep CRLF', () => {
    const text = '# B\r\n\r\n| To Do | Done |\r\n|---|---|\r\n| a | b |\r\n| c | d |\r\n\r\nEnd\r\n';
    const moved = move(text, 'crlf.md', 'a', 'done');
    expect(moved).toBe('# B\r\n\r\n| To Do | Done |\r\n|---|---|\r\n| | b |\r\n| c | d |\r\n| | a |\r\n\r\nEnd\r\n');
    // Back home from git history: the appended row goes again, with its CRLF.
    const model = buildSprint(moved, 'crlf.md');
    const task = model.tasks.find((t) => t.title === 'a')!;
    const back = changeStatus(moved, model, { task, target: 'todo', earlier: { text, sprint: buildSprint(text, 'crlf.md') } }, '2025-03-04').text;
    expect(back).toBe(text);
  });
});

describe('Obsidian Kanban boards', () => {
  const s = read('kanban-board.md');
  it('gives each card its lane status, the settings block no tasks', () => {
    expect(s.tasks.map((t) => `${t.title}:${t.status}`)).toEqual([
      'Write the API docs:todo',
      'Set up CI:todo',
      'Build the login page:in_progress',
      'Create the repository:done',
    ]);
  });
  it('done moves the card to the end of the Done lane and ticks it; nothing else changes', () => {
    const text = fixtureText('kanban-board.md');
    const out = move(text, 'kanban-board.md', 'Build the login page', 'done');
    expect(out).toBe(
      text.replace('- [ ] Build the login page\n', '').replace('- [x] Create the repository\n', '- [x] Create the repository\n- [x] Build the login page\n'),
    );
  });
  it('a lane the plugin marks **Complete** is done, whatever its title', () => {
    const board = '---\nkanban-plugin: basic\n---\n\n## Backlog\n\n- [ ] a\n\n## Shipped\n\n**Complete**\n- [ ] b\n';
    expect(buildSprint(board, 'b.md').tasks.map((t) => `${t.title}:${t.status}`)).toEqual(['a:todo', 'b:done']);
  });
});

describe('HTML tables', () => {
  it('reads a <table> like a GFM table, with exact cell spans, across a blank line inside it', () => {
    const text = fixtureText('html-table.md');
    const s = buildSprint(text, 'html-table.md');
    expect(s.tasks.map((t) => `${t.id}:${t.title}:${t.status}:${t.estimate?.value}`)).toEqual([
      'W-1:Login form:done:3',
      'W-2:Password reset:in_progress:5',
      'W-3:Audit log:todo:2',
      'null:Write release notes:todo:undefined',
    ]);
    const site = s.tasks[2]!.occurrences[0]!.site!;
    expect(text.slice(site.start, site.end)).toBe('To Do');
  });
  it('done rewrites the status cell in place and nothing else', () => {
    const text = fixtureText('html-table.md');
    const sprint = buildSprint(text, 'html-table.md');
    const out = changeStatus(text, sprint, { task: sprint.tasks.find((t) => t.id === 'W-3')!, target: 'done' }, '2025-03-04').text;
    expect(out).toBe(text.replace('<td>To Do</td>', '<td>Done</td>'));
  });
  it('an unclosed <table> ends with its own block: the Markdown after it and a later table are read', () => {
    const doc =
      '# S\n\n<table>\n<tr><td>Task</td><td>Status</td></tr>\n\n## Work\n\n- [ ] a\n\n<table><tr><th>Task</th><th>Status</th></tr><tr><td>c</td><td>Done</td></tr></table>\n';
    expect(buildSprint(doc, 'x.md').tasks.map((t) => `${t.title}:${t.status}`)).toEqual(['a:todo', 'c:done']);
    const many = `# S\n\n${'<table>\n\n'.repeat(3000)}</table>\n\n- [ ] last\n`;
    expect(buildSprint(many, 'x.md').tasks.map((t) => t.title)).toEqual(['last']);
  });

  it('reads rows without <thead>, th-less headers and omitted end tags as a browser does', () => {
    const s = buildSprint('# S\n\n<table>\n<tr><td>Task<td>Status\n<tr><td>A<td>Done\n<tr><td>B<td>Blocked\n</table>\n', 'x.md');
    expect(s.tasks.map((t) => `${t.title}:${t.status}`)).toEqual(['A:done', 'B:blocked']);
  });
});
