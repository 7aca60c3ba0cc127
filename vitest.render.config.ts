import { defineConfig } from 'vitest/config';

// `npm run test:render`: generated Mermaid charts rendered with the real mermaid package in a real
// browser (Debian's chromium, driven by playwright-core). Kept out of `npm test`.
export default defineConfig({
  test: {
    include: ['tests/render/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
