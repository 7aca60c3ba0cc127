import { defineConfig } from 'vitest/config';

// Tests run on the TypeScript sources; CLI tests spawn the built dist/ bundle.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The browser render test runs on its own: npm run test:render (vitest.render.config.ts).
    exclude: ['tests/render/**', 'node_modules/**'],
    pool: 'threads',
    testTimeout: 30_000,
  },
});
