#!/usr/bin/env node
// The installed `sprint` command: a small front (dist/start.cjs) answers a repeated read-only run
// from the result cache; otherwise it loads the one bundled program (dist/cli.cjs). CommonJS (see
// bin/package.json): Node starts running it sooner than an ES module.
'use strict';

require('../dist/start.cjs')
  .start(process.argv)
  .catch((error) => {
    process.stderr.write(`sprint: internal error: ${String(error?.message ?? error).split('\n')[0]}\n`);
    process.exitCode = 2;
  });
