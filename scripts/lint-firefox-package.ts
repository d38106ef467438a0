/**
 * `web-ext lint` on the Firefox package that `npm run zip` made (.output/caveat-<version>-firefox.zip),
 * unpacked as addons.mozilla.org receives it. Fails (exit 1) on any error and on any warning that
 * is not one of the few a bundled library causes (scripts/lib/firefox-lint.ts), and when the
 * Chrome package or the Firefox sources are missing. Prints every message and web-ext's summary.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { classify, describe, failures, type LintReport, readZip } from './lib/firefox-lint';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const packages = {
  chrome: `.output/caveat-${version}-chrome.zip`,
  firefox: `.output/caveat-${version}-firefox.zip`,
  sources: `.output/caveat-${version}-sources.zip`,
};
const missing = Object.values(packages).filter((file) => !existsSync(file));
if (missing.length > 0) {
  process.stderr.write(`lint-firefox-package: missing ${missing.join(', ')}; run \`npm run zip\` first\n`);
  process.exit(1);
}

const dir = mkdtempSync(path.join(tmpdir(), 'caveat-firefox-'));
try {
  const files = readZip(readFileSync(packages.firefox));
  for (const [name, content] of files) {
    const target = path.join(dir, name);
    if (!target.startsWith(dir + path.sep)) throw new Error(`${name}: outside the package`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  const linted = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let report: LintReport;
  try {
    report = JSON.parse(linted.stdout) as LintReport;
  } catch {
    process.stderr.write(`web-ext lint gave no report (exit ${linted.status}):\n${linted.stderr}\n`);
    process.exit(1);
  }
  const verdicts = classify(report, (file) => files.get(file)?.toString('utf8'));
  for (const verdict of verdicts) process.stdout.write(`${describe(verdict)}\n`);
  for (const notice of report.notices) process.stdout.write(`notice ${notice.code} ${notice.message}\n`);
  const { errors, warnings, notices } = report.summary;
  const failed = failures(verdicts);
  process.stdout.write(
    `web-ext lint ${packages.firefox}: ${errors} errors, ${warnings} warnings, ${notices} notices; ` +
      `${failed.length} from Caveat, ${verdicts.length - failed.length} from bundled libraries\n`,
  );
  process.exitCode = failed.length > 0 ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
