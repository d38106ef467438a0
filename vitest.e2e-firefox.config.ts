import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests in Firefox: the built Firefox extension (`.output/firefox-mv2`) in real headless
 * Firefox, driven over WebDriver BiDi. Build first (`npm run build:firefox`); `npm test` does both.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: the machine has two cores and each file starts its own Firefox.
    fileParallelism: false,
  },
});
