/** Appending to the GitHub Actions job summary file (`$GITHUB_STEP_SUMMARY`); a failure there never fails the command. */
import { appendFileSync } from 'node:fs';

/** Appends `markdown` to the summary file; reports (on stderr) and goes on when it cannot. */
export function appendJobSummary(path: string, markdown: string): void {
  try {
    appendFileSync(path, markdown);
  } catch (err) {
    process.stderr.write(`sprint: could not write the job summary to ${path}: ${(err as Error).message}\n`);
  }
}
