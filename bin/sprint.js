#!/usr/bin/env node
// The installed `sprint` command: everything lives in the one bundled file, so start-up loads one module.
import '../dist/cli.js';
