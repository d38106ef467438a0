/**
 * `npm test`: every check, in order — typecheck, lint, import rules, knowledge-base validation, unit
 * tests, the Chrome and Firefox packages (`npm run zip`), `web-ext lint` on the Firefox package (an
 * error, or a warning from Caveat's own code, fails it: scripts/lint-firefox-package.ts), the quick benchmark, and the
 * end-to-end tests in Chromium, then in Firefox. Every step runs even after a failure, so one run
 * shows every problem; the exit code is non-zero if any step failed. The last line counts unit and
 * end-to-end tests together: `N passed, N failed`, where a test file that fails without a failing
 * test (it throws on import, or its set-up found no browser) counts as one failure, and so does a
 * missing Chromium or a test step that ran no test at all. `npm test -- "unit tests"` runs only the
 * named steps.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { findChromium } from './lib/chromium';
import { countReport, type TestCounts, type VitestJsonReport } from './lib/test-report';

const REPORT_DIR = path.resolve('test-results');

interface Step {
  name: string;
  command: string[];
  /** Vitest JSON report written by this step, counted in the final line. */
  report?: string;
  /** The step needs a Chromium: without one it is not run, and counts as a failure. */
  needsChromium?: boolean;
}

const vitest = (name: string, config: string, report: string): Step => ({
  name,
  command: [
    'npx',
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ],
  report,
});

const STEPS: Step[] = [
  { name: 'prepare', command: ['npx', 'wxt', 'prepare'] },
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'lint', command: ['npx', 'biome', 'check', '.'] },
  { name: 'import rules', command: ['npx', 'tsx', 'scripts/check-imports.ts'] },
  { name: 'kb validate', command: ['npx', 'tsx', 'scripts/kb.ts', 'validate'] },
  vitest('unit tests', 'vitest.config.ts', path.join(REPORT_DIR, 'unit.json')),
  // The store packages, built as `npm run zip` builds them (the builds the later steps run, too).
  { name: 'zip chrome', command: ['npx', 'wxt', 'zip'] },
  { name: 'zip firefox', command: ['npx', 'wxt', 'zip', '-b', 'firefox'] },
  // Fails on any error or on a warning from Caveat's own code or manifest in the Firefox package.
  { name: 'web-ext lint', command: ['npx', 'tsx', 'scripts/lint-firefox-package.ts'] },
  { name: 'bench --quick', command: ['npx', 'tsx', 'bench/run.ts', '--quick'] },
  {
    ...vitest('end-to-end tests', 'vitest.e2e.config.ts', path.join(REPORT_DIR, 'e2e.json')),
    needsChromium: true,
  },
  vitest(
    'end-to-end tests in Firefox',
    'vitest.e2e-firefox.config.ts',
    path.join(REPORT_DIR, 'e2e-firefox.json'),
  ),
];

function run(command: string[]): Promise<number> {
  return new Promise((resolve) => {
    const [program, ...args] = command as [string, ...string[]];
    const child = spawn(program, args, {
      stdio: 'inherit',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    child.on('close', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(127));
  });
}

async function countTests(report: string): Promise<TestCounts | null> {
  try {
    return countReport(JSON.parse(await readFile(report, 'utf8')) as VitestJsonReport);
  } catch {
    return null;
  }
}

/** Why no Chromium can run the end-to-end tests, or null when one is there. */
function missingChromium(): string | null {
  try {
    findChromium();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

await rm(REPORT_DIR, { recursive: true, force: true });
await mkdir(REPORT_DIR, { recursive: true });
const only = process.argv.slice(2);
const unknown = only.filter((name) => !STEPS.some((step) => step.name === name));
if (unknown.length > 0) {
  process.stderr.write(
    `test-all: no step named ${unknown.map((name) => `"${name}"`).join(', ')}; steps: ${STEPS.map((step) => step.name).join(', ')}\n`,
  );
  process.exit(2);
}
const failedSteps: string[] = [];
let passed = 0;
let failed = 0;
for (const step of STEPS) {
  if (only.length > 0 && !only.includes(step.name)) continue;
  const started = Date.now();
  process.stdout.write(`\n=== ${step.name}: ${step.command.join(' ')}\n`);
  const noBrowser = step.needsChromium ? missingChromium() : null;
  if (noBrowser !== null) {
    // Nothing that needs a browser passes without one.
    process.stdout.write(`${noBrowser}\n=== ${step.name}: FAILED (no Chromium)\n`);
    failedSteps.push(step.name);
    failed += 1;
    continue;
  }
  const code = await run(step.command);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`=== ${step.name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${seconds} s\n`);
  if (code !== 0) failedSteps.push(step.name);
  if (step.report) {
    const counts = await countTests(step.report);
    if (!counts) {
      // The runner died before reporting: count the whole step as one failure.
      process.stdout.write(`=== ${step.name}: no test report was written\n`);
      failed += 1;
      if (code === 0) failedSteps.push(step.name);
      continue;
    }
    for (const broken of counts.brokenFiles) {
      process.stdout.write(
        `=== ${step.name}: ${broken.file} failed without running its tests: ${broken.message}\n`,
      );
    }
    passed += counts.passed;
    failed += counts.failed;
    if (counts.passed + counts.failed === 0) {
      process.stdout.write(`=== ${step.name}: no test ran\n`);
      failed += 1;
      if (!failedSteps.includes(step.name)) failedSteps.push(step.name);
    }
  }
}

if (failedSteps.length > 0) process.stdout.write(`\nFailed steps: ${failedSteps.join(', ')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exitCode = failedSteps.length > 0 || failed > 0 ? 1 : 0;
