/**
 * Colors as a value: render functions take a Painter instead of importing chalk, so they stay
 * pure and the CLI alone decides whether escapes are emitted.
 */

/** The styles renderers may apply; each returns the text wrapped in escapes, or unchanged. */
export interface Painter {
  bold(text: string): string;
  dim(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  red(text: string): string;
  cyan(text: string): string;
}

const same = (text: string): string => text;

/** The painter used when color is off (and in tests): every style is the identity. */
export const plainPainter: Painter = { bold: same, dim: same, green: same, yellow: same, red: same, cyan: same };
