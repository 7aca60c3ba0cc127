/** The model cache (src/io/model-cache.ts): what it keeps, what it finds, and what it refuses. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedModel, keepModel } from '../../src/io/model-cache.js';
import { buildSprint } from '../../src/reader/index.js';

const folder = mkdtempSync(join(tmpdir(), 'sprint-model-cache-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const TEXT = '# Sprint 1\n\n- [x] One\n- [ ] Two\n';
const store = { folder, build: 'build-a' };

describe('model cache', () => {
  it('gives back the model it kept, equal to the one read', () => {
    const model = buildSprint(TEXT, 'SPRINT.md');
    keepModel(store, TEXT, 'SPRINT.md', model);
    expect(cachedModel(store, TEXT, 'SPRINT.md')).toEqual(model);
  });

  it('misses for other bytes, another name or another build', () => {
    expect(cachedModel(store, `${TEXT} `, 'SPRINT.md')).toBeNull();
    expect(cachedModel(store, TEXT, 'other.md')).toBeNull();
    expect(cachedModel({ folder, build: 'build-b' }, TEXT, 'SPRINT.md')).toBeNull();
  });

  it('never trusts an entry whose key differs or that does not parse', () => {
    const [entry] = readdirSync(folder).filter((f) => f.startsWith('model-'));
    writeFileSync(join(folder, entry!), JSON.stringify({ key: 'another', model: {} }));
    expect(cachedModel(store, TEXT, 'SPRINT.md')).toBeNull();
    writeFileSync(join(folder, entry!), '{"key":');
    expect(cachedModel(store, TEXT, 'SPRINT.md')).toBeNull();
  });

  it('keeps nothing for a document over 512 KB, and skips a folder it cannot write', () => {
    const big = `# Big\n\n${'- [ ] task\n'.repeat(60_000)}`;
    keepModel(store, big, 'big.md', buildSprint('# Big\n', 'big.md'));
    expect(cachedModel(store, big, 'big.md')).toBeNull();
    const file = join(folder, 'a-file');
    writeFileSync(file, '');
    expect(() => keepModel({ folder: join(file, 'below'), build: 'x' }, TEXT, 'SPRINT.md', buildSprint(TEXT, 'SPRINT.md'))).not.toThrow();
  });
});
