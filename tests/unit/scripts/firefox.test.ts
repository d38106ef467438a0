import { chmod, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findFirefox, isSnapFirefox } from '../../../scripts/lib/firefox';

describe('finding a Firefox for the end-to-end tests', () => {
  const saved = { FIREFOX_PATH: process.env.FIREFOX_PATH };
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('uses FIREFOX_PATH first when it names a file', () => {
    process.env.FIREFOX_PATH = process.execPath;
    expect(findFirefox()).toBe(process.execPath);
  });

  it('fails, saying how to install Firefox, when FIREFOX_PATH names nothing', () => {
    process.env.FIREFOX_PATH = '/no/such/firefox';
    expect(() => findFirefox()).toThrow(
      /FIREFOX_PATH is set to \/no\/such\/firefox.*apt-get install -y firefox-esr/,
    );
  });
});

describe('recognising the snap Firefox, whose /tmp is not the host one', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'caveat-firefox-test-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('recognises the /usr/bin/firefox script that starts the snap', async () => {
    const wrapper = path.join(dir, 'firefox-wrapper');
    await writeFile(wrapper, '#!/bin/sh\nexec /snap/bin/firefox "$@"\n');
    await chmod(wrapper, 0o755);
    expect(isSnapFirefox(wrapper)).toBe(true);
  });

  it('does not mistake a real binary, or a link to one, for the snap', async () => {
    const link = path.join(dir, 'firefox-link');
    await symlink(process.execPath, link);
    expect(isSnapFirefox(process.execPath)).toBe(false);
    expect(isSnapFirefox(link)).toBe(false);
    expect(isSnapFirefox(path.join(dir, 'missing'))).toBe(false);
  });
});
