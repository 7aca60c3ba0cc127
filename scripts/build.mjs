// Bundles the CLI into dist/cli.js: one ESM file with every dependency inside, so `sprint`
// starts by loading a single module; and dist/start.js, the small front that answers repeated
// read-only runs from the result cache before loading dist/cli.js. Run by `npm run build`,
// `prepare` and `test`.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies call `require` (cli-table3) and read `__filename` (write-file-atomic names
  // its temp files with it), which ESM lacks.
  banner: {
    js: [
      "import { createRequire as __sprintCreateRequire } from 'node:module';",
      "import { fileURLToPath as __sprintFileURLToPath } from 'node:url';",
      'const require = __sprintCreateRequire(import.meta.url);',
      'const __filename = __sprintFileURLToPath(import.meta.url);',
    ].join('\n'),
  },
});

// The result cache must never answer for another build: the front carries the program's hash.
const buildId = createHash('sha256')
  .update(readFileSync(join(root, 'dist/cli.js')))
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
