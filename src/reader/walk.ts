/**
 * The walk over a document's outline: keeps the heading context, reads metadata, task tables,
 * task lists, heading work items, acceptance checklists, standups and directives, and collects
 * drafts, sections, tables, standups and diagnostics. Interpretation rules are documented in the
 * README ("How a document is read"); each rule names the shape it is for. This file holds the
 * walk itself (block dispatch and directives); headings, paragraphs and fields, tables and lists
 * are read by `walk-headings.ts`, `walk-fields.ts`, `walk-tables.ts` and `walk-lists.ts`, which
 * share the walk's state through `WalkContext` (`walk-context.ts`).
 */
import type { Block, Outline, SourceLine } from '../parse/outline.js';
import { parseFieldLine, type FieldLine } from './fields.js';
import type { Draft } from './draft.js';
import { currentSection, diag, type WalkContext, type WalkOptions, type WalkResult } from './walk-context.js';
import { readParagraph } from './walk-fields.js';
import { readHeadingBlock } from './walk-headings.js';
import { readList } from './walk-lists.js';
import { readTable } from './walk-tables.js';

/** Walks the outline once and returns the collected drafts and context. */
export function walkOutline(outline: Outline, opts: WalkOptions): WalkResult {
  const ctx: WalkContext = {
    outline,
    opts,
    vocab: opts.vocab,
    stack: [],
    out: {
      drafts: [],
      sections: [],
      tables: [],
      standups: [],
      lanes: [],
      diagnostics: [],
      metaFields: [],
      title: null,
      codeBlocks: [],
      blockerMentions: [],
      answers: [],
      checklist: [],
    },
    directive: null,
    label: null,
    paragraphTask: null,
    person: null,
    standupField: null,
    seenH2: false,
    block: (block, parentTask) => readBlock(ctx, block, parentTask),
  };
  for (const block of outline.blocks) readBlock(ctx, block, null);
  for (const s of ctx.out.sections) if (s.end < 0) s.end = outline.text.length;
  return ctx.out;
}

function readBlock(ctx: WalkContext, block: Block, parentTask: Draft | null): void {
  // A bold-paragraph work item owns the list right under it, nothing further.
  const paragraphTask = ctx.paragraphTask;
  ctx.paragraphTask = null;
  // Rule: under a heading over example or template text ("Tasks Breakdown (Example)") nothing is work.
  if (block.kind !== 'heading' && ctx.stack.some((f) => f.info.example)) return;
  switch (block.kind) {
    case 'heading':
      readHeadingBlock(ctx, block);
      ctx.label = null;
      return;
    case 'paragraph':
      readParagraph(ctx, block);
      return;
    case 'table': {
      const d = ctx.directive;
      ctx.directive = null;
      readTable(ctx, block, d);
      ctx.label = null;
      return;
    }
    case 'list': {
      const d = ctx.directive;
      ctx.directive = null;
      readList(ctx, block, parentTask ?? paragraphTask, d, ctx.label);
      ctx.label = null;
      return;
    }
    case 'code':
      ctx.out.codeBlocks.push({ lines: block.lines, section: currentSection(ctx) });
      ctx.label = null;
      return;
    case 'html':
      readHtml(ctx, block.value, block.span.start);
      return;
    case 'blockquote':
      for (const c of block.children) readBlock(ctx, c, parentTask);
      return;
    case 'frontmatter':
      for (const l of block.lines.slice(1, -1)) {
        const f = parseFieldLine(l, ctx.vocab) ?? yamlField(l);
        if (f) ctx.out.metaFields.push(f);
      }
      return;
    case 'break':
      ctx.label = null;
      return;
  }
}

/** `<!-- sprint: ignore|tasks|criteria -->` directives for the next table or list; HTML tables are noted. */
function readHtml(ctx: WalkContext, value: string, offset: number): void {
  for (const m of value.matchAll(/<!--\s*sprint:\s*([a-z-]+)\s*-->/gi)) {
    const word = m[1]!.toLowerCase();
    if (word === 'ignore' || word === 'tasks' || word === 'criteria') ctx.directive = word;
    else if (!/^\/?(burndown|velocity|progress)$/.test(word)) {
      diag(ctx, 'warning', 'unknown-directive', offset, `unknown directive "sprint: ${word}" (known: ignore, tasks, criteria)`);
    }
  }
  if (/<table[\s>]/i.test(value)) {
    diag(ctx, 'info', 'html-table', offset, 'HTML table not read as tasks (write it as a Markdown table to track it)');
  }
}

/** A front-matter `key: value` line the Markdown field grammar does not take (`  total_plans: 5`): its key as the label. */
function yamlField(line: SourceLine): FieldLine | null {
  const m = /^(\s*)([A-Za-z][\w-]{0,40}):[ \t]*(\S.*?)\s*$/.exec(line.text);
  if (!m) return null;
  const valueStart = line.start + line.text.indexOf(m[3]!, m[1]!.length + m[2]!.length + 1);
  return { field: null, label: m[2]!, value: m[3]!, plain: m[3]!, valueStart, valueEnd: valueStart + m[3]!.length, line: line.line };
}
