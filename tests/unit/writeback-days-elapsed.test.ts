/** "Sprint Days Elapsed: 1/14" follows the date in `sync`, and only there. */
import { describe, expect, it } from 'vitest';
import { syncDocument } from '../../src/writeback/run-sync.js';

const doc = '# Sprint 9\n\n**Start Date**: 2025-12-05\n**End Date**: 2025-12-19\n**Sprint Days Elapsed**: 1/14\n\n- [ ] a\n';

describe('days elapsed', () => {
  it('is left alone on the day it was written', () => {
    expect(syncDocument(doc, 'd.md', '2025-12-05').text).toBe(doc);
  });

  it("becomes today's day of the sprint, keeping the length as written", () => {
    expect(syncDocument(doc, 'd.md', '2025-12-09').text).toContain('**Sprint Days Elapsed**: 5/14\n');
  });

  it('never runs past the length, and is 0 before the start', () => {
    expect(syncDocument(doc, 'd.md', '2026-03-01').text).toContain('**Sprint Days Elapsed**: 14/14\n');
    expect(syncDocument(doc, 'd.md', '2025-11-01').text).toContain('**Sprint Days Elapsed**: 0/14\n');
  });

  it('is stable: a second sync changes nothing', () => {
    const once = syncDocument(doc, 'd.md', '2025-12-09').text;
    expect(syncDocument(once, 'd.md', '2025-12-09').text).toBe(once);
  });
});
