/** Throwaway git repositories with fixed identities and commit dates, for tests of the git-history readers. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Variables that would point git at the caller's repository (e.g. when tests run inside a git hook). */
const LEAKY_GIT_VARS = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_PREFIX', 'GIT_COMMON_DIR', 'GIT_OBJECT_DIRECTORY'];

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', ...extra };
  for (const k of LEAKY_GIT_VARS) delete env[k];
  return env;
}

/** Runs `git …args` in `cwd`, isolated from the caller's repository and system config; `date` sets author and committer date. */
export function git(cwd: string, args: string[], date?: string): string {
  const extra: Record<string, string> = date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {};
  return execFileSync('git', args, { cwd, env: cleanEnv(extra), encoding: 'utf8' });
}

/** `git init` in `dir` with a test identity and no commit signing, so commits work on any machine. */
export function initRepo(dir: string, options: { branch?: string; name?: string; email?: string } = {}): void {
  git(dir, ['init', '-q', ...(options.branch ? ['-b', options.branch] : [])]);
  git(dir, ['config', 'user.name', options.name ?? 'Test Author']);
  git(dir, ['config', 'user.email', options.email ?? 'test@example.com']);
  git(dir, ['config', 'commit.gpgsign', 'false']);
}

/** A temp folder `root` (real path, named after `prefix`) with an initialized repo at `root/repo`, room beside it for non-repos; the caller removes `root`. */
export function createTempRepo(prefix: string): { root: string; repo: string } {
  const root = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  const repo = join(root, 'repo');
  mkdirSync(repo);
  initRepo(repo);
  return { root, repo };
}

/** Stages everything in `repo` and commits it on `date`; returns the new commit's hash. */
export function commitAll(repo: string, message: string, date: string): string {
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', message], date);
  return git(repo, ['rev-parse', 'HEAD']).trim();
}
