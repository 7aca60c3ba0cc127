/**
 * Exact repair of UTF-8 text that was once decoded as Windows-1252 and saved again
 * (`âœ…` for ✅, `ðŸ”´` for 🔴). Only runs that map back to bytes forming complete, valid UTF-8
 * multi-byte sequences are repaired, so real Latin-1 text (`Måndag`, `Aralık`) is never touched.
 * The document's bytes are never changed: recognizers read the repaired text, edits target the original.
 */

/** Windows-1252 code points for bytes 0x80–0x9F (undefined bytes map to the C1 control of the same value). */
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c,
  0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

const BYTE_OF = new Map<number, number>();
for (let b = 0; b < 0x100; b++) BYTE_OF.set(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b, b);
for (let b = 0x80; b < 0xa0; b++) if (!BYTE_OF.has(b)) BYTE_OF.set(b, b);

/** Fast pre-check: a lead byte of a multi-byte UTF-8 sequence seen as Windows-1252 (Â–ô). */
const SUSPECT =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/** Whether a string contains anything that looks like UTF-8-as-Windows-1252 mojibake. */
export function hasMojibake(text: string): boolean {
  return firstMojibake(text) !== null;
}

/** The first repairable mojibake sequence and where it starts, for a diagnostic that points at it. */
export function firstMojibake(text: string): { offset: number; raw: string; repaired: string } | null {
  const re = new RegExp(SUSPECT.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = text.slice(m.index, m.index + 4);
    const repaired = repairMojibake(raw);
    if (repaired !== raw) {
      const used = raw.length - (repaired.length - [...repaired].slice(1).join('').length);
      return { offset: m.index, raw: text.slice(m.index, m.index + Math.max(2, used)), repaired: [...repaired][0]! };
    }
  }
  return null;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Repairs every exact mojibake run in `text`; everything else is returned as it was. */
export function repairMojibake(text: string): string {
  if (!SUSPECT.test(text)) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const run = repairedRunAt(text, i);
    if (run) {
      out += run.decoded;
      i += run.length;
      continue;
    }
    out += text[i];
    i++;
  }
  return out;
}

/**
 * Every exact mojibake run of `text` with what it stands for, in text order: the edits that repair
 * the document (`doctor --fix`). Runs are the same `repairMojibake` replaces, nothing else.
 */
export function mojibakeRuns(text: string): Array<{ start: number; end: number; decoded: string }> {
  const out: Array<{ start: number; end: number; decoded: string }> = [];
  if (!SUSPECT.test(text)) return out;
  let i = 0;
  while (i < text.length) {
    const run = repairedRunAt(text, i);
    if (!run) {
      i++;
      continue;
    }
    const last = out.at(-1);
    if (last && last.end === i) {
      last.end += run.length;
      last.decoded += run.decoded;
    } else out.push({ start: i, end: i + run.length, decoded: run.decoded });
    i += run.length;
  }
  return out;
}

/** Repaired text plus, for each of its UTF-16 units, the offset in `text` it came from (and one past the end). */
export interface MappedRepair {
  text: string;
  /** `offsets[i]` is where repaired unit `i` starts in the original; `offsets[text.length]` is the original's length. */
  offsets: number[];
}

/**
 * repairMojibake that remembers where every repaired character came from, so a match found in the
 * repaired text ("✅") can be turned back into the exact original span ("âœ…") for an edit.
 */
export function repairMojibakeMapped(text: string): MappedRepair {
  let out = '';
  const offsets: number[] = [];
  let i = 0;
  while (i < text.length) {
    const run = SUSPECT.test(text.slice(i, i + 2)) ? repairedRunAt(text, i) : null;
    if (run) {
      out += run.decoded;
      for (let k = 0; k < run.decoded.length; k++) offsets.push(i);
      i += run.length;
      continue;
    }
    out += text[i];
    offsets.push(i);
    i++;
  }
  offsets.push(text.length);
  return { text: out, offsets };
}

/**
 * The mojibake spelling of clean text: its UTF-8 bytes read as Windows-1252 (the exact inverse of
 * repairMojibake), for writing a status emoji into a document that stores every emoji that way.
 */
export function toMojibake(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) out += String.fromCharCode(byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80]! : byte);
  return out;
}

/** The repaired character starting at `i` and how many original units it replaces, or null. */
function repairedRunAt(text: string, i: number): { decoded: string; length: number } | null {
  const lead = BYTE_OF.get(text.charCodeAt(i));
  const len = lead === undefined ? 0 : sequenceLength(lead);
  if (len === 0 || i + len > text.length) return null;
  const bytes = [lead!];
  for (let k = 1; k < len; k++) {
    const b = BYTE_OF.get(text.charCodeAt(i + k));
    if (b === undefined || b < 0x80 || b > 0xbf) return null;
    bytes.push(b);
  }
  const decoded = decodeStrict(bytes);
  return decoded === null ? null : { decoded, length: len };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function decodeStrict(bytes: number[]): string | null {
  try {
    return decoder.decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}
