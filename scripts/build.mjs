// Bundles the CLI into dist/cli.cjs: one CommonJS file with every dependency inside (zod and the
// schemas apart, in dist/schema.cjs, which only `export` loads), so `sprint`
// starts by loading a single script, which src/io/code-cache.ts compiles with a V8 code cache
// (vm.Script takes scripts, not ES modules); and dist/start.cjs, the small front that answers
// repeated read-only runs from the result cache before loading dist/cli.cjs. Run by
// `npm run build`, `prepare` and `test`.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// The ES-module bundles of earlier builds, so nothing stale is left to load.
for (const old of ['dist/cli.js', 'dist/cli.js.map', 'dist/start.js']) rmSync(join(root, old), { force: true });

/**
 * A build plugin that replaces one exact line of the files matching `file` in the bundle (the
 * sources keep it, so tests read the same code), and fails the build if the line is not there, so
 * a rewrite can never silently stop applying.
 */
function rewriteLine(name, file, line, replacement, loader) {
  return {
    name,
    setup(b) {
      b.onLoad({ filter: file }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes(line)) throw new Error(`${args.path}: expected ${JSON.stringify(line)}; update scripts/build.mjs (${name})`);
        return { contents: source.replace(line, replacement), loader };
      });
    },
  };
}

/**
 * commander requires node:child_process as it loads, for subcommands that are separate programs,
 * which sprint has none of; loading it (with net, dgram and the rest it pulls in) cost every run
 * about 3 ms. Its one use, `childProcess.spawn`, loads the module when called.
 */
const lazyChildProcess = rewriteLine(
  'lazy-child-process',
  /commander[\\/]lib[\\/]command\.js$/,
  "const childProcess = require('node:child_process');",
  "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };",
  'js',
);

/**
 * parse5 (and the HTML entity tables it decodes as it loads) reads HTML tables, which few
 * documents have, yet initialising it cost every run about 2.5 ms. The reader's one use,
 * parseFragment, requires parse5 when first called (esbuild then initialises the module there).
 */
const lazyParse5 = rewriteLine(
  'lazy-parse5',
  /src[\\/]parse[\\/]html-tables\.ts$/,
  "import { parseFragment } from 'parse5';",
  "const parseFragment: typeof import('parse5').parseFragment = (...a) => require('parse5').parseFragment(...a);",
  'ts',
);

/**
 * zod and the model's schemas are used by `export` alone, yet in the program bundle zod's
 * namespace objects (hundreds of getters) were built by every run: about 2 ms, and a third of the
 * bundle to read. They go to a bundle of their own (dist/schema.cjs), which export.ts requires
 * when it runs: a CommonJS require, not import(), since the program runs as a vm.Script, which
 * has no loader for import().
 */
const schemaApart = rewriteLine('schema-apart', /src[\\/]commands[\\/]export\.ts$/, "await import('../model/schema.js')", "require('./schema.cjs')", 'ts');
const schemaExternal = {
  name: 'schema-external',
  setup: (b) => b.onResolve({ filter: /^\.\/schema\.cjs$/ }, () => ({ path: './schema.cjs', external: true })),
};

/**
 * What both CommonJS bundles share. Without comments and spacing a bundle reads in about half the
 * time (UTF-8, decoded to a string every start); names are kept, so stack traces still read.
 */
const commonJs = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
};

await build({ ...commonJs, entryPoints: ['src/model/schema.ts'], outfile: 'dist/schema.cjs' });

await build({
  ...commonJs,
  entryPoints: ['src/cli/main.ts'],
  plugins: [lazyChildProcess, lazyParse5, schemaApart, schemaExternal],
  outfile: 'dist/cli.cjs',
  sourcemap: 'linked',
});

// The result cache must never answer for another build: the front carries the program's hash.
const buildId = createHash('sha256')
  .update(readFileSync(join(root, 'dist/cli.cjs')))
  .update(readFileSync(join(root, 'dist/schema.cjs')))
  .digest('hex')
  .slice(0, 16);

await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/start.ts'],
  define: { __SPRINT_BUILD__: JSON.stringify(buildId) },
  outfile: 'dist/start.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: false,
  legalComments: 'none',
  logLevel: 'error',
});
