/** The command line: commands, options and help text. What runs them and how they end is main.ts. */
import { Command, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import type { CommandContext, CommandResult, ReportOptions } from '../commands/command-result.js';
import { exportCommand } from '../commands/export.js';
import { listCommand, type ListOptions } from '../commands/list.js';
import { COMMAND_STATUS, setStatusCommand } from '../commands/set-status.js';
import { doctorCommand, type DoctorOptions } from '../commands/doctor.js';
import { explainCommand } from '../commands/explain.js';
import { syncCommand } from '../commands/sync.js';
import { resolveToday } from '../commands/today.js';
import { statusCommand, type StatusOptions } from '../commands/status.js';
import type { BurndownOptions } from '../commands/burndown-options.js';
import { burndownCommand } from '../commands/burndown.js';
import { velocityCommand, type VelocityOptions } from '../commands/velocity.js';

/** What the program needs from its runner: a context once `--no-color` is known, and a sink for the result. */
export interface ProgramHooks {
  /** The command context; `colorAllowed` is false when `--no-color` was given. */
  context(colorAllowed: boolean): CommandContext;
  /** Receives the result of the command that ran. */
  onResult(result: CommandResult): void;
}

const EXAMPLES = `
Examples:
  $ sprint status                          documents found here (see README: discovery)
  $ sprint status docs/sprint-5.md         one document
  $ sprint status sprints/                 every .md file in a folder
  $ sprint status --json SPRINT.md | jq .progress.tasks.done
  $ sprint list --status blocked,in-progress
  $ sprint list --assignee alice --section "Day 3"
  $ sprint export --json SPRINT.md > model.json
  $ sprint done 4.3                         tick a task and the numbers that depend on it
  $ sprint start "rate limiting" --dry-run  show the diff, write nothing
  $ sprint block MON-001 --reason "waiting on infra"
  $ sprint sync --check                    CI: exit 1 with a diff when derived numbers are stale
  $ sprint sync --git docs/sprint-5.md      generated burn-down blocks from the file's git history
  $ sprint doctor --fix --dry-run          list problems; show the safe repairs as a diff
  $ sprint explain docs/sprint-5.md        how each part of the document was read
  $ sprint status plan.md --sprint all     every sprint of a multi-sprint document
  $ sprint burndown --git docs/sprint-5.md    burn-down from the file's git history
  $ sprint velocity docs/sprints/*.md --last 3

Exit codes: 0 success, 1 --strict found warnings or errors in a document,
sync --check found stale numbers or doctor found an error, 2 bad usage (unknown
or ambiguous task), unreadable or read-only file, or internal error.`;

/**
 * Builds the `sprint` program. Errors are not printed as commander does by default: parse errors
 * come out as `sprint: <message>` and, like command failures, propagate to main.ts, which owns
 * every exit code.
 */
export function createProgram(hooks: ProgramHooks): Command {
  const program = new Command('sprint')
    .description('Treat the sprint-tracking Markdown files kept in git as a database: read progress, tick tasks, keep the numbers in sync, draw burn-downs.')
    .version(pkg.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--no-color', 'never color the output (color is also off when stdout is not a terminal or NO_COLOR is set)')
    .option('--no-cache', 'use no cache: every result, read model and compiled code is made afresh (also SPRINT_CACHE=0)')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'sprint: ')) })
    .addHelpText('after', EXAMPLES);

  const run = async (cmd: Command, work: (ctx: CommandContext) => Promise<CommandResult>): Promise<void> => {
    const colorAllowed = (cmd.optsWithGlobals() as { color?: boolean }).color !== false;
    hooks.onResult(await work(hooks.context(colorAllowed)));
  };

  withReportOptions(program.command('status').description('show progress: tasks, effort, sections, blocked and in-progress work'))
    .argument('[files...]', 'documents or folders (default: the sprint documents found here)')
    .option('--today <date>', 'compute days left and the forecast for this date (YYYY-MM-DD; default: SOURCE_DATE_EPOCH or the clock)')
    .option('--sprint <which>', 'in a document of several sprints, the one to show in full: number, part of its title, or all (default: the current one)')
    .option('--format <format>', 'github: annotations and a job summary for GitHub Actions; text; auto (default: github when GITHUB_ACTIONS=true)')
    .action((files: string[], opts: StatusOptions, cmd: Command) => run(cmd, (ctx) => statusCommand(files, opts, ctx)));

  withStoryOptions(
    withReportOptions(program.command('burndown').description('chart remaining work per day against the ideal line, with velocity and forecast')),
  )
    .argument('[files...]', 'documents or folders (default: the sprint documents found here)')
    .option('--sprint <which>', 'in a document of several sprints, the one to chart: number, part of its title, or all (default: the current one)')
    .action((files: string[], opts: BurndownOptions, cmd: Command) => run(cmd, (ctx) => burndownCommand(files, opts, ctx)));

  withStoryOptions(withReportOptions(program.command('velocity').description('work completed per day, or per sprint across several documents')))
    .argument('[files...]', 'documents or folders, e.g. docs/sprints/*.md (default: the sprint documents found here)')
    .option('--last <n>', 'average over the last N sprints (default 3)')
    .action((files: string[], opts: VelocityOptions, cmd: Command) => run(cmd, (ctx) => velocityCommand(files, opts, ctx)));

  withReportOptions(program.command('list').description('list tasks, one a row, with where each is written'))
    .argument('[files...]', 'documents or folders (default: the sprint documents found here)')
    .option('--status <statuses>', 'only these states, comma-separated: todo, in_progress (or in-progress), done, blocked, cancelled')
    .option('--assignee <text>', 'only tasks whose assignee contains this text')
    .option('--section <text>', 'only tasks under a heading containing this text')
    .option('--id <id>', 'only the task with this ID')
    .option('--sprint <which>', 'only the tasks of this sprint: number or part of its title')
    .action((files: string[], opts: ListOptions, cmd: Command) => run(cmd, (ctx) => listCommand(files, opts, ctx)));

  withReportOptions(program.command('export').description('print the whole model of each document (requires --json)'))
    .argument('[files...]', 'documents or folders (default: the sprint documents found here)')
    .action((files: string[], opts: ReportOptions, cmd: Command) => run(cmd, (ctx) => exportCommand(files, opts, ctx)));

  for (const [name, verb] of [
    ['done', 'mark a task done'],
    ['start', 'mark a task in progress'],
    ['block', 'mark a task blocked'],
    ['reopen', 'mark a task not started again'],
  ] as const) {
    const cmd = program
      .command(name)
      .description(`${verb}, and update the rollups that depend on it, in one atomic write`)
      .argument('<task>', 'an ID (2.1, MON-001) or a unique part of the title')
      .argument('[files...]', 'documents or folders (default: the sprint documents found here)')
      .option('--dry-run', 'print the diff instead of writing')
      .option('--today <date>', 'the date for the required velocity (YYYY-MM-DD; default: SOURCE_DATE_EPOCH or the clock)')
      .option('--verbose', 'print why derived lines were left as they are');
    if (name === 'block') cmd.option('--reason <text>', 'why it is blocked (written where the document keeps reasons, e.g. a Blocked By column)');
    cmd.action((task: string, files: string[], opts: WritebackFlags & { reason?: string }, c: Command) =>
      run(c, (ctx) => setStatusCommand(COMMAND_STATUS[name], task, files, { ...opts, today: resolveToday(opts.today, ctx.env, ctx.now) }, ctx)),
    );
  }

  program
    .command('explain')
    .description('show how each part of a document was read: sections, tables and their columns, items, what was set aside and why')
    .argument('[files...]', 'documents or folders (default: the sprint documents found here)')
    .action((files: string[], _opts: object, c: Command) => run(c, (ctx) => explainCommand(files, ctx)));

  program
    .command('doctor')
    .description('list problems like a linter: stale numbers, mojibake, broken rows, contradictions; --fix repairs the safe ones')
    .argument('[files...]', 'documents or folders (default: the sprint documents found here)')
    .option('--json', 'print {schemaVersion, problems: [...]} instead of lines')
    .option('--fix', 'repair mojibake and stale numbers as minimal edits, and print the diff')
    .option('--dry-run', 'with --fix: print the diff, write nothing')
    .option('--rule <rules>', 'only these rules, comma-separated')
    .option('--ignore <rules>', 'leave out these rules, comma-separated')
    .option('--format <format>', 'github: annotations and a job summary for GitHub Actions; text; auto (default: github when GITHUB_ACTIONS=true)')
    .option('--today <date>', 'the date for date-dependent numbers (YYYY-MM-DD; default: SOURCE_DATE_EPOCH or the clock)')
    .action((files: string[], opts: Omit<DoctorOptions, 'today'> & { today?: string }, c: Command) =>
      run(c, (ctx) => doctorCommand(files, { ...opts, today: resolveToday(opts.today, ctx.env, ctx.now) }, ctx)),
    );

  program
    .command('sync')
    .description('recompute every derived number (rollups, bars, days left) and rewrite the stale ones')
    .argument('[files...]', 'documents or folders (default: the sprint documents found here)')
    .option('--check', 'write nothing; exit 1 and print the diff when a document is stale (for CI)')
    .option('--git', "fill generated burn-down and velocity blocks from the file's git history (as burndown --git does)")
    .option('--format <format>', 'github: annotations and a job summary for GitHub Actions; text; auto (default: github when GITHUB_ACTIONS=true)')
    .option('--dry-run', 'print the diff instead of writing')
    .option('--today <date>', 'the date for days left and required velocity (YYYY-MM-DD; default: SOURCE_DATE_EPOCH or the clock)')
    .option('--verbose', 'print why derived lines were left as they are')
    .addOption(
      new Option('--insert <block>', 'add an empty <!-- sprint:burndown --> (or velocity) block after the progress section, then fill it').choices([
        'burndown',
        'velocity',
      ]),
    )
    .action((files: string[], opts: WritebackFlags & { check?: boolean; insert?: 'burndown' | 'velocity' }, c: Command) =>
      run(c, (ctx) => syncCommand(files, { ...opts, today: resolveToday(opts.today, ctx.env, ctx.now) }, ctx)),
    );

  return program;
}

/** The flags the writing commands share, as commander hands them over. */
interface WritebackFlags {
  dryRun?: boolean;
  today?: string;
  verbose?: boolean;
}

/** Adds the options of the commands that tell the sprint over days (burndown, velocity). */
function withStoryOptions(cmd: Command): Command {
  return cmd
    .option('--git', "read the daily data from the document's git history (one snapshot per commit, last of each day)")
    .option('--by <measure>', 'measure work by "effort" (the document\'s unit) or "count" (tasks)')
    .option('--workdays', 'count Monday to Friday only: the ideal line stays flat on weekends')
    .option('--today <date>', 'the date to compute for (YYYY-MM-DD; default: SOURCE_DATE_EPOCH or the clock)');
}

/** Adds the options every reporting command shares. */
function withReportOptions(cmd: Command): Command {
  return cmd
    .option('--json', 'print JSON (schemaVersion 1) instead of text')
    .option('--strict', 'exit 1 when any document has a warning or an error')
    .option('--verbose', "print the documents' diagnostics to stderr");
}
