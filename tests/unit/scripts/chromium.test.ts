import { afterEach, describe, expect, it } from 'vitest';
import { findChromium } from '../../../scripts/lib/chromium';

describe('finding a browser for the demo, the end-to-end tests and the benchmark', () => {
  const saved = process.env.CHROME_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = saved;
  });

  it('uses CHROME_PATH first when it names a file', () => {
    process.env.CHROME_PATH = process.execPath;
    expect(findChromium()).toBe(process.execPath);
  });

  it('fails, saying how to install Chromium, when CHROME_PATH names nothing', () => {
    process.env.CHROME_PATH = '/no/such/chromium';
    expect(() => findChromium()).toThrow(
      /CHROME_PATH is set to \/no\/such\/chromium.*apt-get install -y chromium/,
    );
  });
});
