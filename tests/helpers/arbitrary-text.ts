/** Random text for property tests: joined pieces that meet at every boundary the code cares about, and free strings. */
import fc from 'fast-check';

/** Text of up to `pieces` chosen pieces, or a free string of up to `length` graphemes or UTF-16 units. */
export function textFrom(choices: readonly string[], pieces: number, length: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.array(fc.constantFrom(...choices), { maxLength: pieces }).map((p) => p.join('')),
    fc.string({ unit: 'grapheme', maxLength: length }),
    fc.string({ maxLength: length }),
  );
}
