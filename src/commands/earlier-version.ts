/**
 * For `reopen`: the document as it was in the last commit where the task was not done, so the
 * places `done` changed get back their exact words (`📋 PLANNED` stays `PLANNED`, not a sibling's
 * `NEXT`) and the parents it rolled up get back their own state. Outside git, or when no commit
 * has the task open, there is none and the document's usual words are used.
 */
import { dirname, resolve } from 'node:path';
import { gitFileHistory, gitShowFile } from '../io/git.js';
import type { Sprint } from '../model/schema.js';
import { buildSprint } from '../reader/index.js';

/** How many commits back to look: a task reopened after more commits than this gets the usual words. */
const MAX_COMMITS = 30;

/** The newest committed version of `path` in which the task `key` exists and is not done (text and model), or null. */
export async function lastOpenVersion(path: string, cwd: string, key: string): Promise<{ sprint: Sprint; text: string } | null> {
  const absolute = resolve(cwd, path);
  try {
    const history = await gitFileHistory(absolute);
    for (const entry of history.slice(-MAX_COMMITS).reverse()) {
      const text = await gitShowFile(entry.commit, entry.path, dirname(absolute));
      const model = buildSprint(text, path);
      const task = model.tasks.find((t) => t.key === key);
      if (task && task.status !== 'done') return { sprint: model, text };
    }
  } catch {
    // not in a repository, not committed, git missing: there is no earlier version to go back to
  }
  return null;
}
