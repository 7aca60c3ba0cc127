/**
 * The Latin twin tables (src/parse/recognize/latin-classes.ts) against Node's own Unicode tables:
 * every code point below U+0250 is in a category's class exactly when `\p{…}` matches it, under the
 * `u` flag and under `iu`. Fails when Node's Unicode version moves a character; then run
 * `node scripts/latin-classes.mjs` again.
 */
import { describe, expect, it } from 'vitest';
import { LATIN_LIMIT, MEMBERS } from '../../src/parse/recognize/latin-classes.js';

describe('Latin twin tables', () => {
  const forms = [
    ['ascii', 'u', 0x80],
    ['unfolded', 'u', LATIN_LIMIT],
    ['folded', 'iu', LATIN_LIMIT],
  ] as const;
  for (const [form, flags, limit] of forms) {
    it(`${form}: match \\p{…} below U+${limit.toString(16).padStart(4, '0')} under ${flags}`, () => {
      expect(Object.keys(MEMBERS).length).toBe(14);
      for (const [category, members] of Object.entries(MEMBERS)) {
        const property = new RegExp(`^\\p{${category}}$`, flags);
        const twin = new RegExp(`^[${members[form]}]$`, flags);
        const wrong = [];
        for (let c = 0; c < limit; c++) {
          const s = String.fromCodePoint(c);
          if (property.test(s) !== twin.test(s)) wrong.push(c.toString(16));
        }
        expect(wrong, category).toEqual([]);
      }
    });
  }
});
