import { describe, expect, it } from 'vitest';
import { findEstimate, parseEstimateCell, unitFromHeader } from '../../src/parse/recognize/estimate.js';
import { closestStatusPhrase } from '../../src/parse/recognize/status.js';
import { idsMentioned, recognizeId } from '../../src/parse/recognize/id.js';
import { hasMojibake, repairMojibake } from '../../src/parse/recognize/mojibake.js';
import { recognizeStatus, splitStatusMarker } from '../../src/parse/recognize/status.js';
import { stripInline } from '../../src/parse/recognize/text.js';
import { buildVocabulary, defaultVocabulary } from '../../src/parse/vocab/index.js';
import { isBucket } from '../../src/reader/headings.js';

const vocab = defaultVocabulary();

describe('status recognition', () => {
  it.each([
    ['✅ Done', 'done'],
    ['✅', 'done'],
    ['🔲', 'todo'],
    ['⏳ In Progress', 'in_progress'],
    ['🔜 Planned', 'todo'],
    ['🔲 Not Started', 'todo'],
    ['IN PROGRESS', 'in_progress'],
    ['NOT STARTED', 'todo'],
    ['⬜ Offen', 'todo'],
    ['🟢 Ready', 'todo'],
    ['🟢 IN PROGRESS', 'in_progress'],
    ['⏳ QUEUED', 'todo'],
    ['✅ ЗАВЕРШЕНЫ', 'done'],
    ['🔄 АКТИВЕН', 'in_progress'],
    ['⏳ Запланировано', 'todo'],
    ['Hecho', 'done'],
    ['✅ COMPLETADO', 'done'],
    ['Tamamlandı', 'done'],
    ['⏸️ PENDING', 'todo'],
    ['🚧 PARTIAL', 'in_progress'],
    ['Complete', 'done'],
    ['completed', 'done'],
    ['pending', 'todo'],
    ['完了', 'done'],
    ['Blocked', 'blocked'],
    ["Won't do", 'cancelled'],
    ['âœ… Done', 'done'],
    ['ðŸ”„ IN PROGRESS', 'in_progress'],
    ['40%', 'in_progress'],
    ['100%', 'done'],
  ])('%s → %s', (text, expected) => {
    expect(recognizeStatus(text, vocab)?.status).toBe(expected);
  });

  it('prefers the earliest phrase and the longest at one place ("not started" over "started")', () => {
    expect(recognizeStatus('not started yet', vocab)?.status).toBe('todo');
    expect(recognizeStatus('CODE COMPLETE - PENDING VALIDATION', vocab)?.status).toBe('done');
  });

  it('reads "50% complete" as progress, not completion', () => {
    expect(recognizeStatus('~50% complete', vocab)?.status).toBe('in_progress');
  });

  it('returns null for text that carries no status', () => {
    expect(recognizeStatus('Supabase config', vocab)).toBeNull();
    expect(recognizeStatus('🔴', vocab)).toBeNull();
    expect(recognizeStatus('P0', vocab)).toBeNull();
  });

  it('lets a document legend redefine an emoji, but words still win', () => {
    const legend = new Map([['🟢', 'in_progress' as const]]);
    expect(recognizeStatus('🟢', vocab, legend)?.status).toBe('in_progress');
    expect(recognizeStatus('🟢 Ready', vocab, legend)?.status).toBe('todo');
  });

  it('takes extensions from configuration', () => {
    const custom = buildVocabulary({ status: { done: ['shipped it'] }, emoji: { '🦄': 'blocked' } });
    expect(recognizeStatus('shipped it', custom)?.status).toBe('done');
    expect(recognizeStatus('🦄', custom)?.status).toBe('blocked');
  });
});

describe('status markers in titles', () => {
  it.each([
    ['**Phase 1**: Sentry Integration & Logging (4h) ✅ COMPLETE', 'done', 'Phase 1: Sentry Integration & Logging (4h)'],
    ['Sprint 9: Correcciones Críticas + Condiciones ✅ COMPLETADO', 'done', 'Sprint 9: Correcciones Críticas + Condiciones'],
    ['スプリント2: メール/LINE 集客動線 — pending', 'todo', 'スプリント2: メール/LINE 集客動線'],
    ['Phase 2 (In Progress)', 'in_progress', 'Phase 2'],
    ['✅ T1 - E26 SSE Security (COMPLETE - 100%)', 'done', 'T1 - E26 SSE Security'],
    ['Day 10: Rate Limiting & Cost Control (~50% complete)', 'in_progress', 'Day 10: Rate Limiting & Cost Control'],
  ])('%s', (raw, status, title) => {
    const s = splitStatusMarker(stripInline(raw), vocab);
    expect(s.status?.status).toBe(status);
    expect(s.title).toBe(title);
  });

  it('leaves a parenthetical that only mentions a status word alone', () => {
    const s = splitStatusMarker('CRON Setup - Requires pg_cron extension enable (SQL query ready)', vocab);
    expect(s.status).toBeNull();
  });
});

describe('estimates', () => {
  it.each([
    ['4h', 4, 'hours'],
    ['0.5h', 0.5, 'hours'],
    ['2 days', 2, 'days'],
    ['(3 points)', 3, 'points'],
    ['5 SP', 5, 'points'],
    ['1-2 días', 1.5, 'days'],
    ['~152 hours', 152, 'hours'],
    ['2-4 saat', 3, 'hours'],
    ['2-3 gün', 2.5, 'days'],
    ['30 min', 0.5, 'hours'],
    ['2 horas', 2, 'hours'],
    ['8 часов', 8, 'hours'],
  ])('%s → %d %s', (text, value, unit) => {
    const e = findEstimate(text, vocab);
    expect(e?.value).toBe(value);
    expect(e?.unit).toBe(unit);
  });

  it('reads the number after a name\'s code as the estimate, not a range ("Sprint 1 - 3 hours")', () => {
    expect(findEstimate('Create backlog for Sprint 1 - 3 hours | Sep 15', vocab)).toMatchObject({ value: 3, raw: '3 hours', min: 3, max: 3 });
    expect(findEstimate('Phase 2 – 4h', vocab)).toMatchObject({ value: 4, raw: '4h' });
    expect(findEstimate('takes 1 - 3 hours', vocab)).toMatchObject({ value: 2, min: 1, max: 3 });
  });

  it('does not read fractions, versions or ordinals as estimates', () => {
    expect(findEstimate('7/75', vocab)).toBeNull();
    expect(findEstimate('v1.2', vocab)).toBeNull();
    expect(findEstimate('Phase 2', vocab)).toBeNull();
  });

  it('reads bare numbers in the unit the column header names', () => {
    expect(unitFromHeader('Hours', vocab)).toBe('hours');
    expect(unitFromHeader('Est. Days', vocab)).toBe('days');
    expect(unitFromHeader('Points', vocab)).toBe('points');
    expect(unitFromHeader('Effort', vocab)).toBe('points');
    expect(parseEstimateCell('3', vocab, 'points')?.value).toBe(3);
    expect(parseEstimateCell('-', vocab, 'points')).toBeNull();
  });
});

describe('identifiers', () => {
  it.each([
    ['MON-001: Monitoring Infrastructure Setup', 'MON-001', 'mon-001'],
    ['US1-T01: TrackCard Mobile Redesign', 'US1-T01', 'us1-t01'],
    ['Task 2.1: Prometheus Metrics', 'Task 2.1', '2.1'],
    ['Story 4: Application Detail View', 'Story 4', 'story 4'],
    ['Phase 1 ✅', 'Phase 1', 'phase 1'],
    ['Tarea #1', 'Tarea #1', '1'],
    ['T1 - E26 SSE Security', 'T1', 't1'],
    ['1.1 Failure Rate Reduction', '1.1', '1.1'],
  ])('%s → %s', (title, id, key) => {
    const m = recognizeId(title, vocab);
    expect(m?.id).toBe(id);
    expect(m?.key).toBe(key);
  });

  it('treats list numbering as a weak, list-local number', () => {
    expect(recognizeId('1. Set up React', vocab)?.strong).toBe(false);
    expect(recognizeId('P0 priority', vocab)).toBeNull();
  });

  it('finds dependencies mentioned in free text', () => {
    expect(idsMentioned('Task 2.1 partial', vocab)).toEqual(['2.1']);
    expect(idsMentioned('Day 1 start', vocab)).toEqual([]);
    expect(idsMentioned('T03 (VersionBadge), 4.1', vocab)).toEqual(['t03', '4.1']);
    expect(idsMentioned('Tarea #7 y Etapa 2.3', vocab)).toEqual(['7', '2.3']);
  });
});

describe('mojibake', () => {
  it('repairs UTF-8 read as Windows-1252 exactly', () => {
    expect(repairMojibake('âœ… Done')).toBe('✅ Done');
    expect(repairMojibake('ðŸ”´ HIGH')).toBe('🔴 HIGH');
    expect(repairMojibake('queued â†’ in_progress')).toBe('queued → in_progress');
  });

  it('leaves real Latin-1 text alone', () => {
    for (const s of ['Måndag 16/12', 'Aralık', 'Críticas', 'São Paulo', 'Ã bientôt']) expect(repairMojibake(s)).toBe(s);
    expect(hasMojibake('Måndag')).toBe(false);
    expect(hasMojibake('âœ…')).toBe(true);
  });
});

describe('bucket headings', () => {
  it.each([
    ['Completed Tasks', true],
    ['In Progress (Days 10-14)', true],
    ['Upcoming Tasks (Next Week)', true],
    ['Sprints Pendientes', true],
    ['Implementado', true],
    ['Objetivos Completados', true],
    ['Remaining Owner-Side Release Inputs', false],
    ['Active Blockers', false],
    ['Sprint Goals Status', false],
  ])('%s → %s', (title, expected) => {
    expect(isBucket(title, vocab)).toBe(expected);
  });
});

describe('closest known status phrase', () => {
  it('suggests the nearest known word for a misspelt status, and nothing for an unrelated one', () => {
    expect(closestStatusPhrase('Dnoe', vocab)?.status).toBe('done');
    expect(closestStatusPhrase('In progres', vocab)).toMatchObject({ phrase: 'in progress', status: 'in_progress' });
    expect(closestStatusPhrase('Zorp', vocab)).toBeNull();
  });
});
