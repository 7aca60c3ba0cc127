/**
 * Generated blocks: the burn-down and velocity blocks `sync` writes between markers — rendered
 * content, the one edit strictly between the markers, idempotence, CRLF, the missing end marker,
 * markers in code samples, and `--insert` placing an empty pair after the progress section.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/edit/edit.js';
import { buildSprint } from '../../src/reader/index.js';
import { findGeneratedRegions } from '../../src/parse/generated-markers.js';
import { planGeneratedBlockInsert } from '../../src/writeback/generated-block-insert.js';
import { generatedBlocksUpdater } from '../../src/writeback/generated-blocks.js';
import { FRAGMENT_UPDATERS } from '../../src/writeback/updaters.js';
import type { UpdatePlan } from '../../src/writeback/updater.js';

const SEED_003 = readFileSync(join(import.meta.dirname, '../../fixtures/seed-003-daily-report-points.md'), 'utf8');
const MARKERS = '<!-- sprint:burndown -->\n<!-- /sprint:burndown -->\n\n<!-- sprint:velocity -->\n<!-- /sprint:velocity -->\n\n';
const WITH_MARKERS = SEED_003.replace('## Day 1:', `${MARKERS}## Day 1:`);

function plan(text: string, today = '2025-01-25', includeDateFragments = true): UpdatePlan {
  return generatedBlocksUpdater({ text, sprint: buildSprint(text, 'doc.md'), file: 'doc.md', today, includeDateFragments });
}

function sync(text: string): string {
  return applyEdits(text, plan(text).edits);
}

describe('generated blocks', () => {
  it('fills the burn-down block with a GFM table and a Mermaid xychart, and the velocity block', () => {
    const out = sync(WITH_MARKERS);
    const burndown = out.slice(out.indexOf('<!-- sprint:burndown -->'), out.indexOf('<!-- /sprint:burndown -->'));
    expect(burndown).toContain('| Date       | Ideal (points) | Remaining (points) | Done (points) | Scope (points) |');
    expect(burndown).toContain('| 2025-01-24 |             75 |                 68 |             7 |             75 |');
    expect(burndown).toContain('| 2025-01-25 |          68.18 |                 53 |            22 |             75 |');
    expect(burndown).toContain(
      '```mermaid\n---\nconfig:\n  themeVariables:\n    xyChart:\n      plotColorPalette: "#8b949e, #e8590c"\n---\nxychart-beta\n    title "Burn-down (points)"\n    x-axis ["01-24", "01-25", ',
    );
    expect(burndown).toContain('Chart: grey = ideal, orange = remaining.');
    expect(burndown).toContain('    y-axis "Remaining (points)" 0 --> 75\n');
    expect(burndown).toContain('    line [68, 53]\n```');
    const velocity = out.slice(out.indexOf('<!-- sprint:velocity -->'), out.indexOf('<!-- /sprint:velocity -->'));
    expect(velocity).toContain('| 2025-01-25 |            15 |             22 |');
    expect(velocity).toContain('    bar [7, 15]\n    line [11, 11]\n');
    expect(out).not.toMatch(/\d{2}:\d{2}/); // no timestamps
  });

  it('replaces only what lies strictly between the markers', () => {
    const edits = plan(WITH_MARKERS).edits;
    expect(edits).toHaveLength(2);
    for (const e of edits) {
      expect(WITH_MARKERS.slice(e.start - 3, e.start)).toBe('-->');
      expect(WITH_MARKERS.slice(e.end, e.end + 5)).toBe('<!-- ');
    }
    const out = sync(WITH_MARKERS);
    expect(out.startsWith(SEED_003.slice(0, SEED_003.indexOf('## Day 1:')))).toBe(true);
    expect(out.endsWith(SEED_003.slice(SEED_003.indexOf('## Day 1:')))).toBe(true);
  });

  it('changes nothing the second time, and leaves the model reading the same numbers', () => {
    const once = sync(WITH_MARKERS);
    expect(plan(once).edits).toEqual([]);
    expect(sync(once)).toBe(once);
    // The generated table is not read back as the document's own burn-down data.
    const numbers = (text: string) => buildSprint(text, 'doc.md').snapshots.map(({ line: _line, ...rest }) => rest);
    expect(numbers(once)).toEqual(numbers(WITH_MARKERS));
  });

  it('rewrites a block whose content is stale or was edited by hand', () => {
    const once = sync(WITH_MARKERS);
    const edited = once.replace('| 2025-01-24 |             75 |', '| 2025-01-24 |             99 |');
    expect(plan(edited).edits).toHaveLength(1);
    expect(sync(edited)).toBe(once);
  });

  it('keeps CRLF documents CRLF', () => {
    const crlf = WITH_MARKERS.replace(/\n/g, '\r\n');
    const out = sync(crlf);
    expect(out).not.toMatch(/[^\r]\n/);
    expect(out.replace(/\r\n/g, '\n')).toBe(sync(WITH_MARKERS));
    expect(plan(out).edits).toEqual([]);
  });

  it('leaves a block without its closing marker alone, with a diagnostic', () => {
    const text = SEED_003.replace('## Day 1:', '<!-- sprint:burndown -->\n\n## Day 1:');
    const p = plan(text);
    expect(p.edits).toEqual([]);
    expect(p.diagnostics).toEqual([expect.objectContaining({ code: 'unclosed-generated-block', severity: 'warning', line: 11 })]);
  });

  it('ignores markers shown in code samples and inline', () => {
    const text = '# Doc\n\n```md\n<!-- sprint:burndown -->\n<!-- /sprint:burndown -->\n```\n\nUse `<!-- sprint:burndown -->` to start.\n';
    expect(findGeneratedRegions(text)).toEqual([]);
    expect(plan(text).edits).toEqual([]);
  });

  it('leaves blocks to sync: done/start/… (no date fragments) propose nothing', () => {
    expect(plan(WITH_MARKERS, '2025-01-25', false).edits).toEqual([]);
  });

  it('says "no dated data yet" for a document without dates', () => {
    const text = '# Notes\n\n<!-- sprint:burndown -->\n<!-- /sprint:burndown -->\n';
    expect(sync(text)).toContain('*No dated data yet');
  });

  it('is registered with sync', () => {
    expect(FRAGMENT_UPDATERS).toContain(generatedBlocksUpdater);
  });
});

describe('--insert', () => {
  it('puts an empty marker pair after the progress section, before its closing rule', () => {
    const seed000 = readFileSync(join(import.meta.dirname, '../../fixtures/seed-000-task-tables.md'), 'utf8');
    const p = planGeneratedBlockInsert(seed000, buildSprint(seed000, 'doc.md'), 'burndown');
    const out = applyEdits(seed000, p.edits);
    expect(out).toContain('████████░░░░░░░░░░░░░░░░░░░░░░ 35%\n```\n\n<!-- sprint:burndown -->\n<!-- /sprint:burndown -->\n\n---\n\n## ✅ Completed Tasks');
    // and the next sync fills it
    expect(sync(out)).toContain('| 2025-11-01 |');
  });

  it('falls back to the end of the first second-level section, and refuses a second pair', () => {
    const text = '# Sprint\n\n## Plan\n\nSome words.\n\n## Later\n\nMore.\n';
    const out = applyEdits(text, planGeneratedBlockInsert(text, buildSprint(text, 'doc.md'), 'velocity').edits);
    expect(out).toBe('# Sprint\n\n## Plan\n\nSome words.\n\n<!-- sprint:velocity -->\n<!-- /sprint:velocity -->\n\n## Later\n\nMore.\n');
    const again = planGeneratedBlockInsert(out, buildSprint(out, 'doc.md'), 'velocity');
    expect(again.edits).toEqual([]);
    expect(again.diagnostics[0]?.code).toBe('generated-block-exists');
  });

  it('reads as the progress statement a completion label with a percentage or a fraction, never a date or an issue number', () => {
    const at = (text: string) => buildSprint(text, 'doc.md').progressAt;
    expect(at('# S\n\n## Intro\n\n**Completed:** 2026-02-12\n\n> **Research Complete:** #255 closed\n')).toBeNull();
    const doc = '# S\n\n## Intro\n\nWords.\n\n## Status\n\n**Progreso:** ok\n\n**Progress:** 45% of the plan\n';
    expect(at(doc)).toBe(doc.indexOf('**Progress:**'));
    const out = applyEdits(doc, planGeneratedBlockInsert(doc, buildSprint(doc, 'doc.md'), 'burndown').edits);
    expect(out.endsWith('45% of the plan\n\n<!-- sprint:burndown -->\n<!-- /sprint:burndown -->\n')).toBe(true);
  });
});

describe('charts Mermaid can render and a person can read', () => {
  const block = (doc: string) => {
    const out = sync(`${doc}\n${MARKERS}`);
    return out.slice(out.indexOf('<!-- sprint:burndown -->'), out.indexOf('<!-- /sprint:velocity -->'));
  };

  it('writes a sentence instead of a chart with no line when there is nothing to chart', () => {
    const text = block('# Sprint 1\n\n**Start:** 2025-01-06\n**End:** 2025-01-10\n');
    expect(text).not.toContain('xychart-beta');
    expect(text).not.toMatch(/0 --> 0/);
  });

  it('never writes a 0 --> 0 axis, and always names each line in a legend', () => {
    const out = sync(WITH_MARKERS);
    expect(out).not.toMatch(/0 --> 0\b/);
    expect(out).toMatch(/Chart: grey = ideal, orange = remaining/);
    expect(out).toMatch(/Chart: blue = done, grey = average/);
  });

  it('writes the same block whatever today is for a document without dates', () => {
    const doc = '# Backlog\n\n- [x] a (3h)\n- [ ] b (5h)\n\n<!-- sprint:burndown -->\n<!-- /sprint:burndown -->\n';
    const at = (today: string) => applyEdits(doc, plan(doc, today).edits);
    expect(at('2026-01-15')).toBe(at('2026-03-01'));
    expect(at('2026-01-15')).toMatch(/No dated data yet: the document gives no sprint dates/);
  });

  it('draws a single known day as a bar, since a line through one point shows nothing', () => {
    const doc =
      '# Sprint 1\n\n**Start:** 2025-01-06\n**End:** 2025-01-06\n\n| Day | Date | Remaining |\n|---|---|---|\n| 1 | 2025-01-06 | 3 |\n\n- [ ] a (3h)\n\n<!-- sprint:burndown -->\n<!-- /sprint:burndown -->\n';
    expect(applyEdits(doc, plan(doc, '2025-01-06').edits)).toMatch(/\n {4}bar \[3\]\n/);
  });

  it("draws only the days the document recorded (and the sprint's first and last), never a blank cell", () => {
    const doc =
      '# Sprint 1\n\n**Start:** 2025-01-06\n**End:** 2025-01-10\n\n| Day | Date | Remaining |\n|---|---|---|\n| 1 | 2025-01-06 | 10 |\n| 2 | 2025-01-07 | — |\n| 3 | 2025-01-08 | 4 |\n\n- [ ] a (10h)\n\n<!-- sprint:burndown -->\n<!-- /sprint:burndown -->\n';
    const out = applyEdits(doc, plan(doc, '2025-01-08').edits);
    expect(out).toMatch(/x-axis \["01-06", "01-08", "01-10"\]/);
    expect(out).toMatch(/\n {4}line \[10, 4\]\n/);
  });

  it("writes the plan alone, the same every day, when only today's state is known", () => {
    const doc =
      '# Sprint 1\n\n**Start:** 2025-01-06\n**End:** 2025-01-10\n\n- [x] a (3h)\n- [ ] b (5h)\n\n<!-- sprint:burndown -->\n<!-- /sprint:burndown -->\n';
    const at = (today: string) => applyEdits(doc, plan(doc, today).edits);
    expect(at('2025-01-07')).toBe(at('2025-01-09'));
    expect(at('2025-01-07')).toMatch(/Only today's state is recorded/);
  });

  it('numbers the days instead of writing dates that would collide on a long sprint', () => {
    const long = '# Sprint 2\n\n**Start:** 2025-03-03\n**End:** 2025-03-28\n\n- [x] a (3h)\n- [ ] b (5h)\n';
    const out = sync(`${long}\n${MARKERS}`);
    expect(out).toMatch(/x-axis "Day of sprint \(2025-03-03 → 2025-03-28\)" 1 --> 26/);
  });
});

describe('chart colours', () => {
  /** WCAG relative luminance and contrast ratio. */
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it('every series colour has at least 3:1 contrast (WCAG non-text) on GitHub light and dark backgrounds', () => {
    const out = sync(WITH_MARKERS);
    const palettes = [...out.matchAll(/plotColorPalette: "([^"]+)"/g)].flatMap((m) => m[1]!.split(', '));
    expect(palettes.length).toBeGreaterThanOrEqual(3);
    for (const colour of palettes) {
      expect(contrast(colour, '#ffffff'), `${colour} on white`).toBeGreaterThanOrEqual(3);
      expect(contrast(colour, '#0d1117'), `${colour} on dark`).toBeGreaterThanOrEqual(3);
    }
  });
});
