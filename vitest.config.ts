import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { builtInKnowledgeBase } from './scripts/build/built-in-kb';
import { searchIndexPlugin } from './scripts/lib/search-index-plugin';

export default defineConfig({
  // The knowledge-base modules and the search index, built as in the extension (wxt.config.ts).
  plugins: [WxtVitest(), builtInKnowledgeBase(), searchIndexPlugin()],
  test: {
    // DOM tests opt in with `// @vitest-environment happy-dom`; the pure engine runs in Node.
    environment: 'node',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // The kb CLI tests start the whole engine in-process; on a busy two-core machine one can take
    // over Vitest's 5 s default without anything being wrong. Speed is measured by `npm run bench`.
    testTimeout: 30_000,
  },
});
