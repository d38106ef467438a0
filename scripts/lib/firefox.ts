/**
 * Finds a Firefox to run the built extension in, and launches it with the extension installed, driven
 * by puppeteer-core over WebDriver BiDi. The end-to-end tests in Firefox use it; why this route (and
 * not `web-ext run`) is written in docs/decisions/0010-firefox-end-to-end-route.md.
 */
import { closeSync, existsSync, openSync, readSync, realpathSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const CANDIDATES = [
  // Debian's ESR: the real binary behind /usr/bin/firefox-esr.
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/bin/firefox-esr',
  // Mozilla's own APT repository and most distributions' firefox package.
  '/usr/lib/firefox/firefox',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'firefox-esr',
  'firefox',
];

export const NO_FIREFOX_MESSAGE =
  'No Firefox found. Install one (Debian/Ubuntu: `sudo apt-get update && sudo apt-get install -y firefox-esr`) ' +
  'or point FIREFOX_PATH at a Firefox binary, version 142 or later.';

/** Searches PATH for a bare command name. */
function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * The browser, in this order: `FIREFOX_PATH`, Debian's `firefox-esr`, a `firefox` in /usr, the macOS
 * app, then `firefox-esr` and `firefox` on PATH. Throws with install instructions when none exists:
 * nothing that needs a browser is ever skipped silently.
 */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, which does not exist. ${NO_FIREFOX_MESSAGE}`);
  }
  for (const candidate of CANDIDATES) {
    const found = candidate.includes('/')
      ? existsSync(candidate)
        ? candidate
        : undefined
      : onPath(candidate);
    if (found) return found;
  }
  throw new Error(NO_FIREFOX_MESSAGE);
}

/**
 * Whether the binary is Ubuntu's snap Firefox (directly, or through the `/usr/bin/firefox` script
 * that starts it). A snap has its own /tmp, so its profile must live under the home folder.
 */
export function isSnapFirefox(executablePath: string): boolean {
  let real = executablePath;
  try {
    real = realpathSync(executablePath);
  } catch {
    return false;
  }
  if (real.startsWith('/snap/')) return true;
  try {
    const fd = openSync(real, 'r');
    const buffer = Buffer.alloc(2048);
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    closeSync(fd);
    const head = buffer.toString('latin1', 0, length);
    return head.startsWith('#!') && head.includes('/snap/');
  } catch {
    return false;
  }
}

/**
 * The extension's internal UUID, fixed through Firefox's `extensions.webextensions.uuids` preference
 * so that its pages have a known address (Firefox otherwise picks a random one per profile).
 */
const EXTENSION_UUID = 'c0ffee00-cafe-4a7e-8e57-000000000001';

/** The subset of puppeteer's WebDriver BiDi connection used here (for what puppeteer does not wrap). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

function bidiConnection(browser: Browser): BidiConnection {
  const connection = (browser as unknown as { connection?: Partial<BidiConnection> }).connection;
  if (typeof connection?.send !== 'function') {
    throw new Error('This puppeteer-core does not expose its WebDriver BiDi connection; see package.json.');
  }
  return connection as BidiConnection;
}

/** The WebDriver BiDi browsing context of a page's top frame. */
function contextOf(page: Page): string {
  const id = (page.mainFrame() as unknown as { _id?: unknown })._id;
  if (typeof id !== 'string')
    throw new Error('This puppeteer-core does not name its BiDi browsing contexts.');
  return id;
}

/** Manifest shortcut modifiers and the key-event flags they stand for. */
const MODIFIER_FLAGS: Record<string, string> = {
  Alt: 'altKey',
  Shift: 'shiftKey',
  Ctrl: 'ctrlKey',
  MacCtrl: 'ctrlKey',
  Command: 'metaKey',
};

interface BidiEvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** The add-on id from the manifest (`browser_specific_settings.gecko.id`). */
  extensionId: string;
  /** `moz-extension://<uuid>`: where the extension's pages live. */
  extensionOrigin: string;
  /** Firefox's version string, e.g. `firefox/153.8.0`. */
  version: string;
  /** Opens an extension page (`popup.html`, `options.html`) in a new tab. */
  openExtensionPage(file: string): Promise<Page>;
  /** Loads an extension page again in the same tab (puppeteer's reload waits for events Firefox never sends there). */
  reloadExtensionPage(page: Page): Promise<void>;
  /**
   * Types a keyboard shortcut such as `Alt+Shift+K` into the browser window with the address bar
   * focused, as a reader would: the page does not see the keys, so only the browser's handling of the
   * extension's manifest commands can react to them.
   */
  pressShortcutInAddressBar(shortcut: string): Promise<void>;
  /**
   * Types a keyboard shortcut into the browser window with the page focused, as a reader would: the
   * page sees the keys first, and the browser runs the extension's command only if the page did not
   * take them.
   */
  pressShortcutInPage(shortcut: string): Promise<void>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** Path of an unpacked extension (e.g. `.output/firefox-mv2`); it is installed as a temporary add-on. */
  extensionPath?: string;
  headless?: boolean;
  viewport?: { width: number; height: number };
  /** More preferences for the profile. */
  prefs?: Record<string, unknown>;
}

/** Preferences that keep Firefox quiet and offline on a machine with no network and no display. */
const QUIET_PREFS: Record<string, unknown> = {
  'app.normandy.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
};

async function addonId(extensionPath: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(extensionPath, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionPath}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/**
 * Launches Firefox with a fresh profile and, if given, the unpacked extension installed as a
 * temporary add-on (as about:debugging does), over WebDriver BiDi.
 */
export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxExtensionBrowser> {
  const executablePath = findFirefox();
  const extensionPath = options.extensionPath ? path.resolve(options.extensionPath) : undefined;
  const extensionId = extensionPath ? await addonId(extensionPath) : '';
  // A snap cannot read a profile in the host's /tmp; puppeteer makes and removes its own elsewhere.
  let snapProfile: string | undefined;
  if (isSnapFirefox(executablePath)) {
    const root = path.join(homedir(), 'snap', 'firefox', 'common');
    await mkdir(root, { recursive: true });
    snapProfile = await mkdtemp(path.join(root, 'caveat-profile-'));
  }
  const viewport = options.viewport ?? { width: 1280, height: 900 };
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    defaultViewport: viewport,
    // Lets WebDriver BiDi open moz-extension:// pages and reach the browser window's own keyboard
    // handling (for the manifest command); nothing else is done with it.
    args: ['--remote-allow-system-access'],
    ...(snapProfile ? { userDataDir: snapProfile } : {}),
    extraPrefsFirefox: {
      ...QUIET_PREFS,
      ...options.prefs,
      ...(extensionId
        ? { 'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: EXTENSION_UUID }) }
        : {}),
    },
  });
  const connection = bidiConnection(browser);
  try {
    if (extensionPath) await browser.installExtension(extensionPath);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

  /** Runs a script in the browser window itself (privileged scope) and returns its value. */
  const inBrowserWindow = async (expression: string): Promise<unknown> => {
    const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 }))
      .result as { contexts: { context: string; url: string }[] };
    const window = tree.contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error('No Firefox browser window to type into');
    const evaluated = (
      await connection.send('script.evaluate', {
        expression,
        target: { context: window.context },
        awaitPromise: true,
      })
    ).result as BidiEvaluateResult;
    if (evaluated.type === 'exception') throw new Error(evaluated.exceptionDetails?.text ?? 'script failed');
    return evaluated.result?.value;
  };

  /** Types a shortcut into the browser window after running `focus` there. */
  const typeInBrowserWindow = async (shortcut: string, focus: string) => {
    const parts = shortcut.split('+');
    const key = parts.pop();
    if (!key) throw new Error(`Not a shortcut: ${shortcut}`);
    const modifiers: Record<string, true> = {};
    for (const part of parts) {
      const flag = MODIFIER_FLAGS[part];
      if (!flag) throw new Error(`Unknown modifier ${part} in ${shortcut}`);
      modifiers[flag] = true;
    }
    // EventUtils is the event synthesiser Firefox's own remote agent uses for WebDriver input; the
    // keys go through the same widget path as a real keyboard's.
    await inBrowserWindow(`(() => {
      const scope = { window, parent: window, _EU_Ci: Ci, _EU_Cc: Cc };
      Services.scriptloader.loadSubScript('chrome://remote/content/external/EventUtils.js', scope);
      ${focus}
      scope.synthesizeKey(${JSON.stringify(key)}, ${JSON.stringify(modifiers)}, window);
    })()`);
  };

  const navigate = async (page: Page, url: string) => {
    await connection.send('browsingContext.navigate', { context: contextOf(page), url, wait: 'complete' });
  };

  return {
    browser,
    extensionId,
    extensionOrigin,
    version: await browser.version(),
    async openExtensionPage(file) {
      const page = await browser.newPage();
      await navigate(page, `${extensionOrigin}/${file}`);
      return page;
    },
    async reloadExtensionPage(page) {
      const url = await page.evaluate(() => location.href);
      await navigate(page, url);
    },
    pressShortcutInAddressBar: (shortcut) => typeInBrowserWindow(shortcut, 'gURLBar.focus();'),
    pressShortcutInPage: (shortcut) => typeInBrowserWindow(shortcut, 'gBrowser.selectedBrowser.focus();'),
    async close() {
      await browser.close();
      if (snapProfile) await rm(snapProfile, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `fn(root, arg)` in `page` with the closed shadow root of the first element matching
 * `hostSelector` (`null` when there is none yet), and returns its result. A page script cannot reach
 * a closed shadow root; WebDriver BiDi can (`includeShadowTree: 'all'`), so the tests read Caveat's
 * card this way. `fn` is sent as source text; its argument and result travel as JSON.
 */
export async function inClosedShadowRoot<A, R>(
  page: Page,
  hostSelector: string,
  fn: (root: ShadowRoot | null, arg: A) => R | Promise<R>,
  arg?: A,
): Promise<R> {
  const connection = bidiConnection(page.browser());
  const target = { context: contextOf(page) };
  const host = (
    await connection.send('script.callFunction', {
      functionDeclaration: '(selector) => document.querySelector(selector)',
      arguments: [{ type: 'string', value: hostSelector }],
      target,
      awaitPromise: false,
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    })
  ).result as BidiEvaluateResult & {
    result?: { value?: { shadowRoot?: { sharedId?: string } | null } };
  };
  if (host.type === 'exception') throw new Error(host.exceptionDetails?.text ?? 'script failed');
  const sharedId = host.result?.value?.shadowRoot?.sharedId;
  const called = (
    await connection.send('script.callFunction', {
      functionDeclaration: `async function (root, arg) { return JSON.stringify((await (${fn.toString()})(root, JSON.parse(arg))) ?? null); }`,
      arguments: [
        sharedId ? { sharedId } : { type: 'null' },
        { type: 'string', value: JSON.stringify(arg ?? null) },
      ],
      target,
      awaitPromise: true,
    })
  ).result as BidiEvaluateResult;
  if (called.type === 'exception') throw new Error(`In the page: ${called.exceptionDetails?.text}`);
  return JSON.parse(String(called.result?.value)) as R;
}
