/**
 * The architecture, checked: imports point one way (cli → commands → render | io | writeback →
 * metrics → reader → model → parse; `edit` and `errors.ts` are leaves anyone may use), and only the
 * CLI and I/O layers touch the process, the file system, child processes and colours. The reader
 * produces the model (`model/schema.ts` is the types it fills in); layers above it use its entry
 * point `reader/index.ts` and nothing else of it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');
const RANK: Record<string, number> = {
  cli: 7,
  commands: 6,
  render: 5,
  io: 5,
  writeback: 5,
  metrics: 4,
  reader: 3,
  model: 2,
  parse: 1,
  edit: 0,
  'errors.ts': 0,
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const layerOf = (path: string) => relative(SRC, path).split(sep)[0]!;
const sources = files(SRC);

describe('architecture', () => {
  it('every source file sits in a known layer', () => {
    for (const f of sources) expect(RANK[layerOf(f)], relative(SRC, f)).toBeDefined();
  });

  it('imports point one way, down the layers (peers do not import each other)', () => {
    const bad: string[] = [];
    for (const f of sources) {
      const from = layerOf(f);
      for (const m of readFileSync(f, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"](\.[^'"]+)['"]/gm)) {
        const target = layerOf(join(f, '..', m[1]!));
        if (target === from) continue;
        if (RANK[target]! >= RANK[from]!) bad.push(`${relative(SRC, f)} → ${m[1]}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('only cli and io touch the process, the file system, child processes and colours', () => {
    const bad: string[] = [];
    for (const f of sources) {
      const layer = layerOf(f);
      if (layer === 'cli' || layer === 'io') continue;
      const text = readFileSync(f, 'utf8');
      if (/from\s+['"](node:)?(fs|fs\/promises|child_process|readline|tty)['"]/.test(text)) bad.push(`${relative(SRC, f)}: fs/child_process`);
      if (/from\s+['"]chalk['"]/.test(text)) bad.push(`${relative(SRC, f)}: chalk`);
      if (/\bprocess\.(exit|env|stdout|stderr|argv|cwd)\b/.test(text)) bad.push(`${relative(SRC, f)}: process`);
      if (/\bnew Date\(\)|Date\.now\(\)/.test(text)) bad.push(`${relative(SRC, f)}: reads the clock`);
    }
    expect(bad).toEqual([]);
  });

  it('writeback, metrics and render use the reader only through its entry point', () => {
    const bad: string[] = [];
    for (const f of sources) {
      const from = layerOf(f);
      if (from !== 'writeback' && from !== 'metrics' && from !== 'render') continue;
      for (const m of readFileSync(f, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"](\.[^'"]+)['"]/gm)) {
        const target = relative(SRC, join(f, '..', m[1]!));
        if (target.startsWith(`reader${sep}`) && target !== join('reader', 'index.js')) bad.push(`${relative(SRC, f)} → ${m[1]}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('only parse/markdown.ts talks to unified / remark / micromark', () => {
    const bad = sources.filter(
      (f) => /from\s+['"](unified|remark-[\w-]+|micromark[\w-]*)['"]/.test(readFileSync(f, 'utf8')) && !f.endsWith(join('parse', 'markdown.ts')),
    );
    expect(bad.map((f) => relative(SRC, f))).toEqual([]);
  });

  it('every export says why it exists (a comment right above it)', () => {
    const bare: string[] = [];
    for (const f of sources) {
      const lines = readFileSync(f, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (!/^export\s+(async\s+)?(function|const|class|interface|type|enum)\b/.test(line)) return;
        let j = i - 1;
        // A run of one-line type aliases (`export type Task = z.infer<…>`) shares the comment above the run.
        while (j >= 0 && (/^\s*@/.test(lines[j]!) || (/^export type \w+ = [^{]*;$/.test(lines[j]!) && /^export type \w+ = [^{]*;$/.test(line)))) j--;
        if (!/\*\/\s*$|^\s*\/\//.test(lines[j] ?? '')) bare.push(`${relative(SRC, f)}:${i + 1}`);
      });
    }
    expect(bare).toEqual([]);
  });
});
