import { describe, expect, it } from 'vitest';
import { foldText, inferDateOrder, inferYear, parseDate, parseDateRange, parseWeekday, type DateContext } from '../../src/parse/recognize/date.js';
import {
  CAPITAL_REQUIRED_MONTH_WORDS,
  DEFAULT_DATE_VOCAB,
  MONTHS,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAY_NAMES,
  YEAR_REQUIRED_MONTH_WORDS,
  type DateVocab,
} from '../../src/parse/vocab/months.js';

type Case = [text: string, ctx: DateContext, expected: string | null];

describe('parseDate: explicit dates', () => {
  it.each<Case>([
    // ISO and its relatives
    ['2025-10-31', {}, '2025-10-31'],
    ['2025/10/31', {}, '2025-10-31'],
    ['2025.10.31', {}, '2025-10-31'],
    ['2026-04-22T18:47:48.134Z', {}, '2026-04-22'],
    ['2025-10-31 09:30', {}, '2025-10-31'],
    ['notes_2025-10-31.md', {}, '2025-10-31'],
    ['**Updated:** 2025-10-31.', {}, '2025-10-31'],
    // English, month first
    ['October 28, 2025', {}, '2025-10-28'],
    ['Oct 28, 2025', {}, '2025-10-28'],
    ['Oct. 28, 2025', {}, '2025-10-28'],
    ['Oct 28 2025', {}, '2025-10-28'],
    ['January 24, 2025', {}, '2025-01-24'],
    ['Monday, October 28, 2025', {}, '2025-10-28'],
    ['Sprint 3 May 5, 2025', {}, '2025-05-05'],
    // day first, many languages
    ['28 October 2025', {}, '2025-10-28'],
    ['28th of October 2025', {}, '2025-10-28'],
    ['28-Oct-2025', {}, '2025-10-28'],
    ['9 de septiembre de 2023', {}, '2023-09-09'],
    ['26 de Marzo 2026', {}, '2026-03-26'],
    ['9 Aralık 2024', {}, '2024-12-09'],
    ['9 ARALIK 2024', {}, '2024-12-09'],
    ['9 aralik 2024', {}, '2024-12-09'],
    ['7 Ara 2024', {}, '2024-12-07'],
    ['3 Şubat 2025', {}, '2025-02-03'],
    ['16 декабря 2024 г.', {}, '2024-12-16'],
    ['1 января 2025', {}, '2025-01-01'],
    ['5 янв. 2025', {}, '2025-01-05'],
    ['16. Dezember 2024', {}, '2024-12-16'],
    ['3. März 2025', {}, '2025-03-03'],
    ['1er janvier 2025', {}, '2025-01-01'],
    ['28 févr. 2025', {}, '2025-02-28'],
    ['15 août 2025', {}, '2025-08-15'],
    ['16:e december 2024', {}, '2024-12-16'],
    ['3 maggio 2025', {}, '2025-05-03'],
    ['3 mei 2025', {}, '2025-05-03'],
    ['3 maja 2025', {}, '2025-05-03'],
    ['12 de março de 2025', {}, '2025-03-12'],
    // numeric with a year: order rule
    ['20/02/2026', {}, '2026-02-20'],
    ['21/03/2024', {}, '2024-03-21'],
    ['12/25/2024', {}, '2024-12-25'],
    ['12/25/2024', { order: 'dmy' }, '2024-12-25'],
    ['21/03/2024', { order: 'mdy' }, '2024-03-21'],
    ['03/04/2024', {}, '2024-04-03'],
    ['03/04/2024', { order: 'dmy' }, '2024-04-03'],
    ['03/04/2024', { order: 'mdy' }, '2024-03-04'],
    ['03.04.2024', { order: 'mdy' }, '2024-04-03'],
    ['16.12.2024', {}, '2024-12-16'],
    ['31-10-2025', {}, '2025-10-31'],
    ['20/02/26', {}, '2026-02-20'],
    // CJK
    ['2026年5月16日', {}, '2026-05-16'],
    ['2026年5月16日（土）', {}, '2026-05-16'],
    ['２０２６年５月１６日', {}, '2026-05-16'],
    ['2026년 5월 16일', {}, '2026-05-16'],
    // first of several
    ['Started 2025-10-01, due 2025-10-15', {}, '2025-10-01'],
    // a range gives its start, with the year written at its end
    ['Sep 16-19, 2024', {}, '2024-09-16'],
    ['October 22 - November 5, 2025', {}, '2025-10-22'],
  ])('%j %j → %j', (text, ctx, expected) => {
    expect(parseDate(text, ctx)).toBe(expected);
  });
});

describe('parseDate: dates without a year', () => {
  it.each<Case>([
    ['Jun 18', { year: 2025 }, '2025-06-18'],
    ['June 18', { year: 2025 }, '2025-06-18'],
    ['June 18th', { year: 2025 }, '2025-06-18'],
    ['the 2nd of June', { year: 2025 }, '2025-06-02'],
    ['Day 1 - Jun 18', { year: 2025 }, '2025-06-18'],
    ['## Day 3 — Jun 20', { year: 2025 }, '2025-06-20'],
    ['5月16日', { year: 2026 }, '2026-05-16'],
    ['16 december', { year: 2024 }, '2024-12-16'],
    ['3 mars', { year: 2025 }, '2025-03-03'],
    ['8 Mar', { year: 2024 }, '2024-03-08'],
    ['May 5', { year: 2024 }, '2024-05-05'],
    ['Feb 29', { year: 2024 }, '2024-02-29'],
    // no year known → nothing
    ['Jun 18', {}, null],
    ['Day 1 - Jun 18', {}, null],
    ['5月16日', {}, null],
    ['Måndag 16/12', {}, null],
    // the year must make the day real
    ['Feb 29', { year: 2023 }, null],
    // a later date with a year is used when the first one cannot be pinned down
    ['Jun 18 (see 2025-06-20)', {}, '2025-06-20'],
  ])('%j %j → %j', (text, ctx, expected) => {
    expect(parseDate(text, ctx)).toBe(expected);
  });
});

describe('parseDate: the bare-pair rule', () => {
  it.each<Case>([
    // weekday next to it
    ['Måndag 16/12', { year: 2024 }, '2024-12-16'],
    ['### Måndag 16/12', { year: 2024 }, '2024-12-16'],
    ['Sön 22/12', { year: 2024 }, '2024-12-22'],
    ['Mon 16.12.', { year: 2024 }, '2024-12-16'],
    ['Montag, 16.12.', { year: 2024 }, '2024-12-16'],
    ['16/12 (Fri)', { year: 2024 }, '2024-12-16'],
    ['Пн 16.12', { year: 2024 }, '2024-12-16'],
    ['Mon 12/16', { year: 2024 }, '2024-12-16'],
    ['Mon 03/04', { year: 2024, order: 'mdy' }, '2024-03-04'],
    // alone in a heading (slash only)
    ['# 16/12', { year: 2024 }, '2024-12-16'],
    ['## 16/12 ##', { year: 2024 }, '2024-12-16'],
    ['## 1.2', { year: 2024 }, null],
    ['## 16.12', { year: 2024 }, null],
    ['## Sprint 3/4', { year: 2024 }, null],
    // the caller vouches for it
    ['16/12', { year: 2024, allowBareSlash: true }, '2024-12-16'],
    ['1/14', { year: 2024, allowBareSlash: true }, '2024-01-14'],
    ['7/75', { year: 2024, allowBareSlash: true }, null],
    // otherwise: not a date
    ['16/12', { year: 2024 }, null],
    ['1/14', { year: 2024 }, null],
    ['3/4 done', { year: 2024 }, null],
    ['Sprint 3/4', { year: 2024 }, null],
  ])('%j %j → %j', (text, ctx, expected) => {
    expect(parseDate(text, ctx)).toBe(expected);
  });
});

describe('parseDate: things that are not dates', () => {
  const withYear: DateContext = { year: 2024 };
  it.each<[string]>([
    ['v1.2'],
    ['v1.2.3'],
    ['3.8 KB'],
    ['1.1-1.7'],
    ['Changes in 1.1-1.7'],
    ['7/75 points'],
    ['7/75'],
    ['14/40'],
    ['0/22'],
    ['1/14'],
    ['1/14 tasks done'],
    ['116/116'],
    ['116/116 tests pass'],
    ['12/12 (100%)'],
    ['Progress: 12/12 (100%)'],
    ['50%'],
    ['45.5%'],
    ['9:30 AM'],
    ['at 10:00'],
    ['1.5 days'],
    ['Velocity 3.8 pts/day'],
    ['Sprint 12'],
    ['Q4 2025'],
    ['Oct 2025'],
    ['October 2025'],
    ['2025'],
    ['Jun 18:30'],
    ['Jun 180'],
    ['# Monday standup'],
    ['v2025.10.31'],
    ['2025-02-30'],
    ['2025-13-01'],
    ['Feb 30 2024'],
    ['31/31/2024'],
    ['32/01/2024'],
    // month words that are everyday words need a written year
    ['Step 2 may fail'],
    ['step 3 may 5'],
    ['march 3 steps'],
    ['Tem 3 tarefas'],
    ['Out 3 days'],
    ['Set 5'],
    ['gen 3 of models'],
    ['ara 3 toplam'],
  ])('%j is not a date', (text) => {
    expect(parseDate(text, withYear)).toBeNull();
    expect(parseDate(text)).toBeNull();
  });

  it('accepts the everyday-word months once a year is written', () => {
    expect(parseDate('Tem 3, 2024')).toBe('2024-07-03');
    expect(parseDate('5 set 2024')).toBe('2024-09-05');
    expect(parseDate('3 may 2025')).toBe('2025-05-03');
  });
});

type RangeCase = [text: string, ctx: DateContext, expected: [string, string] | null];

describe('parseDateRange', () => {
  it.each<RangeCase>([
    ['2025-10-31 → 2025-11-14 (2 weeks)', {}, ['2025-10-31', '2025-11-14']],
    ['Sprint #1 (01-07/07/2026)', {}, ['2026-07-01', '2026-07-07']],
    ['1.–7.7.2026', {}, ['2026-07-01', '2026-07-07']],
    ['October 22 - November 5, 2025 (14 days total)', {}, ['2025-10-22', '2025-11-05']],
    ['January 24 - February 4, 2025 (10 days)', {}, ['2025-01-24', '2025-02-04']],
    ['2025-12-15 - 2025-12-29 (2 недели)', {}, ['2025-12-15', '2025-12-29']],
    ['Feb 6-28 (22 dias)', { year: 2026 }, ['2026-02-06', '2026-02-28']],
    ['June 18 – July 2 (2 weeks)', { year: 2025 }, ['2025-06-18', '2025-07-02']],
    ['Sep 15 - Oct 5, 2024', {}, ['2024-09-15', '2024-10-05']],
    ['Sep 16-19, 2024', {}, ['2024-09-16', '2024-09-19']],
    ['Oct 4-5, 2024', {}, ['2024-10-04', '2024-10-05']],
    ['(2021-02-07 to 2021-02-14)', {}, ['2021-02-07', '2021-02-14']],
    ['from 2025-10-31 to 2025-11-14', {}, ['2025-10-31', '2025-11-14']],
    ['9 de septiembre de 2023 al 10 de septiembre de 2023', {}, ['2023-09-09', '2023-09-10']],
    ['Sep 23-Oct 3, 2024', {}, ['2024-09-23', '2024-10-03']],
    ['Sprint 5 (Oct 28, 2025 – Nov 10, 2025)', {}, ['2025-10-28', '2025-11-10']],
    ['28 October - 5 November 2025', {}, ['2025-10-28', '2025-11-05']],
    ['16–20 декабря 2024', {}, ['2024-12-16', '2024-12-20']],
    ['с 15 по 29 декабря 2024', {}, ['2024-12-15', '2024-12-29']],
    ['16 декабря – 29 декабря 2024', {}, ['2024-12-16', '2024-12-29']],
    ['del 9 al 15 de marzo de 2024', {}, ['2024-03-09', '2024-03-15']],
    ['16.–20. Dezember 2024', {}, ['2024-12-16', '2024-12-20']],
    ['16.12.–20.12.2024', {}, ['2024-12-16', '2024-12-20']],
    ['16/12 - 20/12/2024', {}, ['2024-12-16', '2024-12-20']],
    ['9 Aralık - 20 Aralık 2024', {}, ['2024-12-09', '2024-12-20']],
    ['2026年5月16日～2026年5月20日', {}, ['2026-05-16', '2026-05-20']],
    ['5月16日-20日', { year: 2026 }, ['2026-05-16', '2026-05-20']],
    ['5月16日から5月20日まで', { year: 2026 }, ['2026-05-16', '2026-05-20']],
    ['## 16/12 – 20/12', { year: 2024 }, ['2024-12-16', '2024-12-20']],
    ['Mon 16/12 – Fri 20/12', { year: 2024 }, ['2024-12-16', '2024-12-20']],
    // the year carries back across the new year
    ['Dec 28 - Jan 5, 2025', {}, ['2024-12-28', '2025-01-05']],
    ['December 16, 2024 – January 3', {}, ['2024-12-16', '2025-01-03']],
    ['2025年12月30日至1月2日', {}, ['2025-12-30', '2026-01-02']],
    ['Dec 28 - Jan 5', { year: 2024 }, ['2024-12-28', '2025-01-05']],
    // the range wins over an earlier lone date
    ['Updated 2025-10-01. Dates: 2025-10-31 → 2025-11-14', {}, ['2025-10-31', '2025-11-14']],
    // written backwards: returned as written, for the caller to diagnose
    ['2025-11-14 - 2025-10-31', {}, ['2025-11-14', '2025-10-31']],
    // not ranges
    ['Feb 6-28', {}, null],
    ['2025-10-31', {}, null],
    ['Oct 28, 2025 and Nov 3, 2025', {}, null],
    ['- 2025-01-01\n- 2025-02-01', {}, null],
    ['1.1-1.7', { year: 2024 }, null],
    ['3/4 - 5/8', { year: 2024 }, null],
    ['Sep 28-3, 2024', {}, null],
  ])('%j %j → %j', (text, ctx, expected) => {
    const got = parseDateRange(text, ctx);
    expect(got).toEqual(expected ? { start: expected[0], end: expected[1] } : null);
  });
});

describe('inferYear', () => {
  it.each<[string, number | null]>([
    ['# Sprint 4\nDates: Oct 3, 2024 – Oct 17, 2024\n\n## Jun 18\n2025-01-01', 2024],
    ['2025-01-01 and 2025-01-02, 2024-12-31', 2025],
    ['2024-12-31, then 2025-01-02', 2024], // tie → first seen
    ['Sep 16-19, 2024', 2024],
    ['## Monday 16/12\n## Tuesday 17/12', null],
    ['v1.2 shipped 3.8 KB in 1999 builds', null], // bare numbers are not dates
    ['1850-01-01 and 2150-01-01', null], // outside 1990–2100
    ['Dates: 20/02/2026 – 06/03/2026', 2026],
    ['2026年5月16日', 2026],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(inferYear(text)).toBe(expected);
  });
});

describe('inferDateOrder', () => {
  it.each<[string, 'dmy' | 'mdy' | null]>([
    ['20/02/2026', 'dmy'],
    ['12/25/2024', 'mdy'],
    ['03/04/2024 and 05/06/2024', null],
    ['03/04/2024 and 21/03/2024', 'dmy'],
    ['12/25/2024 and 21/03/2024', 'dmy'], // a day-first witness wins
    ['7/75 and 14/40', null],
    ['2025-10-31', null],
    ['116/12/2024', null],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(inferDateOrder(text)).toBe(expected);
  });
});

describe('parseWeekday', () => {
  it.each<[string, number | null]>([
    ['# Monday standup', 1],
    ['## Tuesday', 2],
    ['Måndag 16/12', 1],
    ['### Fredag', 5],
    ['Miércoles', 3],
    ['Quinta-feira', 4],
    ['пятница', 5],
    ['Perşembe', 4],
    ['Dimanche', 7],
    ['金曜日', 5],
    ['星期三', 3],
    ['Sat 5 Oct', 6],
    ['Mån 16/12', 1],
    ['Segunda 16/12', 1],
    ['Mar 3', null], // March, not martes
    ['Review per team', null], // "per" is Turkish Thursday only next to a date
    ['Segunda versão', null],
    ['No weekday here', null],
  ])('%j → %j', (text, expected) => {
    expect(parseWeekday(text)).toBe(expected);
  });
});

describe('foldText', () => {
  it('keeps length and folds case and accents', () => {
    for (const s of ['Aralık', 'İSTANBUL', 'Måndag', 'Février', 'Май', 'ЁЛКА', '２０２６年', '한국어', 'Straße']) {
      expect(foldText(s)).toHaveLength(s.length);
    }
    expect(foldText('Aralık')).toBe('aralik');
    expect(foldText('ŞUBAT')).toBe('subat');
    expect(foldText('Février')).toBe('fevrier');
    expect(foldText('Måndag')).toBe('mandag');
    expect(foldText('２０２６年')).toBe('2026年');
  });
});

describe('month vocabulary', () => {
  it('gives every language 12 months and 7 weekdays', () => {
    for (const [lang, months] of Object.entries(MONTHS)) {
      expect(months, lang).toHaveLength(12);
      for (const forms of months) expect(forms.length, lang).toBeGreaterThan(0);
    }
    for (const table of [WEEKDAY_NAMES, WEEKDAY_ABBREVIATIONS]) {
      for (const [lang, days] of Object.entries(table)) expect(days, lang).toHaveLength(7);
    }
  });

  it('is lowercase', () => {
    const all = [
      ...Object.values(MONTHS).flat(2),
      ...Object.values(WEEKDAY_NAMES).flat(2),
      ...Object.values(WEEKDAY_ABBREVIATIONS).flat(2),
      ...YEAR_REQUIRED_MONTH_WORDS,
      ...CAPITAL_REQUIRED_MONTH_WORDS,
    ];
    for (const w of all) expect(w).toBe(w.toLowerCase());
  });

  it('never gives one folded word two different months', () => {
    const seen = new Map<string, number>();
    for (const [lang, months] of Object.entries(MONTHS)) {
      months.forEach((forms, i) => {
        for (const f of forms) {
          const key = foldText(f);
          const prev = seen.get(key);
          expect(prev === undefined || prev === i, `${lang} ${f}`).toBe(true);
          seen.set(key, i);
        }
      });
    }
  });

  it('covers the case forms used in dates', () => {
    expect(MONTHS['ru']?.[0]).toEqual(expect.arrayContaining(['января', 'январь', 'янв']));
    expect(MONTHS['tr']?.[11]).toEqual(expect.arrayContaining(['aralık', 'ara']));
    expect(MONTHS['sv']?.[0]).toEqual(expect.arrayContaining(['januari', 'jan']));
  });

  it('can be extended by a config-built vocabulary', () => {
    const vocab: DateVocab = {
      ...DEFAULT_DATE_VOCAB,
      months: {
        ...DEFAULT_DATE_VOCAB.months,
        eo: [
          ['januaro'],
          ['februaro'],
          ['marto'],
          ['aprilo'],
          ['majo'],
          ['junio'],
          ['julio'],
          ['aŭgusto'],
          ['septembro'],
          ['oktobro'],
          ['novembro'],
          ['decembro'],
        ],
      },
    };
    expect(parseDate('3 aŭgusto 2025')).toBeNull();
    expect(parseDate('3 aŭgusto 2025', { vocab })).toBe('2025-08-03');
    expect(parseDate('3 August 2025', { vocab })).toBe('2025-08-03');
  });
});

describe('the order of numeric dates is read only for an ambiguous one', () => {
  const untouchable = {
    get order(): 'dmy' {
      throw new Error('asked for the order');
    },
  };
  it('ISO dates, dotted dates and pairs with a part above 12 never ask for it', () => {
    expect(parseDate('2025-12-07', untouchable)).toBe('2025-12-07');
    expect(parseDate('16.12.2024', untouchable)).toBe('2024-12-16');
    expect(parseDate('20/02/2026', untouchable)).toBe('2026-02-20');
  });
  it('03/04/2025 asks', () => {
    let asked = 0;
    const counting = {
      get order(): 'mdy' {
        asked++;
        return 'mdy';
      },
    };
    expect(parseDate('03/04/2025', counting)).toBe('2025-03-04');
    expect(asked).toBeGreaterThan(0);
  });
});

describe('the year is read only when a date needs it', () => {
  /** A context whose year must not be asked for, and one that counts how often it is. */
  const untouchable = {
    get year(): number {
      throw new Error('asked for the year');
    },
  };
  it('dates and ranges that state their year never ask for it', () => {
    expect(parseDate('Due 2025-12-07', untouchable)).toBe('2025-12-07');
    expect(parseDateRange('Oct 28 - Nov 5, 2025', untouchable)).toEqual({ start: '2025-10-28', end: '2025-11-05' });
    expect(parseDate('no date here', untouchable)).toBeNull();
  });
  it('a date without one asks, once it is found', () => {
    let asked = 0;
    const counting = {
      get year(): number {
        asked++;
        return 2024;
      },
    };
    expect(parseDate('Standup, Dec 16', counting)).toBe('2024-12-16');
    expect(asked).toBeGreaterThan(0);
  });
});
