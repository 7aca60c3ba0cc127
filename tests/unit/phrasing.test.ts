import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../src/parse/markdown.js';
import type { ListBlock, ParagraphBlock, TableBlock, HeadingBlock } from '../../src/parse/outline.js';
import { firstVisible } from '../../src/parse/phrasing.js';
import { defaultVocabulary } from '../../src/parse/vocab/index.js';
import { parseFieldLine } from '../../src/reader/fields.js';

describe('phrasing kept in the outline', () => {
  it('gives each table cell its visible text and phrasing nodes', () => {
    const text = '| ID | Task | Status |\n|---|---|---|\n| [T-1](http://x/done) | **Login** a \\| b &amp; `code` | ~~Done~~ |\n';
    const t = parseOutline(text).blocks[0] as TableBlock;
    const [id, task, status] = t.rows[0]!.cells;
    expect(id!.plain).toBe('T-1');
    expect(id!.inline[0]!.type).toBe('link');
    expect(task!.plain).toBe('Login a | b & code');
    expect(task!.inline.map((n) => n.type)).toEqual(['strong', 'text', 'inlineCode']);
    expect(text.slice(task!.inline[0]!.start, task!.inline[0]!.end)).toBe('**Login**');
    expect(status!.strike).toBe(true);
    expect(status!.plain).toBe('Done');
  });

  it('splits a paragraph’s visible text by physical line, HTML tags dropped and <br> a space', () => {
    const text = '**Sprint Goal:** ship *it*\nStatus: <span>in progress</span><br>now\n';
    const p = parseOutline(text).blocks[0] as ParagraphBlock;
    expect(p.lines.map((l) => l.plain)).toEqual(['Sprint Goal: ship it', 'Status: in progress now']);
    expect(firstVisible(p.inline)?.type).toBe('strong');
  });

  it('gives list items and headings their visible text; the checkbox is not part of it', () => {
    const text = '# Sprint 3 — `api` _done_\n\n- [x] **T-2** fix [the bug](http://x)\n  still T-2\n';
    const [h, list] = parseOutline(text).blocks as [HeadingBlock, ListBlock];
    expect(h.content.plain).toBe('Sprint 3 — api done');
    const item = list.items[0]!;
    expect(item.checkbox?.char).toBe('x');
    expect(item.lines.map((l) => l.plain)).toEqual(['T-2 fix the bug', 'still T-2']);
    expect(item.inline[0]!.type).toBe('strong');
  });

  it('reads an HTML table cell’s markup as phrasing (parse5), entities decoded', () => {
    const text = '<table><tr><th>Task</th><th>Status</th></tr><tr><td><b>Auth</b> &amp; login</td><td><del>Done</del></td></tr></table>\n';
    const t = parseOutline(text).blocks[0] as TableBlock;
    const [task, status] = t.rows[0]!.cells;
    expect(task!.plain).toBe('Auth & login');
    expect(task!.inline[0]!.type).toBe('strong');
    expect(status!.strike).toBe(true);
  });
});

describe('field lines come from the phrasing', () => {
  const vocab = defaultVocabulary();
  const field = (text: string) => {
    const top = parseOutline(text).blocks[0]!;
    const b = top.kind === 'blockquote' ? top.children[0]! : top;
    const line = b.kind === 'paragraph' ? b.lines[0]! : b.kind === 'list' ? b.items[0]!.lines[0]! : null;
    const f = line ? parseFieldLine(line, vocab) : null;
    return f && { field: f.field, label: f.label, value: f.value, span: text.slice(f.valueStart, f.valueEnd) };
  };

  it('takes a leading strong node as the label, its colon inside or after it', () => {
    expect(field('**Status:** ✅ Done\n')).toEqual({ field: 'status', label: 'Status', value: '✅ Done', span: '✅ Done' });
    expect(field('**Status**: In Progress\n')).toMatchObject({ field: 'status', value: 'In Progress' });
    expect(field('__Story Points__ : 5\n')).toMatchObject({ field: 'estimate', value: '5' });
    expect(field('**Status: Blocked**\n')).toMatchObject({ field: 'status', value: 'Blocked' });
    expect(field('> **Current Day**: Day 1 (2025-12-05)\n')).toMatchObject({ label: 'Current Day', value: 'Day 1 (2025-12-05)' });
    expect(field('- **Статус**: ⏳ Запланировано\n')).toMatchObject({ label: 'Статус', value: '⏳ Запланировано' });
  });

  it('takes the plain text before the first colon otherwise, never a colon in code or a link', () => {
    expect(field('Status: Complete\n')).toMatchObject({ field: 'status', label: 'Status', value: 'Complete' });
    expect(field('`key: value` is YAML\n')).toBeNull();
    expect(field('[Status](http://x): Done\n')).toBeNull();
    expect(field('**Bold item** without a colon\n')).toBeNull();
    expect(field('Meeting at 10:30 today\n')).toBeNull();
  });
});
