/**
 * Every generated chart renders: the burn-down and velocity blocks `sync` would write for every
 * fixture (the `chart-*.md` fixtures are the edge cases that used to break: no tasks, all
 * estimates 0, one known day, a long sprint, a new year, no dates, negative velocity), seed and corpus document, are
 * rendered with the real `mermaid` package in headless Chromium, as GitHub renders them. A Mermaid
 * parse or render error fails the test with the document's name. Without a browser the test is
 * skipped with a message (`.ci/run` installs Debian's chromium).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { burndownReport } from '../../src/metrics/burndown-report.js';
import { computeProgress } from '../../src/metrics/progress.js';
import { buildSprint } from '../../src/reader/index.js';
import { generatedBlockContent } from '../../src/writeback/generated-content.js';
import { documentPaths } from '../helpers/documents.js';

const BROWSER = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const MERMAID = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
const TODAY = '2026-01-15';

function documents(): Array<{ name: string; text: string }> {
  return [...documentPaths({ seeds: true }).map((path) => ({ name: basename(path), text: readFileSync(path, 'utf8') }))];
}

/** The Mermaid sources of the blocks sync would write into this document. */
function charts(text: string, name: string): string[] {
  const sprint = buildSprint(text, name);
  const report = burndownReport({ sprint, progress: computeProgress(sprint), today: TODAY });
  return (['burndown', 'velocity'] as const).flatMap((block) =>
    [...generatedBlockContent(block, report, '\n').matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!),
  );
}

let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  if (!BROWSER) return;
  browser = await chromium.launch({
    executablePath: BROWSER,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = await browser.newPage();
  await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
  await page.addScriptTag({ path: MERMAID });
  await page.evaluate(() => (globalThis as unknown as { mermaid: { initialize(o: object): void } }).mermaid.initialize({ startOnLoad: false }));
});
afterAll(async () => browser?.close());

describe.skipIf(!BROWSER)('generated charts render in Mermaid', () => {
  const docs = documents();
  it('has documents and charts to render', () => {
    expect(docs.length).toBeGreaterThan(10);
    expect(docs.flatMap((d) => charts(d.text, d.name)).length).toBeGreaterThan(10);
  });
  it('catches a chart Mermaid cannot render (the check can fail)', async () => {
    expect(await renderError('xychart-beta\n    x-axis ["a", "b"]\n    y-axis 0 --> 0\n    lime [1, 2]', 'broken')).not.toBeNull();
  });
  for (const doc of docs) {
    it(doc.name, async () => {
      for (const [i, source] of charts(doc.text, doc.name).entries()) {
        const error = await renderError(source, `chart${i}`);
        expect(error, `${doc.name}, chart ${i + 1}:\n${source}`).toBeNull();
      }
    });
  }
});

/** Mermaid's error for a chart source, or null when it renders. */
async function renderError(source: string, id: string): Promise<string | null> {
  return page.evaluate(
    async ({ source, id }) => {
      const m = (globalThis as unknown as { mermaid: { render(id: string, s: string): Promise<{ svg: string }> } }).mermaid;
      try {
        const { svg } = await m.render(id, source);
        return /Syntax error in text/.test(svg) ? 'Mermaid drew its error box' : null;
      } catch (e) {
        return String((e as Error).message ?? e);
      }
    },
    { source, id },
  );
}

if (!BROWSER) {
  describe('generated charts render in Mermaid', () => {
    it.skip("no browser here (install Debian's chromium); the render test was skipped", () => undefined);
  });
}
