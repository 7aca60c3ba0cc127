#!/usr/bin/env node
// The installed `sprint` command: a small front (dist/start.js) answers a repeated read-only run
// from the result cache; otherwise it loads the one bundled program (dist/cli.js).
import { start } from '../dist/start.js';

await start(process.argv);
