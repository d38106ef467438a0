import { describe, expect, it } from 'vitest';
import { countReport, type VitestJsonReport } from '../../../scripts/lib/test-report';

// Shapes as Vitest 4 writes them (`--reporter=json`), trimmed to the fields that are counted.
const passingFile = {
  name: '/repo/tests/unit/a.test.ts',
  status: 'passed',
  assertionResults: [{ status: 'passed' }],
};

describe('countReport', () => {
  it('counts passed and failed tests', () => {
    const report: VitestJsonReport = {
      numPassedTests: 3,
      numFailedTests: 1,
      testResults: [
        passingFile,
        {
          name: '/repo/tests/unit/b.test.ts',
          status: 'failed',
          message: '',
          assertionResults: [{ status: 'passed' }, { status: 'passed' }, { status: 'failed' }],
        },
      ],
    };
    expect(countReport(report)).toEqual({ passed: 3, failed: 1, brokenFiles: [] });
  });

  it('counts a file that throws on import as a failure', () => {
    const report: VitestJsonReport = {
      numPassedTests: 1,
      numFailedTests: 0,
      testResults: [
        passingFile,
        {
          name: '/repo/tests/unit/broken.test.ts',
          status: 'failed',
          message: 'broken on import\n    at file.ts:1:7',
          assertionResults: [],
        },
      ],
    };
    expect(countReport(report)).toEqual({
      passed: 1,
      failed: 1,
      brokenFiles: [{ file: '/repo/tests/unit/broken.test.ts', message: 'broken on import' }],
    });
  });

  it('counts a file whose set-up failed (its tests skipped, say for a missing browser) as a failure', () => {
    const report: VitestJsonReport = {
      numPassedTests: 0,
      numFailedTests: 0,
      testResults: [
        {
          name: '/repo/tests/e2e/touch.e2e.ts',
          status: 'failed',
          message: 'No Chromium found.',
          assertionResults: [{ status: 'skipped' }],
        },
      ],
    };
    expect(countReport(report).failed).toBe(1);
  });
});
