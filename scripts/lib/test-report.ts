/**
 * Reads a Vitest JSON report into the counts `npm test` prints. A test file that fails without a
 * failing test (it throws on import, or a `beforeAll` throws so its tests are skipped — a missing
 * browser, say) counts as one failure: it never reads as "0 failed".
 */

/** The part of Vitest's JSON report that is counted. */
export interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults?: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { status: string }[];
  }[];
}

export interface TestCounts {
  passed: number;
  failed: number;
  /** Files that failed without a failing test, each with the reason Vitest gave. */
  brokenFiles: { file: string; message: string }[];
}

export function countReport(report: VitestJsonReport): TestCounts {
  const brokenFiles = (report.testResults ?? [])
    .filter(
      (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
    )
    .map((file) => ({ file: file.name, message: (file.message ?? '').split('\n')[0] ?? '' }));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles.length,
    brokenFiles,
  };
}
