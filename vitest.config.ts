import { defineConfig } from 'vitest/config';

// Tests run on the TypeScript sources; CLI tests spawn the built dist/ bundle.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    pool: 'threads',
    testTimeout: 30_000,
  },
});
