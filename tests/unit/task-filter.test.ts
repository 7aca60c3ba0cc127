import { describe, expect, it } from 'vitest';
import { parseStatuses, parseTaskFilter } from '../../src/commands/task-filter.js';
import { SprintError } from '../../src/errors.js';
import { task } from '../helpers/sprint-factory.js';

describe('parseStatuses', () => {
  it('accepts the five names, in-progress spellings and commas', () => {
    expect([...parseStatuses('todo, in-progress,DONE,blocked,cancelled,in_progress')]).toEqual(['todo', 'in_progress', 'done', 'blocked', 'cancelled']);
  });

  it('refuses an unknown or empty status with a usage error', () => {
    for (const bad of ['bogus', ',', '']) {
      try {
        parseStatuses(bad);
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(SprintError);
        expect((err as SprintError).kind).toBe('usage');
      }
    }
  });
});

describe('parseTaskFilter', () => {
  const t = task({ id: 'API-7', status: 'blocked', assignee: 'Alice Smith', headingPath: ['Sprint 3', 'Backend work'] });

  it('keeps tasks matching every given filter, case-insensitively', () => {
    expect(parseTaskFilter({})(t)).toBe(true);
    expect(parseTaskFilter({ status: 'blocked,done', assignee: 'alice', section: 'BACKEND', id: 'api-7' })(t)).toBe(true);
  });

  it('drops tasks failing any filter', () => {
    expect(parseTaskFilter({ status: 'done' })(t)).toBe(false);
    expect(parseTaskFilter({ assignee: 'bob' })(t)).toBe(false);
    expect(parseTaskFilter({ section: 'frontend' })(t)).toBe(false);
    expect(parseTaskFilter({ id: 'API' })(t)).toBe(false);
    expect(parseTaskFilter({ assignee: 'x' })(task({ id: 'B' }))).toBe(false);
  });
});
