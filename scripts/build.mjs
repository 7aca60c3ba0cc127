// Bundles the CLI into dist/cli.cjs: one CommonJS file with every dependency inside, so `sprint`
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

await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: false,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
});

// The result cache must never answer for another build: the front carries the program's hash.
const buildId = createHash('sha256')
  .update(readFileSync(join(root, 'dist/cli.cjs')))
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
