/**
 * Where a document holds generated blocks: `<!-- sprint:burndown -->` … `<!-- /sprint:burndown -->`
 * marker pairs the user placed. A marker is an HTML comment alone on its line, outside fenced code
 * (so a README that shows the markers in a code sample is left alone). Raw text scan: the model
 * uses it to leave generated tables out of what the document says, `sync` to rewrite between them.
 */

/** The generated-block kinds `sync` knows how to fill. */
export const GENERATED_BLOCK_NAMES = ['burndown', 'velocity'] as const;

/** One of GENERATED_BLOCK_NAMES. */
export type GeneratedBlockName = (typeof GENERATED_BLOCK_NAMES)[number];

/** One marker line: its exact offsets (line ending excluded) and 1-based line number. */
export interface MarkerLine {
  start: number;
  end: number;
  line: number;
}

/** An opening marker and its closing marker (null when the document never closes it). */
export interface GeneratedRegion {
  name: GeneratedBlockName;
  open: MarkerLine;
  close: MarkerLine | null;
}

const MARKER_RE = /^ {0,3}<!--\s*(\/?)\s*sprint:\s*([a-z-]+)\s*-->\s*$/i;
const FENCE_OPEN_RE = /^ {0,3}(`{3,}|~{3,})/;
const FENCE_CLOSE_RE = /^ {0,3}(`{3,}|~{3,})\s*$/;

/** Every generated-block marker pair in `text`, in document order. */
export function findGeneratedRegions(text: string): GeneratedRegion[] {
  const regions: GeneratedRegion[] = [];
  let open: GeneratedRegion | null = null;
  let fence: string | null = null;
  let pos = 0;
  let line = 1;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const end = eol > pos && text[eol - 1] === '\r' ? eol - 1 : eol;
    const content = text.slice(pos, end);
    if (fence) {
      const close = FENCE_CLOSE_RE.exec(content);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) fence = null;
    } else {
      const m = MARKER_RE.exec(content);
      const name = m?.[2]?.toLowerCase();
      if (m && isBlockName(name)) {
        const marker = { start: pos, end, line };
        if (m[1] === '') {
          if (open) regions.push(open);
          open = { name, open: marker, close: null };
        } else if (open && open.name === name) {
          open.close = marker;
          regions.push(open);
          open = null;
        }
      } else {
        const f = FENCE_OPEN_RE.exec(content);
        if (f) fence = f[1]!;
      }
    }
    if (eol >= text.length) break;
    pos = eol + 1;
    line++;
  }
  if (open) regions.push(open);
  return regions;
}

/** Whether a 1-based line lies strictly inside a closed generated region (markers excluded). */
export function isInsideGeneratedRegion(regions: readonly GeneratedRegion[], line: number): boolean {
  return regions.some((r) => r.close !== null && line > r.open.line && line < r.close.line);
}

function isBlockName(name: string | undefined): name is GeneratedBlockName {
  return name !== undefined && (GENERATED_BLOCK_NAMES as readonly string[]).includes(name);
}
