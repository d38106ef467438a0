import { defineConfig } from 'wxt';
import { MODULE_FILE_PATHS } from './platform/card-module';
import { builtInKnowledgeBase } from './scripts/build/built-in-kb';
import { ACTION_ICON_SIZES, ICON_SIZES, iconPaths } from './scripts/build/icons';
import { nativeBrowserInContentScript } from './scripts/build/native-browser';
import { searchIndexPlugin } from './scripts/lib/search-index-plugin';

/** The origins a topic pack may be fetched from: any https site, and plain http only on this machine. */
const PACK_ORIGINS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

const TOOLBAR_BUTTON = { default_title: 'Caveat', default_icon: iconPaths(ACTION_ICON_SIZES) };

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader can follow every name to its file.
  imports: false,
  // The knowledge base reaches the extension as data parsed at build time (virtual:caveat/*-kb),
  // and the popup's search index is built here, once, and loaded when the popup opens. The content
  // script is built against the browser's own API, without the polyfill (scripts/build/native-browser.ts).
  vite: () => ({ plugins: [builtInKnowledgeBase(), searchIndexPlugin(), nativeBrowserInContentScript()] }),
  hooks: {
    // The knowledge base is data reviewed like code: an invalid built-in KB fails the build.
    'build:before': async () => {
      const { builtInKnowledgeBaseProblems } = await import('./scripts/kb/validate');
      const problems = await builtInKnowledgeBaseProblems();
      if (problems.length > 0) {
        throw new Error(`The built-in knowledge base is invalid:\n${problems.join('\n')}`);
      }
    },
  },
  manifest: ({ browser }) => ({
    // In the reader's language, from public/_locales/<locale>/messages.json; English by default.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'alarms'],
    // Asked for one origin at a time, when the reader subscribes to a topic pack there
    // (docs/decisions/0018-signed-topic-packs.md); nothing is asked for until then.
    ...(browser === 'firefox'
      ? { optional_permissions: PACK_ORIGINS }
      : { optional_host_permissions: PACK_ORIGINS }),
    // Every size the stores ask for (scripts/build/icons.ts), rendered by scripts/make-icons.ts.
    icons: iconPaths(ICON_SIZES),
    // The toolbar button. Firefox's Manifest V2 names it browser_action, and WXT fills that key from
    // the popup alone, so the title and icon are given under that name too.
    ...(browser === 'firefox' ? { browser_action: TOOLBAR_BUTTON } : { action: TOOLBAR_BUTTON }),
    // The content script's later stages, mentions.js and card.js, loaded on first need
    // (platform/card-module.ts). With a dynamic URL, Chromium serves them at an address that changes
    // every session, so a page cannot probe for the files to learn that Caveat is installed.
    web_accessible_resources: [
      { resources: MODULE_FILE_PATHS, matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandNextMention__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'caveat@caveat.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
