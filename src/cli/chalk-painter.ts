/** The Painter that really colors, backed by chalk; the only place chalk is used. */
import { Chalk, supportsColor } from 'chalk';
import { plainPainter, type Painter } from '../render/painter.js';

/** A chalk-backed painter when `enabled`, else the identity painter (no escapes at all). */
export function chalkPainter(enabled: boolean): Painter {
  if (!enabled) return plainPainter;
  // The caller decided color is on (a TTY, no NO_COLOR, no --no-color): use at least 16 colors.
  const chalk = new Chalk({ level: supportsColor ? supportsColor.level : 1 });
  return {
    bold: (t) => chalk.bold(t),
    dim: (t) => chalk.dim(t),
    green: (t) => chalk.green(t),
    yellow: (t) => chalk.yellow(t),
    red: (t) => chalk.red(t),
    cyan: (t) => chalk.cyan(t),
  };
}
