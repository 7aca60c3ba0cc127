/** The burn-down chart of each document for the GitHub job summary, as `sync` would write it in a generated block. */
import { burndownReport } from '../metrics/burndown-report.js';
import { computeProgress } from '../metrics/progress.js';
import type { Sprint } from '../model/schema.js';
import { generatedBlockContent } from '../writeback/generated-content.js';

/** One Markdown chart (table, Mermaid, legend) per document for `today`. */
export function jobCharts(sprints: readonly Sprint[], today: string): string[] {
  return sprints.map((sprint) => generatedBlockContent('burndown', burndownReport({ sprint, progress: computeProgress(sprint), today }), '\n'));
}
