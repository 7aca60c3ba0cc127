/**
 * The fast parser reads a subset of Markdown exactly as remark-parse + remark-gfm would. On anything
 * outside that subset it throws `Decline`, and the section is parsed by remark instead (see
 * ../markdown.ts). Declining is never wrong, only slower; the differential test
 * (tests/unit/fast-parser.test.ts) proves that what it does not decline it reads as remark does.
 */

/** Thrown when a section holds a construct the fast parser does not read; the caller falls back to remark. */
export class Decline extends Error {
  /** What was met, for the differential test's report of how often and why sections fall back. */
  readonly construct: string;
  constructor(construct: string) {
    super(construct);
    this.construct = construct;
  }
}

/** Gives up on the section: `construct` says what the fast parser does not read. */
export function decline(construct: string): never {
  throw new Decline(construct);
}
