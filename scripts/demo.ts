/**
 * `npm run demo`: builds Caveat, serves the bundled demo article from 127.0.0.1 and opens Chromium
 * with the extension loaded on it. Close the browser (or press Ctrl+C) to stop.
 *
 * `npm run demo -- --screenshot DIR` runs headless instead and writes PNGs of the article with
 * Caveat at work, an open card, the popup and the options page. Without a display, the demo does
 * this by itself (into out/demo) and says so.
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, waitInClosedShadowRoot } from './lib/chromium';
import { startStaticServer } from './lib/static-server';

const EXTENSION_PATH = path.resolve('.output/chrome-mv3');
const ARTICLE = '/demo/article.html';

function parseArgs(argv: string[]): { screenshotDir?: string } {
  const index = argv.indexOf('--screenshot');
  if (index === -1) {
    const unknown = argv.find((arg) => arg.startsWith('-'));
    if (unknown) throw new Error(`unknown option ${unknown}; usage: npm run demo [-- --screenshot DIR]`);
    return {};
  }
  const dir = argv[index + 1];
  if (!dir || dir.startsWith('-')) throw new Error('--screenshot needs a folder, e.g. --screenshot out/');
  return { screenshotDir: path.resolve(dir) };
}

async function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let total = 0;
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith('caveat-') && name !== 'caveat-active') total += highlight.size;
    }
    return total;
  });
}

async function screenshots(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const server = await startStaticServer({ '/demo/': 'demo' });
  const browser = await launchChromium({
    extensionPath: EXTENSION_PATH,
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}${ARTICLE}`);
    await page.waitForFunction(() =>
      [...CSS.highlights].some(
        ([name, highlight]) => name.startsWith('caveat-underline-') && highlight.size > 0,
      ),
    );
    await page.waitForTimeout(300);
    const files: string[] = [];
    const shot = async (target: Page, name: string) => {
      const file = path.join(dir, name);
      await target.screenshot({ path: file });
      files.push(file);
    };
    await shot(page, '1-article.png');

    // Hover the "DeepSeek" of the paragraph about the $5.6 million figure and wait for the card:
    // the one whose sentence repeats the rated claim (its verdict mark) when there is one.
    const point = await page.evaluate(() => {
      const highlights = [...CSS.highlights].sort(
        ([a], [b]) => Number(!a.startsWith('caveat-verdict-')) - Number(!b.startsWith('caveat-verdict-')),
      );
      for (const [name, highlight] of highlights) {
        // Slot 0: the first topic of the knowledge base, DeepSeek (page/highlights.css), plain or
        // marked with the verdict of a claim its sentence repeats.
        if (name !== 'caveat-underline-0' && !/^caveat-verdict-[a-z-]+-0$/.test(name)) continue;
        for (const abstract of highlight) {
          const range = document.createRange();
          range.setStart(abstract.startContainer, abstract.startOffset);
          range.setEnd(abstract.endContainer, abstract.endOffset);
          const paragraph = range.startContainer.parentElement?.closest('p');
          if (range.toString() !== 'DeepSeek' || !paragraph?.textContent?.includes('$5.6 million')) continue;
          window.scrollBy(0, paragraph.getBoundingClientRect().top - 120);
          const rect = range.getClientRects()[0];
          if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    });
    if (!point) throw new Error('The demo article shows no DeepSeek mention: Caveat did not run.');
    await page.mouse.move(point.x, point.y, { steps: 5 });
    // The card lives in a closed shadow root, out of the page's reach: look in as DevTools does.
    await waitInClosedShadowRoot(page, 'caveat-card', (root) => {
      const dialog = root?.querySelector('[role="dialog"]');
      return !!dialog && dialog.getBoundingClientRect().height > 0;
    });
    await page.waitForTimeout(200);
    await shot(page, '2-card.png');

    // The popup, pointed at the article: it asks the active tab, so make the article active again.
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.bringToFront();
    await popup.reload();
    await popup
      .getByText(/on this page/i)
      .first()
      .waitFor();
    await popup.waitForTimeout(400);
    await shot(popup, '3-popup.png');

    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 900, height: 1000 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForTimeout(400);
    await shot(options, '4-options.png');

    console.log(`Caveat highlighted ${await highlightCount(page)} mentions on the demo article.`);
    for (const file of files) console.log(`wrote ${path.relative(process.cwd(), file)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function interactive(): Promise<void> {
  const server = await startStaticServer({ '/demo/': 'demo' }, 5317).catch(() =>
    startStaticServer({ '/demo/': 'demo' }),
  );
  const browser = await launchChromium({
    extensionPath: EXTENSION_PATH,
    headless: false,
    viewport: { width: 1280, height: 860 },
  });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${server.origin}${ARTICLE}`);
  console.log(
    `Caveat is running on ${server.origin}${ARTICLE}. Hover an underlined name; close the browser to stop.`,
  );
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  await server.close();
}

let screenshotDir: string | undefined;
try {
  ({ screenshotDir } = parseArgs(process.argv.slice(2)));
} catch (error) {
  console.error(`demo: ${(error as Error).message}`);
  process.exit(2);
}
console.log('Building Caveat…');
const build = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) {
  console.error('The build failed; run `npx wxt build` to see why.');
  process.exit(1);
}
try {
  if (screenshotDir) {
    await screenshots(screenshotDir);
  } else if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('No display found, so the demo runs headless and saves screenshots to out/demo instead.');
    await screenshots(path.resolve('out/demo'));
  } else {
    await interactive();
  }
} catch (error) {
  // For example no Chromium: the message says how to install one.
  console.error(`demo: ${(error as Error).message}`);
  process.exit(1);
}
