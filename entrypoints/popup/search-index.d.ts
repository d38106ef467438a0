/** The search index built at build time by scripts/lib/search-index-plugin.ts. */
declare module 'virtual:caveat-search-index' {
  const index: import('../../lib/rank/index').SearchIndexJson;
  export default index;
}
