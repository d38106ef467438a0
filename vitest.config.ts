import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { searchIndexPlugin } from './scripts/lib/search-index-plugin';

export default defineConfig({
  // The search index the popup loads, built as in the extension (wxt.config.ts).
  plugins: [WxtVitest(), searchIndexPlugin()],
  test: {
    // DOM tests opt in with `// @vitest-environment happy-dom`; the pure engine runs in Node.
    environment: 'node',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
