/**
 * The derived fragments of a document: the numbers it computes from its own tasks and writes down
 * ("**Overall Completion:** 35% (14/40 hours)" and the bar under it, heading rollups "(14h / 14h) ✅",
 * "Completed: 7/75 points (9.3%)", "⏳ Запланировано: 22 задачи", "**Days Left:** 12 days",
 * "**Required Velocity:** 2.2 hours/day"). Each is located exactly — every number's span and raw
 * text, so `sync` can rewrite the number alone in its own format. Nothing here decides whether a
 * fragment is right: the writeback layer recomputes and compares.
 *
 * A fragment is a `Label: value` segment of a paragraph or list line whose label names what the
 * number is, or a `(N unit / M unit)` group in a heading. Tables and code are not read, except the
 * progress bar in a code block right after a completion line.
 */
import type { Block, CodeBlock, HeadingBlock, Outline, SourceLine } from '../parse/outline.js';
import { positionOf } from '../parse/markdown.js';
import { repairMojibakeMapped } from '../parse/recognize/mojibake.js';
import { recognizeStatus, statusFromWords } from '../parse/recognize/status.js';
import { findPhrase, fold, stripEmoji, stripInline } from '../parse/recognize/text.js';
import { statusOfText } from '../parse/recognize/status-parts.js';
import type { StatusName, Vocabulary } from '../parse/vocab/index.js';
import { STATUS_SYMBOL } from '../parse/vocab/index.js';
import {
  COUNT_NOUNS,
  ELAPSED_LABEL_WORDS,
  LABEL_FILLER_WORDS,
  PROGRESS_LABEL_WORDS,
  REMAINING_LABEL_WORDS,
  REQUIRED_LABEL_WORDS,
  VELOCITY_LABEL_WORDS,
  basisOfUnit,
} from '../parse/vocab/rollup-labels.js';
import type { Fragment, FragmentValue, Section } from '../model/schema.js';
import { sectionAt } from '../model/section-at.js';
import { letterPattern, lettersRe } from '../parse/recognize/letter-pattern.js';

/** What finding fragments needs from the rest of the build. */
export interface FragmentSources {
  text: string;
  outline: Outline;
  sections: readonly Section[];
  vocab: Vocabulary;
}

/** Finds and locates every derived fragment of the document, in text order. */
export function readFragments(src: FragmentSources): Fragment[] {
  const out: Fragment[] = [];
  walk(src.outline.blocks, src, out);
  return out.sort((a, b) => a.span.start - b.span.start);
}

// ---------------------------------------------------------------------------------------------
// Walking the outline

function walk(blocks: readonly Block[], src: FragmentSources, out: Fragment[]): void {
  let generated = false;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const before = out.length;
    // What `sync` generates between `<!-- sprint:burndown -->` markers is its own output, not the document's.
    if (block.kind === 'html') {
      if (/<!--\s*\/\s*sprint:\s*[a-z-]+\s*-->/i.test(block.value)) generated = false;
      else if (/<!--\s*sprint:\s*(burndown|velocity|progress)\s*-->/i.test(block.value)) generated = true;
    }
    if (generated) continue;
    switch (block.kind) {
      case 'heading':
        headingRollup(block, src, out);
        break;
      case 'paragraph':
        for (const line of block.lines) lineFragments(line, src, out);
        break;
      case 'list':
        for (const item of block.items) {
          for (const line of item.lines) lineFragments(line, src, out);
          walk(item.children, src, out);
        }
        break;
      case 'blockquote':
        walk(block.children, src, out);
        break;
      default:
        break;
    }
    // "**Overall Completion:** 35% (14/40 hours)" and, in the code block right after it, its bar.
    const last = out.length > before ? out[out.length - 1]! : null;
    const next = blocks[i + 1];
    if (last && next?.kind === 'code' && (last.kind === 'completion-line' || last.kind === 'count-line') && last.scope === null) {
      attachBar(last, next, src.text);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Heading rollups: "### Day 1-2: Core Infrastructure (14h / 14h) ✅"

const ROLLUP_RE = letterPattern(String.raw`\(\s*(?<done>\d+(?:[.,]\d+)?)\s*(?<u1>\p{L}+)?\s*\/\s*(?<total>\d+(?:[.,]\d+)?)\s*(?<u2>\p{L}+)?\s*\)`, 'du');
const STATUS_MARK_RE = new RegExp(String.raw`^\s*(${STATUS_SYMBOL})`, 'u');

function headingRollup(h: HeadingBlock, src: FragmentSources, out: Fragment[]): void {
  const content = h.content;
  const m = ROLLUP_RE.exec(content.text);
  if (!m?.indices?.groups) return;
  const g = m.groups!;
  const done = parseNumber(g.done!);
  const total = parseNumber(g.total!);
  // "(20/02)" is a date, "(02/5)" is not how anyone writes a rollup.
  if (done > total || /^0\d/.test(g.done!) || /^0\d/.test(g.total!)) return;
  const unit = g.u2 ?? g.u1 ?? null;
  if (unit !== null && basisOfUnit(unit, src.vocab) === null) return;
  const at = (name: 'done' | 'total'): [number, number] => {
    const [s, e] = m.indices!.groups![name]!;
    return [content.start + s, content.start + e];
  };
  const values: FragmentValue[] = [value('done', at('done'), src.text), value('total', at('total'), src.text)];
  const tailStart = content.start + m.index + m[0].length;
  const mark = statusMarkAt(src.text.slice(tailStart, content.end), tailStart, src.vocab);
  if (mark) values.push({ ...value('status-mark', mark, src.text), status: statusOfText(src.text.slice(mark[0], mark[1]), src.vocab) });
  const section = src.sections.find((s) => s.span.start === h.span.start);
  out.push({
    kind: 'heading-rollup',
    span: spanAt(src, content.start + m.index, tailStart),
    raw: m[0],
    scope: section?.title ?? null,
    asOf: null,
    note: null,
    values,
    unit,
    status: null,
    range: section ? { start: section.span.start, end: section.end } : null,
  });
}

/** A status emoji right after a rollup ("(14h / 14h) ✅"), clean or as mojibake ("âœ…"). */
function statusMarkAt(tail: string, base: number, vocab: Vocabulary): [number, number] | null {
  const view = repairMojibakeMapped(tail);
  const m = STATUS_MARK_RE.exec(view.text);
  if (!m || !recognizeStatus(m[1]!, vocab)) return null;
  const start = view.offsets[m[0].length - m[1]!.length]!;
  const end = view.offsets[m[0].length]!;
  return [base + start, base + end];
}

// ---------------------------------------------------------------------------------------------
// Labelled lines: "**Completed:** 14 hours / **Remaining:** 26 hours"

type LabelKind =
  | { kind: 'progress' }
  | { kind: 'remaining' }
  | { kind: 'days-left' }
  | { kind: 'days-elapsed' }
  | { kind: 'velocity' }
  | { kind: 'status'; status: StatusName }
  | { kind: 'other' };

interface Segment {
  labelStart: number;
  labelRaw: string;
  valueStart: number;
  valueEnd: number;
}

const NUM = String.raw`\d+(?:[.,]\d+)?`;
const BAR = String.raw`(?:\[[█▓▒░■□#=.\- ]{3,}\]|[█▓▒░■□]{3,})`;
const COMPLETION_RE = letterPattern(
  String.raw`^(?<bar>${BAR})?\s*(?<pct>${NUM})\s?%[^()\d%]{0,30}?\(\s*(?<done>${NUM})\s*\/\s*(?<total>${NUM})(?![\d/])\s*(?<unit>\p{L}+)?[^()]{0,40}\)`,
  'du',
);
const PERCENT_ONLY_RE = new RegExp(String.raw`^(?<bar>${BAR})?\s*(?<pct>${NUM})\s?%(?![\d/])`, 'du');
const COUNT_RE = letterPattern(
  String.raw`^(?<done>${NUM})\s*\/\s*(?<total>${NUM})(?![\d/.:])(?:\s*(?<unit>\p{L}+))?(?:[^()%]{0,30}?\(\s*(?<pct>${NUM})\s?%\s*\))?`,
  'du',
);
const AMOUNT_RE = letterPattern(String.raw`^(?<amount>${NUM})(?![\d/:%]|[.,-]\d)(?:\s*(?<unit>\p{L}+)(?:\s*\/\s*(?<per>\p{L}+))?)?`, 'du');

const LABEL_CHAR = letterPattern(String.raw`^[\p{L}\p{N}\p{M}\s'’.*_&+\p{Extended_Pictographic}\ufe0f\u200d-]$`, 'u');

function lineFragments(line: SourceLine, src: FragmentSources, out: Fragment[]): void {
  if (!/[:：]/.test(line.text) || !/\d/.test(line.text)) return;
  for (const seg of segments(line)) {
    const label = fold(stripEmoji(stripInline(seg.labelRaw)))
      .replace(/[*_]/g, '')
      .trim();
    if (!lettersRe`\p{L}`.test(label)) continue;
    const kind = classifyLabel(label, src.vocab);
    const fragment = readValue(seg, label, kind, src);
    if (fragment) out.push(fragment);
  }
}

/** The `Label: value` segments of a line; a value runs to the next label or the end of the line. */
function segments(line: SourceLine): Segment[] {
  const text = line.text;
  const found: Array<{ labelStart: number; colon: number }> = [];
  for (let c = 0; c < text.length; c++) {
    const ch = text[c];
    if (ch !== ':' && ch !== '：') continue;
    if (/\d/.test(text[c - 1] ?? '') && /\d/.test(text[c + 1] ?? '')) continue; // 23:00
    if (text.startsWith('//', c + 1)) continue; // https://
    let j = c;
    for (;;) {
      const unit = charBefore(text, j);
      if (unit === '' || !LABEL_CHAR.test(unit) || (unit === '-' && text[j - 2] === ' ' && text[j] === ' ')) break;
      j -= unit.length;
    }
    while (j < c && /\s/.test(text[j]!)) j++;
    if (c - j > 60 || j === c) continue;
    found.push({ labelStart: j, colon: c });
  }
  return found.map((f, i) => {
    let vs = f.colon + 1;
    while (vs < text.length && /[\s*_]/.test(text[vs]!)) vs++;
    const ve = i + 1 < found.length ? found[i + 1]!.labelStart : text.length;
    return {
      labelStart: line.start + f.labelStart,
      labelRaw: text.slice(f.labelStart, f.colon),
      valueStart: line.start + vs,
      valueEnd: line.start + Math.max(vs, ve),
    };
  });
}

function classifyLabel(label: string, vocab: Vocabulary): LabelKind {
  const has = (words: readonly string[]) => words.some((w) => findPhrase(label, w) >= 0);
  if (has(vocab.dayWords) && has(REMAINING_LABEL_WORDS)) return { kind: 'days-left' };
  if (has(vocab.dayWords) && has(ELAPSED_LABEL_WORDS)) return { kind: 'days-elapsed' };
  if (has(VELOCITY_LABEL_WORDS) && has(REQUIRED_LABEL_WORDS)) return { kind: 'velocity' };
  if (has(REMAINING_LABEL_WORDS)) return { kind: 'remaining' };
  if (has(PROGRESS_LABEL_WORDS)) return isPureLabel(label, vocab, PROGRESS_LABEL_WORDS) ? { kind: 'progress' } : { kind: 'other' };
  const status = statusFromWords(label, vocab);
  if (status && status !== 'cancelled' && isPureLabel(label, vocab, [])) return { kind: 'status', status };
  return { kind: 'other' };
}

/**
 * A label about the whole document: "In Progress", "Story Points Completed", "Overall Completion",
 * "Общий прогресс" — status, progress, unit and filler words only. "Testing Completion" names a
 * group of tasks the document does not mark, so it is not one.
 */
function isPureLabel(label: string, vocab: Vocabulary, words: readonly string[]): boolean {
  let rest = ` ${label.replace(/\d+/g, ' ')} `;
  const remove = (phrase: string) => {
    for (let at = findPhrase(rest, phrase); at >= 0; at = findPhrase(rest, phrase)) rest = `${rest.slice(0, at)} ${rest.slice(at + phrase.length)}`;
  };
  for (const w of words) remove(w);
  for (const { phrase } of vocab.statusPhrases) remove(phrase);
  for (const { word } of vocab.units) remove(word);
  for (const noun of COUNT_NOUNS) remove(noun);
  for (const filler of LABEL_FILLER_WORDS) remove(filler);
  return rest.trim() === '';
}

function readValue(seg: Segment, label: string, kind: LabelKind, src: FragmentSources): Fragment | null {
  const text = src.text.slice(seg.valueStart, seg.valueEnd);
  const base = seg.valueStart;
  const group = (m: RegExpExecArray, name: string): [number, number] | null => {
    const r = m.indices?.groups?.[name];
    return r ? [base + r[0], base + r[1]] : null;
  };
  const make = (
    fragKind: Fragment['kind'],
    m: RegExpExecArray,
    roles: Array<[FragmentValue['role'], string]>,
    extra: { unit?: string | null; status?: StatusName | null; note?: string | null; scope?: string | null } = {},
  ): Fragment => {
    const values = roles.flatMap(([role, name]) => {
      const at = group(m, name);
      return at ? [value(role, at, src.text)] : [];
    });
    return {
      kind: fragKind,
      span: spanAt(src, seg.labelStart, base + m[0].length),
      raw: src.text.slice(seg.labelStart, base + m[0].length),
      scope: extra.scope ?? null,
      asOf: dayOf(seg.labelStart, src.sections),
      note: extra.note ?? null,
      values,
      unit: extra.unit ?? null,
      status: extra.status ?? null,
      range: null,
    };
  };
  const labelUnit = (): string | null => unitInLabel(label, src.vocab);
  const known = (unit: string | null | undefined) => basisOfUnit(unit, src.vocab) !== null;
  const completionish = kind.kind === 'progress' || (kind.kind === 'status' && kind.status === 'done');

  if (completionish) {
    const c = COMPLETION_RE.exec(text);
    if (c)
      return make(
        'completion-line',
        c,
        [
          ['bar', 'bar'],
          ['percent', 'pct'],
          ['done', 'done'],
          ['total', 'total'],
        ],
        { unit: c.groups!.unit ?? labelUnit() },
      );
    const n = COUNT_RE.exec(text);
    if (n)
      return make(
        'count-line',
        n,
        [
          ['done', 'done'],
          ['total', 'total'],
          ['percent', 'pct'],
        ],
        { unit: n.groups!.unit ?? labelUnit() },
      );
    const p = kind.kind === 'progress' ? PERCENT_ONLY_RE.exec(text) : null;
    if (p)
      return make(
        'completion-line',
        p,
        [
          ['bar', 'bar'],
          ['percent', 'pct'],
        ],
        { note: 'percent-only' },
      );
  }
  const a = AMOUNT_RE.exec(text);
  switch (kind.kind) {
    case 'days-left':
      if (a && (!a.groups!.unit || src.vocab.dayWords.includes(fold(a.groups!.unit))))
        return make(
          'days-left',
          a,
          [
            ['amount', 'amount'],
            ['unit', 'unit'],
          ],
          { unit: a.groups!.unit ?? null },
        );
      return null;
    case 'days-elapsed': {
      // "1/14": the day of the sprint out of its length (the length is kept as written).
      const n = COUNT_RE.exec(text);
      if (n && !n.groups!.pct)
        return make('days-elapsed', n, [
          ['done', 'done'],
          ['total', 'total'],
        ]);
      if (a && (!a.groups!.unit || src.vocab.dayWords.includes(fold(a.groups!.unit))))
        return make(
          'days-elapsed',
          a,
          [
            ['amount', 'amount'],
            ['unit', 'unit'],
          ],
          { unit: a.groups!.unit ?? null },
        );
      return null;
    }
    case 'velocity':
      if (a?.groups?.per && known(a.groups!.unit)) return make('required-velocity', a, [['amount', 'amount']], { unit: a.groups!.unit! });
      return null;
    case 'remaining':
      if (a && !a.groups!.per && known(a.groups!.unit ?? labelUnit()))
        return make(
          'remaining-line',
          a,
          [
            ['amount', 'amount'],
            ['unit', 'unit'],
          ],
          { unit: a.groups!.unit ?? labelUnit() },
        );
      return null;
    case 'status': {
      const unit = a?.groups?.unit ?? labelUnit();
      if (!a || a.groups!.per || !known(unit)) return null;
      const effort = basisOfUnit(unit, src.vocab) !== 'count';
      return make(
        effort && kind.status === 'done' ? 'completed-line' : 'status-count',
        a,
        [
          ['amount', 'amount'],
          ['unit', 'unit'],
        ],
        { unit, status: kind.status },
      );
    }
    case 'other': {
      // "Documentation: 0/4 tasks (0%)": a count over a group the document does not mark; kept so sync can say why it is left alone.
      const n = COUNT_RE.exec(text);
      if (n?.groups?.pct && known(n.groups!.unit)) {
        return make(
          'count-line',
          n,
          [
            ['done', 'done'],
            ['total', 'total'],
            ['percent', 'pct'],
          ],
          { unit: n.groups!.unit!, note: 'group', scope: stripInline(seg.labelRaw).replace(/[*_]/g, '').trim() },
        );
      }
      return null;
    }
    default:
      return null;
  }
}

/** A unit or count noun named in the label itself ("Story Points Completed: 53/53"). */
function unitInLabel(label: string, vocab: Vocabulary): string | null {
  const words = [...COUNT_NOUNS, ...vocab.units.filter((u) => u.factor === 1 && u.word.length > 2).map((u) => u.word)];
  let best: string | null = null;
  for (const w of words) if (findPhrase(label, w) >= 0 && (best === null || w.length > best.length)) best = w;
  return best;
}

// ---------------------------------------------------------------------------------------------
// Progress bars in the code block after a completion line

const BAR_LINE_RE = /^(?<lead>\s*\[?)(?<bar>[█▓▒░■□]{3,}|[#=]+[.\- ]*(?=\]))\]?(?:\s*(?<pct>\d+(?:[.,]\d+)?)\s?%)?\s*$/du;

function attachBar(fragment: Fragment, code: CodeBlock, text: string): void {
  const first = code.lines.find((l) => l.text.trim() !== '');
  if (!first) return;
  const m = BAR_LINE_RE.exec(first.text);
  if (!m?.indices?.groups) return;
  const at = (name: string): [number, number] | null => {
    const r = m.indices!.groups![name];
    return r ? [first.start + r[0], first.start + r[1]] : null;
  };
  const bar = at('bar')!;
  const values = fragment.values ?? [];
  if (values.some((v) => v.role === 'bar')) return;
  values.push(value('bar', bar, text));
  const pct = at('pct');
  if (pct) values.push(value('bar-percent', pct, text));
  fragment.values = values;
}

// ---------------------------------------------------------------------------------------------
// Helpers

function value(role: FragmentValue['role'], [start, end]: [number, number], text: string): FragmentValue {
  return { role, start, end, raw: text.slice(start, end) };
}

function spanAt(src: FragmentSources, start: number, end: number): Fragment['span'] {
  const p = positionOf(src.outline.lineStarts, start);
  return { start, end, line: p.line, column: p.column };
}

/** The date of the innermost dated day section around an offset: a line there counts "through that day". */
function dayOf(offset: number, sections: readonly Section[]): string | null {
  return sectionAt(sections, offset, (s) => s.role === 'day' && s.date !== null)?.date ?? null;
}

/** The whole character (a surrogate pair counts as one) that ends right before `index`, or ''. */
function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  if (index >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text[index - 1]!;
}

function parseNumber(raw: string): number {
  return Number(raw.replace(',', '.'));
}
