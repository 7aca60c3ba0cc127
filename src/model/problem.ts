/** A finding of `sprint doctor`: what the writeback layer's checks produce and the views print. */

/** One finding, as `doctor` prints it and `doctor --json` lists it. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** `doctor --fix` repairs it. */
  fixable: boolean;
}
