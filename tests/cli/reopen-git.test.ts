/**
 * `reopen` undoes `done` where git remembers the document: the places `done` changed get back the
 * exact words of the last commit where the task was open, and the parents it rolled up get back
 * their own state. Outside git the document's usual words are used.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runSprint } from '../helpers/run-cli.js';
import { commitAll, createTempRepo } from '../helpers/temp-git.js';

const PHASES = `# Sprint 7

- **Phase 1**: Setup (1h) ✅ COMPLETE
- **Phase 2**: Caching (2h) ⏳ NEXT
- **Phase 3**: Monitoring (2h) 📋 PLANNED
- **Phase 4**: Docs (1h) ⏳ NEXT
`;

const KIRO = `# Implementation Plan

- [x] 1. Set up the project
  - _Requirements: 1.1_
- [-] 2. Build the API layer
  - [ ] 2.1 Define the routes
    - _Requirements: 2.1_
`;

const { root, repo } = createTempRepo('sprint-reopen-');
beforeAll(ensureBuilt);
afterAll(() => rmSync(root, { recursive: true, force: true }));
const sprint = (...args: string[]) => runSprint(args, { cwd: repo });

describe('reopen gives back what done took, from git history', () => {
  it('restores a word only that item used, committed before done or not', () => {
    const path = join(repo, 'phases.md');
    writeFileSync(path, PHASES);
    commitAll(repo, 'plan', '2025-03-01T10:00:00Z');
    expect(sprint('done', 'Phase 3', 'phases.md').status).toBe(0);
    expect(readFileSync(path, 'utf8')).toMatch(/Monitoring \(2h\) ✅ COMPLETE/);
    expect(sprint('reopen', 'Phase 3', 'phases.md').status).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(PHASES);

    sprint('done', 'Phase 3', 'phases.md');
    commitAll(repo, 'phase 3 done', '2025-03-02T10:00:00Z');
    sprint('reopen', 'Phase 3', 'phases.md');
    expect(readFileSync(path, 'utf8')).toBe(PHASES);
  });

  it('gives a parent that done rolled up its own earlier state back', () => {
    const path = join(repo, 'tasks.md');
    writeFileSync(path, KIRO);
    commitAll(repo, 'tasks', '2025-03-03T10:00:00Z');
    sprint('done', '2.1', 'tasks.md');
    expect(readFileSync(path, 'utf8')).toMatch(/- \[x\] 2\. Build/);
    sprint('reopen', '2.1', 'tasks.md');
    expect(readFileSync(path, 'utf8')).toBe(KIRO);
  });

  it('unticks the subtasks done ticked on a parent, not those done before', () => {
    const path = join(repo, 'nested.md');
    const text = '# Sprint 8\n\n- [ ] Checkout\n  - [x] Cart\n  - [ ] Payment\n  - [ ] Receipt\n';
    writeFileSync(path, text);
    commitAll(repo, 'nested', '2025-03-04T10:00:00Z');
    sprint('done', 'Checkout', 'nested.md');
    expect(readFileSync(path, 'utf8')).toBe('# Sprint 8\n\n- [x] Checkout\n  - [x] Cart\n  - [x] Payment\n  - [x] Receipt\n');
    sprint('reopen', 'Checkout', 'nested.md');
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it("done gives a step with no marker its siblings' marker, and reopen takes it away again", () => {
    const path = join(repo, 'steps.md');
    const text = '# Sprint 9\n\n## Phase 1: API (4h) ⏳ NEXT\n\n#### 1. Routes ✅\n\n#### 2. Handlers\n';
    writeFileSync(path, text);
    commitAll(repo, 'steps', '2025-03-05T10:00:00Z');
    expect(sprint('done', 'Handlers', 'steps.md').status).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain('#### 2. Handlers ✅\n');
    expect(sprint('reopen', 'Handlers', 'steps.md').status).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('uses the usual words outside git', () => {
    const outside = join(root, 'phases.md');
    writeFileSync(outside, PHASES);
    runSprint(['done', 'Phase 3', outside], { cwd: root });
    runSprint(['reopen', 'Phase 3', outside], { cwd: root });
    expect(readFileSync(outside, 'utf8')).toMatch(/Monitoring \(2h\) ⏳ NEXT/);
  });
});
