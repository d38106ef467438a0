/**
 * Finds a Chromium to run the built extension in, and launches it with the extension loaded.
 * Shared by the demo, the end-to-end tests and the benchmark, so all three see the same browser.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';

const CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/google-chrome',
  'google-chrome',
];

export const NO_BROWSER_MESSAGE =
  'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get update && sudo apt-get install -y chromium`) ' +
  'or point CHROME_PATH at a Chromium or Chrome binary.';

/** Searches PATH for a bare command name. */
function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * The browser, in this order: `CHROME_PATH`, `/usr/lib/chromium/chromium` (skips Debian's wrapper
 * script), `/usr/bin/chromium`, `google-chrome`. Throws with install instructions when none exists:
 * nothing that needs a browser is ever skipped silently.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist. ${NO_BROWSER_MESSAGE}`);
  }
  for (const candidate of CANDIDATES) {
    const found = candidate.includes('/')
      ? existsSync(candidate)
        ? candidate
        : undefined
      : onPath(candidate);
    if (found) return found;
  }
  throw new Error(NO_BROWSER_MESSAGE);
}

/** Flags that keep Chromium quiet and offline on a machine with no network and no display. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--no-default-browser-check',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Path of an unpacked extension (e.g. `.output/chrome-mv3`); omit for a plain browser. */
  extensionPath?: string;
  headless?: boolean;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Emulate a touch screen (taps instead of a mouse). */
  hasTouch?: boolean;
  /**
   * The browser's UI language (BCP 47, e.g. "zh-CN"), which picks the extension's messages. On Linux
   * Chromium reads it from LANGUAGE; `--lang` sets it elsewhere. Needs the locale's .pak
   * (Debian: chromium-l10n).
   */
  uiLanguage?: string;
}

/** Launches Chromium with a fresh profile and, if given, the unpacked extension loaded. */
export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'caveat-profile-'));
  const extensionArgs = options.extensionPath
    ? [
        `--disable-extensions-except=${path.resolve(options.extensionPath)}`,
        `--load-extension=${path.resolve(options.extensionPath)}`,
      ]
    : [];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    args: [...QUIET_FLAGS, ...extensionArgs, ...(options.uiLanguage ? [`--lang=${options.uiLanguage}`] : [])],
    ...(options.uiLanguage
      ? {
          env: {
            ...process.env,
            LANGUAGE: options.uiLanguage.replace('-', '_'),
            LANG: `${options.uiLanguage.replace('-', '_')}.UTF-8`,
          },
        }
      : {}),
    ignoreDefaultArgs: options.extensionPath ? ['--disable-extensions'] : [],
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    hasTouch: options.hasTouch ?? false,
  });
  let extensionId = '';
  if (options.extensionPath) {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** One DevTools session per page, opened on first use. */
const devtoolsSessions = new WeakMap<Page, CDPSession>();

/**
 * Runs `fn(root, arg)` in `page` with the closed shadow root of the first element matching
 * `hostSelector` (`null` when there is no such element yet), and returns its result. A page script
 * cannot reach a closed shadow root; the DevTools protocol can (it pierces shadow roots, as the
 * Elements panel does), so the demo, the benchmark and the tests read Caveat's card this way.
 * `fn` is sent as source text and must be self-contained; its result must be JSON-serialisable.
 */
export async function inClosedShadowRoot<A, R>(
  page: Page,
  hostSelector: string,
  fn: (root: ShadowRoot | null, arg: A) => R | Promise<R>,
  arg?: A,
): Promise<R> {
  let session = devtoolsSessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    devtoolsSessions.set(page, session);
  }
  const { root } = await session.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: hostSelector });
  // `this` is the shadow root, or the page's document when there is none (then `fn` gets null).
  let objectId: string | undefined;
  let isRoot = false;
  if (nodeId) {
    const { node } = await session.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (shadow) {
      const { object } = await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      objectId = object.objectId;
      isRoot = true;
    }
  }
  if (!objectId)
    objectId = (await session.send('Runtime.evaluate', { expression: 'document' })).result.objectId;
  if (!objectId) throw new Error('The page has no document');
  const { result, exceptionDetails } = await session.send('Runtime.callFunctionOn', {
    objectId,
    functionDeclaration: `function (arg) { return (${fn.toString()})(${isRoot ? 'this' : 'null'}, arg); }`,
    arguments: [{ value: arg ?? null }],
    returnByValue: true,
    awaitPromise: true,
  });
  await session.send('Runtime.releaseObject', { objectId }).catch(() => undefined);
  if (exceptionDetails) {
    throw new Error(`In the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  }
  return result.value as R;
}

/** Calls `inClosedShadowRoot` every 20 ms until `fn` returns true; throws after `timeoutMs`. */
export async function waitInClosedShadowRoot<A>(
  page: Page,
  hostSelector: string,
  fn: (root: ShadowRoot | null, arg: A) => boolean,
  arg?: A,
  timeoutMs = 10_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await inClosedShadowRoot(page, hostSelector, fn, arg))) {
    if (Date.now() > until) throw new Error(`Gave up waiting inside <${hostSelector}> after ${timeoutMs} ms`);
    await page.waitForTimeout(20);
  }
}
