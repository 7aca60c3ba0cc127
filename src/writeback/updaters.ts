/**
 * Every fragment updater `sync` runs, in order. Adding a kind of derived fragment means adding
 * one entry here; updaters must not propose overlapping edits (the edit engine refuses them).
 */
import { generatedBlocksUpdater } from './generated-blocks.js';
import { dateFragmentsUpdater } from './date-fragments.js';
import { rollupsUpdater } from './rollups.js';
import type { FragmentUpdater } from './updater.js';

/** The registered updaters. */
export const FRAGMENT_UPDATERS: FragmentUpdater[] = [rollupsUpdater, dateFragmentsUpdater, generatedBlocksUpdater];
