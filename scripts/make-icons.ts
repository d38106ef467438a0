/**
 * Renders public/icon/icon.svg to the PNG sizes the manifest lists, in headless Chromium.
 * Run after changing the SVG: `npx tsx scripts/make-icons.ts`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { ICON_SIZES } from './build/icons';
import { launchChromium } from './lib/chromium';

const svg = await readFile('public/icon/icon.svg', 'utf8');
const browser = await launchChromium();
try {
  const page = await browser.context.newPage();
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await writeFile(`public/icon/${size}.png`, await page.screenshot({ omitBackground: true }));
  }
} finally {
  await browser.close();
}
