/**
 * `npm test`: every check, in order — typecheck, lint, import rules, knowledge-base validation,
 * unit tests, the Chrome and Firefox builds, `web-ext lint` on the Firefox build, the quick
 * benchmark, and the end-to-end tests in Chromium, then in Firefox. Every step runs even after a
 * failure, so one run shows every problem; the exit code is non-zero if any step failed. The last
 * line counts unit and end-to-end tests together: `N passed, N failed`.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

const REPORT_DIR = path.resolve('test-results');

interface Step {
  name: string;
  command: string[];
  /** Vitest JSON report written by this step, counted in the final line. */
  report?: string;
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
  { name: 'build chrome', command: ['npx', 'wxt', 'build'] },
  { name: 'build firefox', command: ['npx', 'wxt', 'build', '-b', 'firefox'] },
  {
    name: 'web-ext lint',
    command: [
      'npx',
      'web-ext',
      'lint',
      '--source-dir',
      '.output/firefox-mv2',
      '--self-hosted',
      '--output',
      'text',
    ],
  },
  { name: 'bench --quick', command: ['npx', 'tsx', 'bench/run.ts', '--quick'] },
  vitest('end-to-end tests', 'vitest.e2e.config.ts', path.join(REPORT_DIR, 'e2e.json')),
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

async function countTests(report: string): Promise<{ passed: number; failed: number } | null> {
  try {
    const json = JSON.parse(await readFile(report, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
    };
    return { passed: json.numPassedTests, failed: json.numFailedTests };
  } catch {
    return null;
  }
}

await rm(REPORT_DIR, { recursive: true, force: true });
await mkdir(REPORT_DIR, { recursive: true });
const only = process.argv.slice(2);
const failedSteps: string[] = [];
let passed = 0;
let failed = 0;
for (const step of STEPS) {
  if (only.length > 0 && !only.includes(step.name)) continue;
  const started = Date.now();
  process.stdout.write(`\n=== ${step.name}: ${step.command.join(' ')}\n`);
  const code = await run(step.command);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`=== ${step.name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${seconds} s\n`);
  if (code !== 0) failedSteps.push(step.name);
  if (step.report) {
    const counts = await countTests(step.report);
    if (counts) {
      passed += counts.passed;
      failed += counts.failed;
    } else if (code !== 0) {
      // The runner died before reporting: count the whole step as one failure.
      failed += 1;
    }
  }
}

if (failedSteps.length > 0) process.stdout.write(`\nFailed steps: ${failedSteps.join(', ')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exitCode = failedSteps.length > 0 ? 1 : 0;
