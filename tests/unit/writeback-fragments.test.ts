/** Derived fragments: found and located exactly, recomputed over the right scope, left alone when not understood. */
import { describe, expect, it } from 'vitest';
import { buildSprint } from '../../src/reader/index.js';
import type { Fragment } from '../../src/model/schema.js';
import { syncDocument } from '../../src/writeback/run-sync.js';

const fragmentsOf = (text: string): Fragment[] => buildSprint(text, 'x.md').fragments;
const sync = (text: string, today = '2025-03-05') => syncDocument(text, 'x.md', today);
const lineOf = (text: string, n: number) => text.split('\n')[n - 1];

const HOURS = `# Sprint 7

**Duration:** 2025-03-03 → 2025-03-14

**Overall Completion:** 0% (0/6 hours)

\`\`\`
░░░░░░░░░░ 0%
\`\`\`

### Day 1-2: Setup (0h / 6h) 🔲

| Task | Status | Hours |
|------|--------|-------|
| Write parser | ✅ | 2h |
| Write tests | 🔲 | 3h |
| Write docs | 🔲 | 1h |

**Completed:** 0 hours  
**Remaining:** 6 hours  
**Days Left:** 12 days  
**Required Velocity:** 0.5 hours/day
`;

describe('finding fragments', () => {
  it('locates every number of the seed shapes with its raw text', () => {
    const f = fragmentsOf(HOURS);
    expect(f.map((x) => x.kind)).toEqual(['completion-line', 'heading-rollup', 'completed-line', 'remaining-line', 'days-left', 'required-velocity']);
    const completion = f[0]!;
    expect(completion.values?.map((v) => [v.role, v.raw])).toEqual([
      ['percent', '0'],
      ['done', '0'],
      ['total', '6'],
      ['bar', '░░░░░░░░░░'],
      ['bar-percent', '0'],
    ]);
    for (const v of f.flatMap((x) => x.values ?? [])) expect(HOURS.slice(v.start, v.end)).toBe(v.raw);
    expect(f[1]!.values?.map((v) => v.role)).toEqual(['done', 'total', 'status-mark']);
    expect(f[1]!.scope).toBe('Day 1-2: Setup');
  });

  it('reads count lines, status counters and labels in other languages', () => {
    const f = fragmentsOf('# S\n\n- **Completed**: 7/75 points (9.3%)\n- ⏳ **Запланировано**: 22 задачи\n- **Общий прогресс**: 0% (0/22 задачи)\n');
    expect(f.map((x) => [x.kind, x.unit, x.status ?? null])).toEqual([
      ['count-line', 'points', null],
      ['status-count', 'задачи', 'todo'],
      ['completion-line', 'задачи', null],
    ]);
  });

  it('keeps group lines and bare percentages so sync can say why it leaves them', () => {
    const f = fragmentsOf('# S\n\n- Documentation: 0/4 tasks (0%)\n\n**Sprint Progress:** 95% complete\n');
    expect(f.map((x) => [x.kind, x.note])).toEqual([
      ['count-line', 'group'],
      ['completion-line', 'percent-only'],
    ]);
  });

  it('does not take dates, times, code or other numbers for fragments', () => {
    const text =
      '# S\n\n### Done (20/02)\n\n**Last Updated:** 2025-10-31 23:00 UTC\n**Tests:** 116/116 passing (100%)\n\n```\nCompleted: 3/4 tasks (75%)\n```\n';
    expect(fragmentsOf(text)).toEqual([]);
  });

  it('skips what sync generates between sprint markers', () => {
    expect(fragmentsOf('# S\n\n<!-- sprint:burndown -->\n\n**Completed:** 3 hours\n\n<!-- /sprint:burndown -->\n')).toEqual([]);
  });
});

describe('sync recomputes rollups', () => {
  it('rewrites each stale number in its own format and leaves every other byte', () => {
    const out = sync(HOURS);
    expect(lineOf(out.text, 5)).toBe('**Overall Completion:** 33% (2/6 hours)');
    expect(lineOf(out.text, 8)).toBe('███░░░░░░░ 33%');
    // The emoji only follows the done boundary: a started section keeps whatever it says.
    expect(lineOf(out.text, 11)).toBe('### Day 1-2: Setup (2h / 6h) 🔲');
    expect(lineOf(out.text, 19)).toBe('**Completed:** 2 hours  ');
    expect(lineOf(out.text, 20)).toBe('**Remaining:** 4 hours  ');
    expect(lineOf(out.text, 21)).toBe('**Days Left:** 10 days  ');
    expect(lineOf(out.text, 22)).toBe('**Required Velocity:** 0.4 hours/day');
    expect(out.text.split('\n').length).toBe(HOURS.split('\n').length);
    expect(sync(out.text).text).toBe(out.text);
  });

  it("turns a heading emoji done when its section is all done, in the document's own emoji", () => {
    const text =
      '# S\n\n### A (3h / 3h) ✅\n\n| Task | Status | Hours |\n|---|---|---|\n| a | ✅ | 3h |\n\n### B (0h / 2h) 🔲\n\n| Task | Status | Hours |\n|---|---|---|\n| b | ✅ | 2h |\n';
    expect(lineOf(sync(text).text, 9)).toBe('### B (2h / 2h) ✅');
  });

  it('keeps one decimal, and counts through the day of a dated day section', () => {
    const text =
      '# S\n\n**Total Points**: 10\n\n## Day 1: 2025-01-06\n\n### ✅ Completed Tasks\n\n#### A-1: First (3 points)\n\n- **Completed**: 0/10 points (0.0%)\n\n## Day 2: 2025-01-07\n\n### ✅ Completed Tasks\n\n#### A-2: Second (2 points)\n\n- **Completed**: 3/10 points (30.0%)\n';
    const out = sync(text);
    expect(lineOf(out.text, 11)).toBe('- **Completed**: 3/10 points (30.0%)');
    expect(lineOf(out.text, 19)).toBe('- **Completed**: 5/10 points (50.0%)');
  });

  it('keeps a declared count larger than the listed tasks (0/22 over 2 tasks)', () => {
    const text =
      '# S\n\n**Overall Progress**: 0% (0/22 tasks complete)\n\n| ID | Task | Status |\n|---|---|---|\n| 1.1 | A | DONE |\n| 1.2 | B | NOT STARTED |\n';
    expect(lineOf(sync(text).text, 3)).toBe('**Overall Progress**: 5% (1/22 tasks complete)');
  });

  it('counts the tasks whose number the document writes (the ID family), and the counters with them', () => {
    const text = [
      '# S',
      '',
      '**Общий прогресс**: 0% (0/2 задачи)',
      '',
      '- ⏳ **Запланировано**: 2 задачи',
      '- ✅ **Завершено**: 0 задач',
      '',
      '### T-01: One',
      '- **Статус**: ✅ Завершено',
      '',
      '### T-02: Two',
      '- **Статус**: ⏳ Запланировано',
      '',
      '## Другое',
      '- [ ] a loose checkbox',
      '- [ ] another one',
      '',
    ].join('\n');
    const out = sync(text);
    expect(lineOf(out.text, 3)).toBe('**Общий прогресс**: 50% (1/2 задачи)');
    expect(lineOf(out.text, 5)).toBe('- ⏳ **Запланировано**: 1 задача');
    expect(lineOf(out.text, 6)).toBe('- ✅ **Завершено**: 1 задача');
  });

  it('leaves a count it cannot explain alone and says why', () => {
    const text = '# S\n\n**Completion**: 0% (0/1 tasks)\n\n- [ ] a\n- [x] b\n- [ ] c\n';
    const out = sync(text);
    expect(out.text).toBe(text);
    expect(out.diagnostics.map((d) => [d.line, d.severity, d.code])).toEqual([[3, 'info', 'fragment-left']]);
    expect(out.diagnostics[0]!.message).toContain('no reading of them gives 1');
  });

  it('leaves fragments alone when a status in their scope was not understood', () => {
    const text = '# S\n\n**Completion**: 0% (0/2 tasks)\n\n| ID | Task | Status |\n|---|---|---|\n| A-1 | First | Done |\n| A-2 | Second | Wibbled |\n';
    const out = sync(text);
    expect(out.text).toBe(text);
    expect(out.diagnostics[0]!.message).toContain('not understood');
  });

  it('leaves group lines and bare percentages alone with an info diagnostic', () => {
    const text = '# S\n\n- Documentation: 0/4 tasks (0%)\n\n**Sprint Progress:** 95% complete\n\n- [x] a\n';
    const out = sync(text);
    expect(out.text).toBe(text);
    expect(out.diagnostics.map((d) => d.line)).toEqual([3, 5]);
  });

  it('does not compute a pace after the sprint ended', () => {
    const out = sync(HOURS, '2025-04-01');
    expect(lineOf(out.text, 21)).toBe('**Days Left:** 0 days  ');
    expect(lineOf(out.text, 22)).toBe('**Required Velocity:** 0.5 hours/day');
    expect(out.diagnostics.some((d) => d.line === 22 && d.message.includes('ended'))).toBe(true);
  });

  it('changes no byte of a document without derived fragments', () => {
    const text = '\uFEFF# S\r\n\r\n| Task | Status |\r\n|---|---|\r\n| a | ✅ Done |\r\n';
    expect(sync(text).text).toBe(text);
  });
});
