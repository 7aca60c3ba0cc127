/**
 * The walk over a document's outline: keeps the heading context, reads metadata, task tables,
 * task lists, heading work items, acceptance checklists, standups and directives, and collects
 * drafts, sections, tables, standups and diagnostics. Interpretation rules are documented in the
 * README ("How a document is read"); each rule below names the shape it is for.
 */
import type {
  Block, HeadingBlock, ListBlock, ListItem, Outline, ParagraphBlock, SourceLine, TableBlock,
} from '../../parse/outline.js';
import { positionOf } from '../../parse/markdown.js';
import { findEstimate, parseEstimateCell } from '../../parse/recognize/estimate.js';
import { idFromCell, idsMentioned, recognizeId } from '../../parse/recognize/id.js';
import {
  recognizeStatus, splitStatusMarker, statusFromWords, type Legend,
} from '../../parse/recognize/status.js';
import { findPhrase, fold, isBlankish, normalizeForMatch, stripEmoji, stripInline } from '../../parse/recognize/text.js';
import type { StatusName, Vocabulary } from '../../parse/vocab/index.js';
import type { Diagnostic, Section, Span, Standup, Table } from '../schema.js';
import { classifyTable } from './classify-table.js';
import { isContinuation, newDraft, type Draft } from './draft.js';
import { fieldOfLabel, parseFieldLine, type FieldLine } from './fields.js';
import { isBucket, readHeading, type HeadingInfo } from './headings.js';

/** A heading on the context stack. */
interface Frame {
  depth: number;
  info: HeadingInfo;
  span: Span;
  task: Draft | null;
  date: string | null;
  /** Status given by a `**Status:**` field in the section body. */
  fieldStatus: StatusName | null;
  sectionIndex: number;
}

/** Everything the walk collects from one document. */
export interface WalkResult {
  drafts: Draft[];
  sections: Section[];
  tables: Table[];
  standups: Standup[];
  diagnostics: Diagnostic[];
  metaFields: FieldLine[];
  title: string | null;
  codeBlocks: Array<{ lines: SourceLine[]; section: string | null }>;
  /** Items of a "Blockers" section: they name tasks that are blocked. */
  blockerMentions: Array<{ text: string; line: number }>;
}

/** Context the walk needs from a pre-pass: the document's legend and how to date things. */
export interface WalkOptions {
  file: string;
  vocab: Vocabulary;
  legend: Legend;
  dateOf: (text: string) => string | null;
  dayDate: (n: number) => string | null;
}

type Directive = 'ignore' | 'tasks' | 'criteria' | null;

/** Walks the outline once and returns the collected drafts and context. */
export function walkOutline(outline: Outline, opts: WalkOptions): WalkResult {
  return new Walker(outline, opts).run();
}

class Walker {
  private readonly stack: Frame[] = [];
  private readonly out: WalkResult = {
    drafts: [], sections: [], tables: [], standups: [], diagnostics: [], metaFields: [], title: null, codeBlocks: [], blockerMentions: [],
  };
  private directive: Directive = null;
  private label: { text: string; field: FieldLine | null } | null = null;
  private person: string | null = null;
  private standupField: 'yesterday' | 'today' | 'blockers' | null = null;
  private seenH2 = false;

  constructor(
    private readonly outline: Outline,
    private readonly opts: WalkOptions,
  ) {}

  run(): WalkResult {
    for (const block of this.outline.blocks) this.block(block, null);
    for (const s of this.out.sections) if (s.end < 0) s.end = this.outline.text.length;
    return this.out;
  }

  // ---------------------------------------------------------------- context

  private get vocab(): Vocabulary {
    return this.opts.vocab;
  }

  private path(): string[] {
    return this.stack.filter((f) => f.depth > 1 || this.stack.length === 1).map((f) => f.info.title);
  }

  private headingPath(): string[] {
    return this.stack.map((f) => f.info.title);
  }

  private currentDate(): string | null {
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i]!.date) return this.stack[i]!.date;
    return null;
  }

  private enclosingTask(): Draft | null {
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i]!.task) return this.stack[i]!.task;
    return null;
  }

  /** Status a plain item inherits: the nearest bucket heading's, unless a work-item heading is nearer. */
  private bucketStatus(): StatusName | null {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const f = this.stack[i]!;
      if (f.task) return null;
      if (f.info.role === 'bucket') return f.info.status?.status ?? null;
    }
    return null;
  }

  private inCriteriaSection(): boolean {
    return this.stack.some((f) => this.isCriteriaLabel(f.info.title));
  }

  private inStandup(): boolean {
    return this.stack.some((f) => f.info.role === 'standup') || this.standupDateFrame() !== null;
  }

  private standupDateFrame(): Frame | null {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const f = this.stack[i]!;
      if ((f.info.role === 'day' || f.info.role === 'standup') && f.date) return f;
    }
    return null;
  }

  private isCriteriaLabel(text: string): boolean {
    const t = fold(stripEmoji(stripInline(text))).replace(/[:：]\s*$/, '').replace(/\s*\(.*\)\s*$/, '').trim();
    return this.vocab.criteriaLabels.some((l) => t === l || t.startsWith(`${l} `) || t.endsWith(` ${l}`));
  }

  private span(start: number, end: number): Span {
    const p = positionOf(this.outline.lineStarts, start);
    return { start, end, line: p.line, column: p.column };
  }

  private diag(severity: Diagnostic['severity'], code: string, offset: number, message: string): void {
    const p = positionOf(this.outline.lineStarts, offset);
    this.out.diagnostics.push({ file: this.opts.file, line: p.line, column: p.column, severity, code, message });
  }

  // ---------------------------------------------------------------- blocks

  private block(block: Block, parentTask: Draft | null): void {
    switch (block.kind) {
      case 'heading':
        this.heading(block);
        this.label = null;
        return;
      case 'paragraph':
        this.paragraph(block);
        return;
      case 'table': {
        const d = this.directive;
        this.directive = null;
        this.table(block, d);
        this.label = null;
        return;
      }
      case 'list': {
        const d = this.directive;
        this.directive = null;
        this.list(block, parentTask, d, this.label);
        this.label = null;
        return;
      }
      case 'code':
        this.out.codeBlocks.push({ lines: block.lines, section: this.stack.length ? this.stack[this.stack.length - 1]!.info.title : null });
        this.label = null;
        return;
      case 'html':
        this.html(block.value, block.span.start);
        return;
      case 'blockquote':
        for (const c of block.children) this.block(c, parentTask);
        return;
      case 'frontmatter':
        for (const l of block.lines.slice(1, -1)) {
          const f = parseFieldLine(l, this.vocab);
          if (f) this.out.metaFields.push(f);
        }
        return;
      case 'break':
        this.label = null;
        return;
    }
  }

  private html(value: string, offset: number): void {
    for (const m of value.matchAll(/<!--\s*sprint:\s*([a-z-]+)\s*-->/gi)) {
      const word = m[1]!.toLowerCase();
      if (word === 'ignore' || word === 'tasks' || word === 'criteria') this.directive = word;
      else if (!/^\/?(burndown|velocity|progress)$/.test(word)) {
        this.diag('warning', 'unknown-directive', offset, `unknown directive "sprint: ${word}" (known: ignore, tasks, criteria)`);
      }
    }
    if (/<table[\s>]/i.test(value)) {
      this.diag('info', 'html-table', offset, 'HTML table not read as tasks (write it as a Markdown table to track it)');
    }
  }

  // ---------------------------------------------------------------- headings

  private heading(h: HeadingBlock): void {
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.depth >= h.depth) this.closeFrame(this.stack.pop()!, h.span.start);
    if (h.depth >= 2) this.seenH2 = true;
    const info = readHeading(h.content.text, h.depth, this.vocab, this.opts.legend);
    if (h.depth === 1 && this.out.title === null) this.out.title = info.title;
    let date: string | null = null;
    if (info.dateText) date = this.opts.dateOf(info.dateText);
    if (!date && info.dayNumber !== null && info.role === 'day') date = this.opts.dayDate(info.dayNumber);
    const frame: Frame = { depth: h.depth, info, span: h.span, task: null, date, fieldStatus: null, sectionIndex: this.out.sections.length };
    this.stack.push(frame);
    this.person = null;
    this.standupField = null;
    this.out.sections.push({
      title: info.title,
      depth: h.depth,
      path: this.headingPath(),
      span: h.span,
      end: -1,
      status: info.status?.status ?? null,
      role: info.role,
      date,
    });
    // "## Sprint 9 Overview" in a document titled "Sprint 9 …" is about this document's own sprint.
    const ownSprint = info.role === 'task' && info.id !== null && this.out.title !== null && recognizeId(this.out.title, this.vocab)?.key === info.id.key;
    if (ownSprint) {
      frame.info = { ...info, role: 'plain' };
      this.out.sections[this.out.sections.length - 1]!.role = 'plain';
    } else if (info.role === 'task' && !this.inCriteriaSection()) frame.task = this.headingTask(h, info);
    else if (info.role === 'task' && this.inCriteriaSection()) frame.task = this.headingTask(h, info, true);
    else if (this.inStandup() && h.depth >= 3 && info.role === 'plain' && !this.isStandupQuestion(info.title)) this.person = info.title;
    else if (this.isStandupQuestion(info.title)) this.standupField = this.standupFieldOf(info.title);
  }

  private closeFrame(f: Frame, end: number): void {
    const s = this.out.sections[f.sectionIndex];
    if (s) s.end = end;
  }

  private headingTask(h: HeadingBlock, info: HeadingInfo, criteriaOwnerOnly = false): Draft {
    const d = newDraft('heading', h.span, info.id?.rest || info.title, this.headingPath().slice(0, -1));
    if (info.id) {
      d.id = info.id.id;
      d.key = info.id.key;
      d.strong = info.id.strong;
    }
    d.title = cleanTitle(info.id ? info.id.rest || info.title : info.title, info.estimate?.raw);
    if (info.status && !criteriaOwnerOnly) {
      d.status = info.status.status;
      d.statusRaw = info.marker || null;
      const at = h.content.text.indexOf(info.marker.split(' ')[0] ?? '');
      if (info.marker && at >= 0) d.site = null; // heading markers are rewritten by the writeback layer from the raw text
    }
    if (info.estimate) d.estimate = info.estimate;
    d.sectionStatus = this.bucketStatus();
    d.date = this.currentDate();
    d.parent = this.enclosingTask();
    if (/\(\s*(optional|opcional|опционально|optionnel)\s*\)/i.test(info.title)) d.optional = true;
    if (criteriaOwnerOnly) d.kind = 'heading';
    this.out.drafts.push(d);
    return d;
  }

  private isStandupQuestion(title: string): boolean {
    return this.standupFieldOf(title) !== null;
  }

  private standupFieldOf(label: string): 'yesterday' | 'today' | 'blockers' | null {
    const f = this.fieldOf(label);
    return f === 'yesterday' || f === 'today' || f === 'blockers' ? f : null;
  }

  private fieldOf(label: string) {
    const t = fold(stripInline(label)).replace(/[?？:：]+$/, '').trim();
    for (const f of this.vocab.fields) if (f.label.replace(/[?？]+$/, '') === t) return f.field;
    return null;
  }

  // ---------------------------------------------------------------- paragraphs and fields

  private paragraph(p: ParagraphBlock): void {
    const lines = p.lines.map((l) => ({ ...l, text: l.text.replace(/^\s*(?:>\s?)+/, (m) => m) }));
    let lastLabel: { text: string; field: FieldLine | null } | null = null;
    for (const line of lines) {
      const f = parseFieldLine(line, this.vocab);
      if (f && f.field) {
        this.field(f);
        lastLabel = { text: f.label, field: f };
        continue;
      }
      const plain = stripInline(line.text.replace(/^\s*(?:>\s?)+/, ''));
      // "**dev1_front**:" / "**Surya (Scrum Master)**" — a person's block in a standup.
      if (this.inStandup() && /^\s*(?:>\s*)?(?:\*\*[^*]{1,40}\*\*|__[^_]{1,40}__)\s*:?\s*$/.test(line.text)) {
        this.person = plain.replace(/:\s*$/, '').trim();
        this.standupField = null;
        lastLabel = null;
        continue;
      }
      if (f && !f.field && f.value.trim() === '') {
        lastLabel = { text: f.label, field: f };
        continue;
      }
      if (this.standupField && f && !f.field && f.label.split(' ').length <= 3) {
        this.addStandup(f.label, this.standupField, f.value, line.line);
        continue;
      }
      lastLabel = /[:：]\s*(\*\*|__)?\s*$/.test(plain) || /^(\*\*|__).+\1$/.test(line.text.trim()) ? { text: plain.replace(/[:：]\s*$/, ''), field: null } : null;
    }
    this.label = lastLabel;
  }

  /** A recognized `Key: value` line, routed by where it stands. */
  private field(f: FieldLine): void {
    const field = f.field!;
    const task = this.stack.length > 0 ? this.stack[this.stack.length - 1]!.task : null;
    if (field === 'yesterday' || field === 'today' || field === 'blockers') {
      this.standupField = field;
      if (f.value.trim()) this.addStandup(this.person, field, f.value, f.line);
      return;
    }
    const top = this.stack[this.stack.length - 1];
    if (task) {
      this.taskField(task, f);
      return;
    }
    if (field === 'status' && top && top.depth >= 2) {
      const s = this.statusValue(f.value);
      if (s) {
        const firstSection = this.out.drafts.length === 0 && this.out.sections.filter((x) => x.depth >= 2).length <= 1;
        if (firstSection) {
          this.out.metaFields.push(f);
          return;
        }
        if (top.info.role === 'plain' && !/status|position|progress|overview|summary|state|estado|статус|durum|stand/i.test(top.info.title)) {
          const h: HeadingBlock = { kind: 'heading', depth: top.depth, span: top.span, content: { text: top.info.title, start: top.span.start, end: top.span.end, line: top.span.line } };
          top.task = this.headingTask(h, { ...top.info, role: 'task' });
          this.taskField(top.task, f);
          return;
        }
        top.fieldStatus = s;
        const sec = this.out.sections[top.sectionIndex];
        if (sec && sec.status === null) sec.status = s;
        return;
      }
    }
    if (!this.seenH2 || !top || top.depth <= 2 || /overview|detail|summary|sprint|timeline|status|progress|resumen|detalles|обзор|velocity|burn/i.test(top.info.title)) {
      this.out.metaFields.push(f);
    }
  }

  /** The status a `Status:` value starts with ("✅ COMPLETED (95%)", "Partially implemented"); "Phase 1 Complete" is not one. */
  private statusValue(value: string): StatusName | null {
    const v = normalizeForMatch(stripInline(value));
    const head = (v.split(/\s[-–—(]\s?|[,;]/)[0] ?? v).trim();
    const s = recognizeStatus(head, this.vocab, this.opts.legend);
    if (!s) return null;
    if (s.via === 'emoji' || s.via === 'legend') return /^\P{L}*\p{Extended_Pictographic}/u.test(head) ? s.status : null;
    const lead = fold(head).replace(/^[^\p{L}\p{N}]+/u, '');
    return this.vocab.statusPhrases.some(({ phrase }) => lead.startsWith(phrase) && findPhrase(lead, phrase) === 0) ? s.status : null;
  }

  private taskField(task: Draft, f: FieldLine): void {
    switch (f.field) {
      case 'status': {
        const s = this.statusValue(f.value);
        if (s) {
          task.status = s;
          task.statusRaw = stripInline(f.value);
          task.site = { kind: 'field', start: f.valueStart, end: f.valueEnd, raw: f.value };
        }
        return;
      }
      case 'estimate':
      case 'duration': {
        const e = findEstimate(f.value, this.vocab);
        if (e) {
          if (f.field === 'estimate') task.estimate ??= e;
          else task.estimateFallback ??= e;
        }
        return;
      }
      case 'assignee':
        task.assignee ??= cellText(f.value);
        return;
      case 'priority':
        task.priority ??= cellText(f.value);
        return;
      case 'dependencies':
        task.dependsOn.push(...idsMentioned(f.value));
        return;
      case 'blockedBy':
        if (!isBlankish(f.value, this.vocab.placeholders)) task.blockedBy = cellText(f.value);
        return;
      case 'description':
        if (task.title === '' || /^#?\d+$/.test(task.title) || task.title === task.id) task.title = cellText(f.value).replace(/\.$/, '');
        return;
      case 'completed': {
        const d = this.opts.dateOf(f.value);
        if (d) task.completedOn = d;
        return;
      }
      default:
        return;
    }
  }

  private addStandup(person: string | null, field: 'yesterday' | 'today' | 'blockers', value: string, line: number): void {
    const text = stripInline(value).trim();
    const frame = this.standupDateFrame();
    const label = frame?.info.title ?? (this.stack[this.stack.length - 1]?.info.title ?? '');
    let entry = this.out.standups.find((s) => s.label === label && s.person === person);
    if (!entry) {
      entry = { date: frame?.date ?? this.currentDate(), label, person, yesterday: [], today: [], blockers: [], line };
      this.out.standups.push(entry);
    }
    if (text && !isBlankish(text, this.vocab.placeholders)) entry[field].push(text);
  }

  // ---------------------------------------------------------------- tables

  private table(t: TableBlock, directive: Directive): void {
    const header = t.header.cells.map((c) => c.raw);
    const section = this.stack.length ? this.stack[this.stack.length - 1]!.info.title : null;
    const rowsText = t.rows.map((r) => r.cells.map((c) => stripInline(normalizeForMatch(c.raw))));
    if (directive === 'ignore') {
      this.out.tables.push({ kind: 'ignored', section, header: header.map((h) => stripInline(h)), rows: rowsText, line: t.span.line });
      return;
    }
    const shape = classifyTable(header, this.vocab, directive === 'tasks' ? 'tasks' : null);
    const tableIndex = this.out.tables.length;
    this.out.tables.push({ kind: shape.kind, section, header: header.map((h) => stripInline(normalizeForMatch(h))), rows: rowsText, line: t.span.line });
    if (shape.kind !== 'tasks') return;
    const col = shape.columns;
    const owner = this.enclosingTask();
    let lastTop: Draft | null = null;
    const idHeader = col.id !== undefined ? fold(stripInline(header[col.id] ?? '')) : '';
    for (const row of t.rows) {
      const cell = (i: number | undefined) => (i === undefined ? undefined : row.cells[i]);
      const titleCell = cell(col.title);
      if (!titleCell) continue;
      if (row.cells.every((c) => isBlankish(c.raw, this.vocab.placeholders))) continue;
      const rawTitle = normalizeForMatch(titleCell.raw);
      const tree = /^\s*(?:\*\*|__)?\s*([├└│┣┗]\s*[─━-]*|↳|-{1,2}>?)\s*/u.exec(stripInline(rawTitle));
      let title = stripInline(rawTitle);
      if (tree) title = title.slice(tree[0].length);
      const firstCellText = fold(stripInline(row.cells[0]?.raw ?? ''));
      if (this.vocab.summaryRowWords.includes(fold(title)) || this.vocab.summaryRowWords.includes(firstCellText)) continue;
      if (isBlankish(title, this.vocab.placeholders)) continue;
      const d = newDraft('table-row', row.span, title, this.headingPath());
      d.table = tableIndex;
      d.date = this.currentDate();
      d.sectionStatus = this.bucketStatus();
      // Identity: ID column, else an ID at the start of the title.
      const idCell = cell(col.id);
      let id = idCell && col.id !== col.title ? idFromCell(idCell.raw) : null;
      if (id && this.vocab.idPrefixWords.includes(idHeader) && /^\d+[a-z+]?$/i.test(id.id)) {
        id = { ...id, id: `${stripInline(header[col.id!] ?? '').trim()} ${id.id}`, key: `${idHeader} ${id.key}` };
        // A table of sprints or phases whose other columns are not titles: the row is called by its ID.
        if (fieldOfLabel(header[col.title!] ?? '', this.vocab) !== 'title') title = id.id;
      }
      const titleId = recognizeId(title, this.vocab);
      if (titleId?.strong && (!id || idHeader === '#' || idHeader === 'no' || idHeader === 'nº')) id = titleId;
      if (titleId?.strong && titleId.rest) title = titleId.rest;
      if (id && !isBlankish(id.id, this.vocab.placeholders)) {
        d.id = id.id;
        d.key = id.key;
        d.strong = id.strong;
      }
      d.title = cleanTitle(title);
      d.continued = isContinuation(title);
      // Status: the status cell, else strikethrough (done), else the section's bucket.
      const statusCell = cell(col.status);
      if (statusCell && !isBlankish(statusCell.raw, this.vocab.placeholders)) {
        const s = recognizeStatus(statusCell.raw, this.vocab, this.opts.legend);
        if (s) {
          d.status = s.status;
          d.statusRaw = stripInline(normalizeForMatch(statusCell.raw));
          d.site = { kind: 'cell', start: statusCell.start, end: statusCell.end, raw: statusCell.raw };
        } else {
          this.diag('warning', 'unknown-status', statusCell.start, `status "${stripInline(normalizeForMatch(statusCell.raw))}" not understood; counted as todo`);
          d.statusRaw = stripInline(normalizeForMatch(statusCell.raw));
          d.site = { kind: 'cell', start: statusCell.start, end: statusCell.end, raw: statusCell.raw };
        }
      } else if (statusCell) {
        d.site = { kind: 'cell', start: statusCell.start, end: statusCell.end, raw: statusCell.raw };
      }
      if (d.status === null && titleCell.strike) {
        d.status = 'done';
        d.statusRaw = '~struck~';
      }
      if (d.status === null && col.progress !== undefined) {
        const pc = cell(col.progress);
        const s = pc ? recognizeStatus(pc.raw, this.vocab, this.opts.legend) : null;
        if (s) d.status = s.status;
      }
      const est = cell(col.estimate);
      if (est && !isBlankish(est.raw, this.vocab.placeholders)) {
        d.estimate = parseEstimateCell(normalizeForMatch(est.raw), this.vocab, shape.estimateUnit);
        if (!d.estimate) this.diag('info', 'unknown-estimate', est.start, `estimate "${stripInline(est.raw)}" not understood`);
      }
      const who = cell(col.assignee);
      if (who && !isBlankish(who.raw, this.vocab.placeholders)) d.assignee = cellText(who.raw);
      const prio = cell(col.priority);
      if (prio && !isBlankish(prio.raw, this.vocab.placeholders)) d.priority = cellText(prio.raw);
      const deps = cell(col.dependencies);
      if (deps && !isBlankish(deps.raw, this.vocab.placeholders)) d.dependsOn.push(...idsMentioned(deps.raw));
      // "Blocked By" on a top-level row blocks it; on a subtask row it reads as a note about the step
      // (seed 000: "├─ Update CHANGELOG | 🔲 | … | Track all changes"); subtasks inherit their parent's block.
      const blocked = cell(col.blockedBy);
      if (blocked && !tree && !isBlankish(blocked.raw, this.vocab.placeholders)) d.blockedBy = cellText(blocked.raw);
      const completed = cell(col.completed);
      if (completed && !isBlankish(completed.raw, this.vocab.placeholders)) d.completedOn = this.opts.dateOf(completed.raw);
      if (tree && lastTop) d.parent = lastTop;
      else {
        d.parent = owner;
        lastTop = d;
      }
      this.out.drafts.push(d);
    }
  }

  // ---------------------------------------------------------------- lists

  private list(list: ListBlock, parentTask: Draft | null, directive: Directive, label: { text: string; field: FieldLine | null } | null): void {
    if (directive === 'ignore') return;
    const labelText = label?.text ?? '';
    const labelField = label?.field?.field ?? null;
    const fieldItems = list.items.some((i) => i.lines[0] && parseFieldLine(i.lines[0], this.vocab)?.field);
    if (labelField === 'yesterday' || labelField === 'today' || labelField === 'blockers' || (this.standupField && this.inStandup() && !fieldItems && !list.items.some((i) => i.checkbox))) {
      const field = (labelField as 'yesterday' | 'today' | 'blockers' | null) ?? this.standupField!;
      for (const item of list.items) this.standupItem(item, field);
      return;
    }
    if (this.vocab.legendLabels.includes(fold(labelText)) || this.isLegendList(list)) return;
    const criteria = directive === 'criteria' || this.isCriteriaLabel(labelText) || (directive !== 'tasks' && this.inCriteriaSection());
    const owner = parentTask ?? this.enclosingTask();
    if (directive !== 'tasks' && !parentTask && this.inBlockersSection()) {
      for (const item of list.items) this.out.blockerMentions.push({ text: item.lines[0]?.text ?? '', line: item.span.line });
      return;
    }
    const marked = directive === 'tasks' || parentTask !== null || this.markedItemsAreTasks(list, labelText);
    const local = new Map<string, Draft>();
    for (const item of list.items) this.listItem(item, owner, criteria, directive === 'tasks', local, labelText, marked);
  }

  /** Inside a "Blockers" section (not a blockers *field* of a standup). */
  private inBlockersSection(): boolean {
    const top = this.stack[this.stack.length - 1];
    return top !== undefined && !this.inStandup() && /^(active |current |open )?(blockers?|impediments?|bloqueos?|bloqueios?|блокеры|блокеры и риски|engeller|hinder)\b/i.test(fold(top.info.title));
  }

  /**
   * Status-marked bullets are tasks, except a list that only reports finished things
   * ("🎉 Achievements: - ✅ …") in a section that is not about work: every item marked done,
   * no task or status label before it, no bucket, day or work-item heading around it.
   */
  private markedItemsAreTasks(list: ListBlock, labelText: string): boolean {
    if (list.items.some((i) => i.checkbox)) return true;
    const statuses = list.items
      .map((i) => splitStatusMarker(i.lines.map((l) => l.text).join(' '), this.vocab, this.opts.legend).status?.status)
      .filter((x): x is StatusName => x !== undefined);
    if (statuses.length === 0) return true;
    if (statuses.some((st) => st !== 'done')) return true;
    const label = fold(stripInline(labelText));
    if (label && (isBucket(label, this.vocab) || /^(tasks?|tareas?|tarefas?|задачи|aufgaben|görevler|todo|to do|work|stories)\b/.test(label))) return true;
    return this.stack.some((f) => f.info.role === 'bucket' || f.info.role === 'day');
  }

  private isLegendList(list: ListBlock): boolean {
    return list.items.length >= 2 && list.items.every((i) => /^\s*\S{1,3}\s*(=|:)?\s*[\p{L} /]{2,30}$/u.test(i.lines[0]?.text ?? '') && /^\p{Extended_Pictographic}/u.test(normalizeForMatch(i.lines[0]?.text ?? '').trim()));
  }

  private standupItem(item: ListItem, field: 'yesterday' | 'today' | 'blockers'): void {
    const own: SourceLine[] = [];
    for (const [i, l] of item.lines.entries()) {
      const f = i > 0 ? parseFieldLine(l, this.vocab) : null;
      if (f?.field) this.field(f);
      else own.push(l);
    }
    const text = stripInline(normalizeForMatch(own.map((l) => l.text).join(' ')));
    const pm = /^([\p{Lu}][\p{L}.'-]{1,20}(?:\s[\p{Lu}][\p{L}.'-]{1,20})?)\s*:\s*(.+)$/u.exec(text);
    if (pm && !this.person) this.addStandup(pm[1]!, field, pm[2]!, item.span.line);
    else this.addStandup(this.person, field, text, item.span.line);
    for (const c of item.children) if (c.kind === 'list') for (const sub of c.items) this.standupItem(sub, field);
  }

  private listItem(item: ListItem, owner: Draft | null, criteria: boolean, forced: boolean, local: Map<string, Draft>, labelText: string, marked: boolean): void {
    const first = item.lines[0];
    // Lazy continuation lines that are fields ("**Blockers**: None" right under a list) are fields, not title.
    const titleLines: SourceLine[] = [];
    for (const [i, l] of item.lines.entries()) {
      const f = i > 0 ? parseFieldLine(l, this.vocab) : null;
      if (f?.field) this.field(f);
      else titleLines.push(l);
    }
    const rawText = titleLines.map((l) => l.text).join(' ');
    const text = normalizeForMatch(rawText);
    // A "Key: value" item (task detail field, metadata, standup) is not a task.
    if (first && !item.checkbox) {
      const f = parseFieldLine(first, this.vocab);
      if (f?.field) {
        this.field(f);
        if (f.value.trim() === '') this.label = { text: f.label, field: f };
        for (const c of item.children) this.block(c, owner);
        return;
      }
    }
    const marker = item.checkbox ? this.vocab.checkboxMarkers[item.checkbox.char] ?? null : null;
    if (item.checkbox && marker === null) {
      this.diag('warning', 'unknown-checkbox', item.checkbox.offset, `checkbox marker "[${item.checkbox.char}]" not understood; read as open`);
    }
    const isCheck = item.checkbox !== null;
    const title0 = stripInline(text.replace(/^\[[^\]]\]\s*/, ''));
    if (isCheck && title0.replace(/[*\s]/g, '') === '') {
      return; // an empty "- [ ]" placeholder
    }
    if (criteria && isCheck && owner) {
      owner.checklist.push({ text: cleanTitle(title0), done: marker === 'done', line: item.span.line, markerOffset: item.checkbox!.offset });
      for (const c of item.children) if (c.kind === 'list') this.list(c, owner, 'criteria', null);
      return;
    }
    const split = splitStatusMarker(rawText.replace(/^\s*\*\s/, ''), this.vocab, this.opts.legend);
    const leadEmoji = /^\s*(?:\*\*)?\s*\p{Extended_Pictographic}/u.test(normalizeForMatch(first?.text ?? ''));
    const estimate = findEstimate(text, this.vocab);
    // Minutes ("TTL (5 minutes)") are durations of things, not effort estimates of a bullet.
    const inMinutes = estimate !== null && /\d\s*(min|mins|minutes?|minutos|мин|минут|dakika|分)\b/iu.test(estimate.raw);
    const delimitedEstimate = estimate !== null && !inMinutes && isDelimitedEstimate(stripInline(text), estimate.index, estimate.raw);
    const bucket = this.bucketStatus();
    const plainTask = !isCheck && !split.status && !delimitedEstimate && bucket !== null && !this.isCriteriaLabel(labelText);
    if (criteria && owner && split.status && leadEmoji) {
      owner.checklist.push({ text: cleanTitle(split.title), done: split.status.status === 'done', line: item.span.line, markerOffset: item.span.start });
      return;
    }
    // "Documentation: 0/4 tasks (0%)" is a rollup line; "Validation: Tabletop … (deferred)" is a labelled note.
    const plainText = stripInline(text);
    const rollupLine = /\b\d+(?:[.,]\d+)?\s*\/\s*\d+(?:[.,]\d+)?\s*\p{L}*\s*\(\s*\d+(?:[.,]\d+)?\s*%\s*\)/u.test(text)
      || /^\P{L}*[\p{L}\s]{2,30}:\s*\d+(?:[.,]\d+)?\s*\p{L}*\s*$/u.test(plainText) && statusFromWords(plainText.split(':')[0]!, this.vocab) !== null;
    const labelled = !leadEmoji && /^[\p{L}][\p{L}\s/&-]{0,30}:\s/u.test(stripInline(text));
    const isTask = forced || isCheck || (marked && !rollupLine && !(labelled && !delimitedEstimate) && split.status !== null && (leadEmoji || split.marker.length > 0)) || Boolean(delimitedEstimate) || plainTask || (item.strike && !isCheck && this.listHasTasks(item));
    if (!isTask) {
      // Not a task; its nested lists may still hold tasks ("**Backend:**" → "- [ ] …").
      for (const c of item.children) this.block(c, owner);
      return;
    }
    let title = isCheck ? stripInline(split.title.replace(/^\[[^\]]\]\s*/, '')) : split.title;
    title = stripInline(title);
    const optional = /^\*\s/.test(title);
    if (optional) title = title.slice(2);
    const d = newDraft('list-item', item.span, title, this.headingPath());
    d.optional = optional;
    d.date = this.currentDate();
    d.sectionStatus = bucket;
    const id = recognizeId(title, this.vocab);
    if (id) {
      if (id.strong) {
        d.id = id.id;
        d.key = id.key;
        d.strong = true;
      } else d.localNumber = id.id;
      if (id.rest) title = id.rest;
    }
    if (delimitedEstimate && estimate) {
      d.estimate = estimate;
      title = title.replace(new RegExp(`\\s*[-–—|(\\[]*\\s*${escapeRe(estimate.raw)}\\s*[)\\]]?`), ' ');
    }
    d.title = cleanTitle(title.split(/\s\|\s/)[0]!);
    // "#19(3 days) => (2 days)": nothing but numbers and units is left; the ID names the item.
    if (d.id && !/\p{L}{2,}/u.test(d.title.replace(/\(\s*[~≈]?\d[^)]*\)/g, ''))) d.title = d.id;
    if (isCheck) {
      const s = marker ?? 'todo';
      d.status = s;
      d.statusRaw = `[${item.checkbox!.char}]`;
      d.site = { kind: 'checkbox', start: item.checkbox!.offset, end: item.checkbox!.offset + 1, raw: item.checkbox!.char };
      if (split.status && (split.status.status === 'blocked' || split.status.status === 'cancelled') && s !== 'done') d.status = split.status.status;
    } else if (split.status) {
      d.status = split.status.status;
      d.statusRaw = split.marker || null;
    } else if (item.strike) {
      d.status = 'cancelled';
      d.statusRaw = '~~struck~~';
    }
    if (item.strike && d.status === 'todo' && isCheck) d.status = 'cancelled';
    // Hierarchy: nesting, or dotted IDs in a flat list ("1." then "1.1", Kiro tasks.md).
    const dotted = /^(\d+(?:\.\d+)*)\.(\d+)$/.exec(d.id ?? d.localNumber ?? '');
    const dottedParent = dotted ? local.get(dotted[1]!) : undefined;
    d.parent = dottedParent ?? owner;
    const num = d.id ?? d.localNumber;
    if (num) local.set(num, d);
    this.out.drafts.push(d);
    for (const c of item.children) {
      if (c.kind === 'list') this.list(c, d, null, null);
      else if (c.kind === 'paragraph') {
        for (const l of c.lines) {
          const f = parseFieldLine(l, this.vocab);
          if (f?.field) this.taskField(d, f);
        }
      } else this.block(c, d);
    }
  }

  private listHasTasks(item: ListItem): boolean {
    return item.strike;
  }
}

function itemText(item: ListItem): string {
  return stripInline(normalizeForMatch(item.lines.map((l) => l.text).join(' ')));
}

/** Plain text of a cell or field value. */
function cellText(raw: string): string {
  return stripInline(normalizeForMatch(raw)).trim();
}

/** Removes bold wrappers, dangling separators and a parenthesized estimate from a title. */
function cleanTitle(title: string, estimateRaw?: string): string {
  let t = stripInline(title);
  if (estimateRaw) t = t.replace(`(${estimateRaw})`, '').replace(estimateRaw, '');
  t = t.replace(/\(\s*\)/g, '').replace(/^[\s:|–—-]+|[\s:|–—,-]+$/g, '').replace(/\s+/g, ' ').trim();
  return t;
}

/** An estimate set off from the title: "(4h)", "- 6 hours |", "[3 SP]", at the end of the text. */
function isDelimitedEstimate(text: string, index: number, raw: string): boolean {
  const before = text.slice(Math.max(0, index - 4), index);
  const after = text.slice(index + raw.length);
  const delimitedBefore = /[(\[]\s*[~≈]?\s*$/.test(before) || /\s[-–—|]\s*[~≈]?\s*$/.test(before);
  // The estimate must close its part of the line: "(4h)", "- 6 hours | Sep 16", "(4h) ✅ COMPLETE".
  const delimitedAfter = /^\s*[)\]]?\s*:?\s*(?:$|\|.*$|[,;]?\s*\p{Extended_Pictographic}.*$)/u.test(after);
  return delimitedBefore && delimitedAfter;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
