/**
 * The fast parser against remark, its reference. For every document the tests know (fixtures,
 * seeds and corpus when present), for a small document per construct, and for generated documents,
 * the fast parser either declines or gives remark's tree: the same node types, offsets, values,
 * URLs, alts, depths and orders. The outline `parseOutline` builds is identical with the fast
 * parser on and off. And it declines little on real documents, or the speed it exists for is gone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, describe, expect, it } from 'vitest';
import { fastParseOrWhy } from '../../src/parse/fast/index.js';
import { parseOutline, useFastParser } from '../../src/parse/markdown.js';
import { documentPaths, FIXTURES } from '../helpers/documents.js';

const remark = unified().use(remarkParse).use(remarkGfm);

interface Shape {
  t: string;
  s?: number;
  e?: number;
  [key: string]: unknown;
}

/** What the outline reads of a node: type, offsets, and the fields convert() and toInline() use. */
function shape(
  n: { type: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] } & Record<string, unknown>,
): Shape {
  const o: Shape = { t: n.type, s: n.position?.start.offset, e: n.position?.end.offset };
  for (const k of ['depth', 'ordered', 'lang', 'value', 'url', 'alt']) if (n[k] !== undefined && n[k] !== null) o[k] = n[k];
  if (n.children) o.c = (n.children as Array<typeof n>).map(shape);
  return o;
}

/** The children of the fast tree and of remark's, shaped; `null` for the fast one when it declined. */
function both(text: string): { fast: Shape[] | null; why: string | null; reference: Shape[] } {
  const fast = fastParseOrWhy(text);
  const reference = (remark.parse(text) as Root).children.map((c) => shape(c as never));
  if (typeof fast === 'string') return { fast: null, why: fast, reference };
  return { fast: fast.children.map((c) => shape(c as never)), why: null, reference };
}

/** Cuts a document where markdown.ts does: at ATX headings outside code fences. */
function sections(text: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let fence: string | null = null;
  for (const line of text.split('\n')) {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && /^ {0,3}(`{3,}|~{3,})\s*$/.test(line)) fence = null;
    } else if (f) fence = f[1]!;
    else if (/^#{1,6}(?:[ \t]|$)/.test(line) && current.length > 0) {
      out.push(`${current.join('\n')}\n`);
      current = [];
    }
    current.push(line);
  }
  out.push(current.join('\n'));
  return out;
}

const documents = [...documentPaths({ seeds: true }), join(FIXTURES, 'README.md')].map((path) => ({
  path,
  text: readFileSync(path, 'utf8').replace(/^\uFEFF/, ''),
}));

describe('fast parser: the documents', () => {
  it('gives remark’s tree for every section it reads, and reads nearly all of them', () => {
    let read = 0;
    let total = 0;
    for (const { path, text } of documents) {
      for (const section of sections(text)) {
        total++;
        const { fast, reference } = both(section);
        if (fast === null) continue;
        read++;
        expect(fast, `${path}: ${section.slice(0, 80)}`).toEqual(reference);
      }
    }
    expect(read / total).toBeGreaterThan(0.9);
  });

  it('leaves the outline unchanged: fast parser on or off', () => {
    for (const { path, text } of documents) {
      useFastParser(false);
      const reference = JSON.stringify(parseOutline(text));
      useFastParser(true);
      expect(JSON.stringify(parseOutline(text)), path).toBe(reference);
    }
  });
});

afterAll(() => useFastParser(true));

// One small document per construct; each must be read (not declined) and read as remark reads it.
const CONSTRUCTS: Record<string, string> = {
  'ATX headings, closing runs, empty heading': '# A\n## B ##\n### C#\n#### \\#\n#\n  # indented #  \n',
  'paragraph with soft breaks and trailing spaces': 'one \ntwo\n   three  \n',
  'hard breaks: two spaces and a backslash': 'a  \nb\\\nc\n',
  'escapes and character references': 'a \\* b \\_ &amp; &lt;x&gt; &#35; &#x41; &copy; \\\\ \\q\n',
  'code spans': 'a `b` ``c ` d`` ` e ` `` `unclosed\n',
  'emphasis, strong and the rule of three': '*a* **b** ***c*** _d_ __e__ *f **g** h* a*b*c a_b_c **x*y** *a**b*c*\n',
  'strikethrough: one, two and three tildes': '~a~ ~~b~~ ~~~c~~~ ~~d~ ~e~~ *~f~* ~*g*~\n',
  'links, images, titles and brackets': '[a](b) [c](<d e> "t") ![f *g*](h \'i\') [j] [k][l] [m](n(o)p) [[q](r)] [s [t](u)](v) ![](w)\n',
  'autolinks and inline HTML': '<https://a.b/c> <a@b.co> <b>x</b> <span class="y">z</span> <!-- note --> <br/> a < b\n',
  'thematic breaks': '---\n***\n_ _ _\n- - -\n',
  'fenced code with info and meta': '```js title="x"\nconst a = 1;\n\n```\n~~~\nplain\n~~~\n  ```\n  indented fence\n  ```\n',
  'HTML blocks': '<!-- sprint: x -->\n\n<!--\nmulti\nline\n-->\n\n<div>\n*not emphasis*\n</div>\n\n<details>\n<summary>S</summary>\n\n- item\n\n</details>\n',
  'tables: pipes, alignment, escapes, empty cells, trailing spaces':
    '| a | b |  \n|:--|--:|\n| c \\| d | `e\\|f` |\n|| x |\n| g | h  \n\nA | B\n--|--\n1 | 2\n',
  'a table with no body rows': '| a | b |\n|---|---|\n\ntext\n',
  'bullet lists, nesting, siblings, spread items': '- a\n- b\n  - c\n    - d\n\n  more of b\n- e\n\n* f\n+ g\n',
  'ordered lists and delimiter changes': '1. a\n2. b\n10. c\n\n1) d\n2) e\n3. f\n',
  'task items: checkbox then text or markup': '- [ ] a\n- [x] **b** c\n- [X]  two spaces\n- [x]\n- [-] not a task\n* [ ] star\n1. [x] ordered\n',
  'list items holding code, tables and quotes': '- a\n\n  ```\n  code\n  ```\n\n  | x | y |\n  |---|---|\n  | 1 | 2 |\n\n  > quoted\n- b\n',
  'a paragraph interrupted by a list, a heading, a fence, a quote': 'text\n- item\n\ntext\n# h\ntext\n```\nc\n```\ntext\n> q\n\ntext\n2. not a list\n',
  'lazy continuation lines in list items and quotes': '- a\n**Blockers**: none\n- b\n  - c\nlazy for c\n\n> quoted\nlazy in the quote\n> again\n',
  'a table right under a paragraph line': '**Tasks:**\n| a | b |\n|---|---|\n| c | d |\n',
  'CRLF line endings: breaks, lists, tables, code and HTML keep them':
    '# H\r\n\r\nfoo \r\nbar  \r\nbaz\\\r\nqux\r\n\r\n- a\r\n  b\r\n- [ ] c\r\n\r\n| x | y |\r\n|---|---|\r\n| 1 | 2 |\r\n\r\n```\r\ncode\r\nmore\r\n```\r\n<!-- a\r\nb -->\r\n',
  'block quotes with lists and blank quote lines': '> - a\n>\n> \n\n> - b\n>   - c\n>\n> p\n\n> para\n>\n\n> 1. x\n>\n> 2. y\n',
};

describe('fast parser: one document per construct', () => {
  for (const [name, text] of Object.entries(CONSTRUCTS)) {
    it(name, () => {
      const { fast, why, reference } = both(text);
      expect(why).toBeNull();
      expect(fast).toEqual(reference);
    });
  }
});

// Constructs the fast parser leaves to remark; the outline is the same either way.
const DECLINED: Record<string, string> = {
  'setext heading': 'Title\n=====\n',
  'tab indentation': '-\titem\n',
  'link reference definition': '[a]: https://example.com\n\n[a]\n',
  'a lazy line under a table in a list item': '- | a |\n  |---|\n  | b |\nc | d\n',
  'literal autolink': 'see https://example.com\n',
  'indented code': '    code\n',
  'a carriage return alone': 'a\rb\n',
};

describe('fast parser: what it declines', () => {
  for (const [name, text] of Object.entries(DECLINED)) {
    it(`${name}: declined, and the outline is remark's`, () => {
      expect(both(text).why).not.toBeNull();
      useFastParser(false);
      const reference = JSON.stringify(parseOutline(text));
      useFastParser(true);
      expect(JSON.stringify(parseOutline(text))).toBe(reference);
    });
  }
});

// Generated documents: lines drawn from the shapes sprint documents are written in (container
// prefixes, headings, table rows) with the inline markup they carry, in random order and nesting,
// with `\n` or `\r\n` line endings.
// FAST_FUZZ_SEEDS=n runs n seeds of 2,000 documents each (a longer campaign); one runs in npm test.
const word = fc.constantFrom(
  'Task',
  'login',
  'API',
  'done',
  '5 SP',
  '2h',
  'Übersicht',
  'задача',
  '完成',
  '✅',
  '🔄',
  '#12',
  'T-1.2',
  '(P1)',
  'a_b',
  '3*4',
  'x~y',
);
const inline = fc.constantFrom(
  '**',
  '*',
  '_',
  '__',
  '~~',
  '~',
  '`',
  '[',
  ']',
  '](u)',
  '![',
  '<b>',
  '</b>',
  '\\*',
  '&amp;',
  '  ',
  ' ',
  '|',
  '<!-- c -->',
  '<https://a.b>',
  '\\',
  '***',
  '`` ',
  '[x](y "t")',
  '&#35;',
  '<div>',
  '#',
);
const phrase = fc.tuple(fc.array(fc.oneof(word, inline, word), { minLength: 1, maxLength: 8 }), fc.boolean()).map(([p, tight]) => p.join(tight ? '' : ' '));
const prefix = fc.constantFrom(
  '',
  '',
  '',
  '- ',
  '  - ',
  '    - ',
  '* ',
  '1. ',
  '2) ',
  '   ',
  '  ',
  '> ',
  '> > ',
  '> - ',
  '>   - ',
  '> 1. ',
  '- [ ] ',
  '- [x] ',
  '  - [x] ',
  '# ',
  '### ',
  '| ',
  '> | ',
);
const line = fc.oneof(
  fc.tuple(prefix, phrase).map(([a, b]) => a + b),
  fc.tuple(prefix, phrase).map(([a, b]) => `${a}${b} |`),
  fc.constantFrom(
    '|---|---|',
    '|---|',
    '---',
    '***',
    '```',
    '~~~',
    '```js',
    '',
    '',
    '',
    '>',
    '<!-- x -->',
    '<div>',
    '</div>',
    '  ',
    '- ',
    '1.',
    '| a | b |',
    '> |---|---|',
    '  |---|---|',
  ),
);

describe('fast parser: generated documents', () => {
  it('declines or agrees with remark on every one, and reads a good share of them', () => {
    let read = 0;
    const seeds = Number(process.env.FAST_FUZZ_SEEDS ?? 1);
    for (let seed = 1; seed <= seeds; seed++) {
      fc.assert(
        fc.property(fc.array(line, { minLength: 1, maxLength: 14 }), fc.boolean(), (lines, crlf) => {
          const eol = crlf ? '\r\n' : '\n';
          const text = `${lines.join(eol)}${eol}`;
          const { fast, reference } = both(text);
          if (fast === null) return;
          read++;
          expect(fast).toEqual(reference);
        }),
        { numRuns: 2000, seed },
      );
    }
    // Random line orders make many unclosed fences, empty items and lazy lines under tables (declined); a third or so is read.
    expect(read).toBeGreaterThan(400 * seeds);
  });
});
