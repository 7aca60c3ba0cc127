/** The command line: commands, options and help text. What runs them and how they end is main.ts. */
import { Command } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import type { CommandContext, CommandResult, ReportOptions } from '../commands/command-result.js';
import { exportCommand } from '../commands/export.js';
import { listCommand, type ListOptions } from '../commands/list.js';
import { statusCommand } from '../commands/status.js';

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

Exit codes: 0 success, 1 --strict found warnings or errors in a document,
2 bad usage, unreadable file, or internal error.`;

/**
 * Builds the `sprint` program. Errors are not printed as commander does by default: parse errors
 * come out as `sprint: <message>` and, like command failures, propagate to main.ts, which owns
 * every exit code.
 */
export function createProgram(hooks: ProgramHooks): Command {
  const program = new Command('sprint')
    .description('Read the sprint-tracking Markdown files kept in git: progress, tasks, the model.')
    .version(pkg.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--no-color', 'never color the output (color is also off when stdout is not a terminal or NO_COLOR is set)')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'sprint: ')) })
    .addHelpText('after', EXAMPLES);

  const run = async (cmd: Command, work: (ctx: CommandContext) => Promise<CommandResult>): Promise<void> => {
    const colorAllowed = (cmd.optsWithGlobals() as { color?: boolean }).color !== false;
    hooks.onResult(await work(hooks.context(colorAllowed)));
  };

  withReportOptions(program.command('status').description('show progress: tasks, effort, sections, blocked and in-progress work'))
    .argument('[files...]', 'documents or folders (default: the sprint documents found here)')
    .action((files: string[], opts: ReportOptions, cmd: Command) => run(cmd, (ctx) => statusCommand(files, opts, ctx)));

  withReportOptions(program.command('list').description('list tasks, one a row, with where each is written'))
    .argument('[files...]', 'documents or folders (default: the sprint documents found here)')
    .option('--status <statuses>', 'only these states, comma-separated: todo, in_progress (or in-progress), done, blocked, cancelled')
    .option('--assignee <text>', 'only tasks whose assignee contains this text')
    .option('--section <text>', 'only tasks under a heading containing this text')
    .option('--id <id>', 'only the task with this ID')
    .action((files: string[], opts: ListOptions, cmd: Command) => run(cmd, (ctx) => listCommand(files, opts, ctx)));

  withReportOptions(program.command('export').description('print the whole model of each document (requires --json)'))
    .argument('[files...]', 'documents or folders (default: the sprint documents found here)')
    .action((files: string[], opts: ReportOptions, cmd: Command) => run(cmd, (ctx) => exportCommand(files, opts, ctx)));

  return program;
}

/** Adds the options every reporting command shares. */
function withReportOptions(cmd: Command): Command {
  return cmd
    .option('--json', 'print JSON (schemaVersion 1) instead of text')
    .option('--strict', 'exit 1 when any document has a warning or an error')
    .option('--verbose', 'print the documents\' diagnostics to stderr');
}
