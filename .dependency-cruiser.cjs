/**
 * Import rules, checked by `npm test` (`npx depcruise --config .dependency-cruiser.cjs lib page
 * platform components entrypoints data`). Layers point one way:
 *   lib (pure engine) ← page (DOM glue)
 *   lib ← platform (browser glue) ← components (React UI) ← entrypoints (wiring)
 * data/ (the knowledge base and its schema) is read by every layer and imports none.
 * lib/ is in folders, one per capability, each with one entry module (index.ts):
 *   text, hover, i18n ← match ← rank, kb ← packs, settings, claimreview
 * Code outside a folder imports its entry module only (tests and tools may reach inside).
 */
module.exports = {
  forbidden: [
    {
      name: 'lib-is-pure',
      comment: 'lib/ is the pure engine: no DOM glue, browser glue, UI or entry points, and no browser API.',
      severity: 'error',
      from: { path: '^lib/' },
      to: {
        path: [
          '^page/',
          '^platform/',
          '^components/',
          '^entrypoints/',
          '^node_modules/(wxt|react|react-dom|@wxt-dev|webextension-polyfill)/',
        ],
      },
    },
    {
      name: 'page-knows-only-lib',
      comment: 'page/ is DOM glue over the engine: it never imports browser glue, UI or entry points.',
      severity: 'error',
      from: { path: '^page/' },
      to: {
        path: [
          '^platform/',
          '^components/',
          '^entrypoints/',
          '^node_modules/(wxt|react|react-dom|@wxt-dev|webextension-polyfill)/',
        ],
      },
    },
    {
      name: 'platform-below-ui',
      comment: 'platform/ is browser glue: it never imports DOM glue, UI or entry points.',
      severity: 'error',
      from: { path: '^platform/' },
      to: { path: ['^page/', '^components/', '^entrypoints/'] },
    },
    {
      name: 'components-below-entrypoints',
      comment: 'components/ is React UI with plain props: it never imports page glue or entry points.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: ['^page/', '^entrypoints/'] },
    },
    {
      name: 'data-is-data',
      comment:
        'data/ holds the knowledge base and its schema, the layer under everything: it imports no code of Caveat.',
      severity: 'error',
      from: { path: '^data/' },
      to: { path: ['^lib/', '^page/', '^platform/', '^components/', '^entrypoints/'] },
    },
    {
      name: 'lib-through-entry-modules',
      comment:
        'A lib/ folder is used through its entry module (index.ts); only its own files import its inner modules.',
      severity: 'error',
      from: { path: '^(lib/([^/]+)/|page/|platform/|components/|entrypoints/|data/)' },
      to: { path: '^lib/[^/]+/', pathNot: ['^lib/$2/', '^lib/[^/]+/index\\.ts$'] },
    },
    {
      name: 'lib-no-loose-files',
      comment: 'Every lib/ module belongs to a capability folder.',
      severity: 'error',
      from: {},
      to: { path: '^lib/[^/]+\\.ts$' },
    },
    ...[
      ['text', []],
      ['hover', []],
      ['i18n', []],
      ['match', ['text']],
      ['rank', ['text', 'match']],
      ['kb', ['text', 'match']],
      ['packs', ['kb', 'match', 'text']],
      ['settings', ['hover', 'text', 'kb']],
      ['claimreview', ['kb', 'text']],
    ].map(([folder, may]) => ({
      name: `lib-${folder}-imports-only-${may.length ? may.join('-') : 'itself'}`,
      comment: `lib/${folder}/ may import ${may.length ? may.map((m) => `lib/${m}`).join(', ') : 'no other lib/ folder'}.`,
      severity: 'error',
      from: { path: `^lib/${folder}/` },
      to: { path: '^lib/', pathNot: [folder, ...may].map((m) => `^lib/${m}/`) },
    })),
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: ['^\\.wxt/', '^\\.output/', '^node_modules/'] },
  },
};
