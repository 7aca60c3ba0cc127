// Bundles the CLI into dist/cli.cjs: one CommonJS file with every dependency inside (zod and the
// schemas apart, in dist/schema.cjs, which only `export` loads), so `sprint`
// starts by loading a single script, which src/io/code-cache.ts compiles with a V8 code cache
// (vm.Script takes scripts, not ES modules); and dist/start.js, the small front that answers
// repeated read-only runs from the result cache before loading dist/cli.cjs. Run by
// `npm run build`, `prepare` and `test`.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// The ES-module bundle of earlier builds, so nothing stale is left to load.
for (const old of ['dist/cli.js', 'dist/cli.js.map']) rmSync(join(root, old), { force: true });

/**
 * commander requires node:child_process as it loads, for subcommands that are separate programs,
 * which sprint has none of; loading it (with net, dgram and the rest it pulls in) cost every run
 * about 3 ms. Its one use, `childProcess.spawn`, is made to load the module when called. The build
 * fails if commander changes the line, so the patch can never silently stop applying.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const eager = "const childProcess = require('node:child_process');";
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(eager)) throw new Error(`${args.path}: the child_process import changed; update scripts/build.mjs`);
      const lazy = "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };";
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

/**
 * parse5 (and the HTML entity tables it decodes as it loads) reads HTML tables, which few
 * documents have, yet initialising it cost every run about 2.5 ms. In the bundle the reader's one
 * use, parseFragment, requires parse5 when first called (esbuild then initialises the module on
 * that first require); the sources keep their plain import, so tests read the same code. The build
 * fails if the import line changes.
 */
const lazyParse5 = {
  name: 'lazy-parse5',
  setup(b) {
    b.onLoad({ filter: /src[\\/]parse[\\/]html-tables\.ts$/ }, (args) => {
      const eager = "import { parseFragment } from 'parse5';";
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(eager)) throw new Error(`${args.path}: the parse5 import changed; update scripts/build.mjs`);
      const lazy = "const parseFragment: typeof import('parse5').parseFragment = (...a) => require('parse5').parseFragment(...a);";
      return { contents: source.replace(eager, lazy), loader: 'ts' };
    });
  },
};

/**
 * zod and the model's schemas are used by `export` alone, yet in the program bundle zod's
 * namespace objects (hundreds of getters) were built by every run: about 2 ms, and a third of the
 * bundle to read. They go to a bundle of their own (dist/schema.cjs), which export.ts's dynamic
 * import loads when it runs; the sources keep the plain dynamic import.
 */
const schemaApart = {
  name: 'schema-apart',
  setup(b) {
    b.onLoad({ filter: /src[\\/]commands[\\/]export\.ts$/ }, (args) => {
      // A CommonJS require, not import(): the program runs as a vm.Script, which has no loader for import().
      const dynamic = "await import('../model/schema.js')";
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(dynamic)) throw new Error(`${args.path}: the schema import changed; update scripts/build.mjs`);
      return { contents: source.replace(dynamic, "require('./schema.cjs')"), loader: 'ts' };
    });
    b.onResolve({ filter: /^\.\/schema\.cjs$/ }, () => ({ path: './schema.cjs', external: true }));
  },
};

await build({
  absWorkingDir: root,
  entryPoints: ['src/model/schema.ts'],
  outfile: 'dist/schema.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
});

await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  plugins: [lazyChildProcess, lazyParse5, schemaApart],
  outfile: 'dist/cli.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Without comments and spacing the bundle is 1.65 MB instead of 2.3, and reading it (UTF-8, decoded
  // to a string every start) takes 4 ms instead of 8.6. Names are kept, so stack traces still read;
  // the source map gives the lines.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
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
  outfile: 'dist/start.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  legalComments: 'none',
  logLevel: 'error',
});
