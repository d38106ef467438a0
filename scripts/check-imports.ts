/**
 * Checks the import rules of `.dependency-cruiser.cjs` (layers point one way; no cycles) with
 * dependency-cruiser's API: one line per broken rule, exit 1 on any. `npm test` runs it.
 */
import { createRequire } from 'node:module';
import { cruise, type IConfiguration } from 'dependency-cruiser';

const require = createRequire(import.meta.url);
const config = require('../.dependency-cruiser.cjs') as IConfiguration;
const LAYERS = ['lib', 'page', 'platform', 'components', 'entrypoints', 'data'];

const result = await cruise(LAYERS, {
  ...config.options,
  validate: true,
  ruleSet: { forbidden: config.forbidden ?? [] },
});
if (typeof result.output === 'string') throw new Error('dependency-cruiser returned text, not a report');
const violations = result.output.summary.violations;
for (const violation of violations) {
  const via = violation.cycle ? ` (cycle: ${violation.cycle.map((step) => step.name).join(' → ')})` : '';
  process.stdout.write(`${violation.from} → ${violation.to}: ${violation.rule.name}${via}\n`);
}
process.stdout.write(
  `${result.output.summary.totalCruised} modules checked, ${violations.length} import rule${violations.length === 1 ? '' : 's'} broken\n`,
);
process.exitCode = violations.length > 0 ? 1 : 0;
