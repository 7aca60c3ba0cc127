// Writes src/parse/recognize/latin-classes.ts: for each letter, mark and number category a
// LetterPattern's twin writes out, the characters below U+0250 (ASCII, Latin-1, Latin Extended-A
// and -B) that the category matches, as the inside of a regular-expression class — once as `\p{…}`
// matches under the `u` flag, once as it matches under `iu` (with case folding) — and its ASCII members. Run it again when
// Node's Unicode version changes; tests/unit/latin-classes.test.ts fails until then.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const LIMIT = 0x250;
const CATEGORIES = ['L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'M', 'Mn', 'Mc', 'Me', 'N', 'Nd', 'Nl', 'No'];

/** One code point as it is written inside a class. */
const unit = (c) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? String.fromCharCode(c) : `\\u${c.toString(16).padStart(4, '0')}`;

/** The class content matching exactly the code points below LIMIT that `re` matches. */
function classOf(re, limit = LIMIT) {
  const ranges = [];
  for (let c = 0; c < limit; c++) {
    if (!re.test(String.fromCodePoint(c))) continue;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else ranges.push([c, c]);
  }
  return ranges.map(([a, b]) => (a === b ? unit(a) : b === a + 1 ? unit(a) + unit(b) : `${unit(a)}-${unit(b)}`)).join('');
}

const rows = CATEGORIES.map((c) => {
  const members = (flags, limit) => `'${classOf(new RegExp(`^\\p{${c}}$`, flags), limit)}'`;
  return `  ${c}: { ascii: ${members('u', 0x80)}, unfolded: ${members('u', LIMIT)}, folded: ${members('iu', LIMIT)} },`;
}).join('\n');

const out = `/**
 * What each letter, mark and number category matches below U+0250 (ASCII, Latin-1, Latin Extended-A
 * and -B), as the inside of a regular-expression class: the classes of LetterPattern twins. Written
 * by scripts/latin-classes.mjs from Node's own Unicode tables; tests/unit/latin-classes.test.ts checks
 * every code point against \\p{…}.
 */

/**
 * Category → its members: \`ascii\` below U+0080 and \`unfolded\` below U+0250, as \\p{X} matches under
 * the \`u\` flag; \`folded\` below U+0250 under \`iu\` (a class under case folding also matches the case
 * partners of its members).
 */
export const MEMBERS: Readonly<Record<string, { ascii: string; unfolded: string; folded: string }>> = {
${rows}
};

/** The first code point the tables do not cover. */
export const LATIN_LIMIT = 0x${LIMIT.toString(16)};
`;
writeFileSync(fileURLToPath(new URL('../src/parse/recognize/latin-classes.ts', import.meta.url)), out);
