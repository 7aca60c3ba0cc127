/** Numbers, nouns and bars written back in the document's own format. */
import { describe, expect, it } from 'vitest';
import { agreeNoun } from '../../src/writeback/noun-agreement.js';
import { formatFixed, formatOf, formatPercent, formatQuantity, roundHalfUp } from '../../src/writeback/number-format.js';
import { redrawBar } from '../../src/writeback/progress-bar-text.js';

describe('number formats', () => {
  it('reads decimals and the decimal separator as written', () => {
    expect(formatOf('35')).toEqual({ decimals: 0, comma: false, padded: false });
    expect(formatOf('9.3')).toEqual({ decimals: 1, comma: false, padded: false });
    expect(formatOf('2,50')).toEqual({ decimals: 2, comma: true, padded: true });
  });

  it('keeps an integer percent an integer and a one-decimal percent one decimal, rounding half up', () => {
    expect(formatPercent(17, 40, formatOf('35'))).toBe('43'); // 42.5
    expect(formatPercent(7, 75, formatOf('9.3'))).toBe('9.3'); // 9.333…
    expect(formatPercent(22, 75, formatOf('29.3'))).toBe('29.3');
    expect(formatPercent(1, 22, formatOf('0'))).toBe('5'); // 4.545…
    expect(formatPercent(1, 3, formatOf('0,0'))).toBe('33,3');
  });

  it('never writes 100% for unfinished work nor 0% for started work', () => {
    expect(formatPercent(199, 200, formatOf('0'))).toBe('99');
    expect(formatPercent(1, 1000, formatOf('0'))).toBe('1');
    expect(formatPercent(1, 1000, formatOf('0.0'))).toBe('0.1');
    expect(formatPercent(5, 5, formatOf('0'))).toBe('100');
    expect(formatPercent(0, 0, formatOf('0'))).toBe('0');
  });

  it('writes quantities with at least their written decimals, more only when the value needs them', () => {
    expect(formatQuantity(17, formatOf('14'))).toBe('17');
    expect(formatQuantity(2.5, formatOf('14'))).toBe('2.5');
    expect(formatQuantity(3, formatOf('1.0'))).toBe('3.0');
    expect(formatQuantity(1, formatOf('1.5'))).toBe('1');
    expect(formatQuantity(0.25, formatOf('0'))).toBe('0.25');
  });

  it('rounds on the decimal digits, not on binary noise', () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(2.25, 1)).toBe(2.3);
    expect(formatFixed(23 / 12, formatOf('2.2'))).toBe('1.9');
  });
});

describe('noun agreement', () => {
  it('agrees English nouns with the number, keeping their case', () => {
    expect(agreeNoun('hours', 1)).toBe('hour');
    expect(agreeNoun('hour', 17)).toBe('hours');
    expect(agreeNoun('Days', 1)).toBe('Day');
    expect(agreeNoun('TASKS', 1)).toBe('TASK');
  });

  it('uses the three Russian forms', () => {
    expect(agreeNoun('задачи', 21)).toBe('задача');
    expect(agreeNoun('задачи', 22)).toBe('задачи');
    expect(agreeNoun('задач', 1)).toBe('задача');
    expect(agreeNoun('задача', 0)).toBe('задач');
    expect(agreeNoun('задача', 12)).toBe('задач');
    expect(agreeNoun('дней', 3)).toBe('дня');
  });

  it('makes fractions plural and leaves unknown nouns alone', () => {
    expect(agreeNoun('criteria', 1)).toBe('criteria');
    expect(agreeNoun('hour', 0.5)).toBe('hours');
    expect(agreeNoun('час', 1.5)).toBe('часа');
  });
});

describe('progress bars', () => {
  it('redraws with the same width and the same two characters', () => {
    const bar = '████████░░░░░░░░░░░░░░░░░░░░░░';
    expect(redrawBar(bar, 17 / 40)).toBe('█████████████░░░░░░░░░░░░░░░░░');
    expect([...redrawBar(bar, 0.9)!]).toHaveLength(30);
  });

  it('keeps brackets and knows the ASCII bars', () => {
    expect(redrawBar('[##..]', 0.5)).toBe('[##..]');
    expect(redrawBar('[##........]', 1)).toBe('[##########]');
    expect(redrawBar('[----]', 0.5)).toBe('[##--]');
  });

  it('infers the missing character of a full or empty bar', () => {
    expect(redrawBar('░░░░', 0.5)).toBe('██░░');
    expect(redrawBar('████', 0.5)).toBe('██░░');
  });

  it('is never full for unfinished work nor empty for started work', () => {
    expect(redrawBar('░░░░░░░░░░', 0.99)).toBe('█████████░');
    expect(redrawBar('░░░░░░░░░░', 0.01)).toBe('█░░░░░░░░░');
  });

  it('refuses what is not a bar', () => {
    expect(redrawBar('█x░', 0.5)).toBeNull();
  });
});
