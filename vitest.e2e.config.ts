import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built extension (`.output/chrome-mv3`) in real headless Chromium. Build
 * first (`npm run build`); `npm test` does both.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: the machine has two cores and each file starts its own Chromium.
    fileParallelism: false,
  },
});
