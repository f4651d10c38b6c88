#!/usr/bin/env node
// Runs the test suites with Vitest and ends with the totals line `N passed, N failed` that CI
// reads. `--data-only` runs only the suites that touch the database (CI's PostgreSQL pass);
// `--label NAME` names the results file in test-results/ that .ci/run adds up.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { 'data-only': { type: 'boolean', default: false }, label: { type: 'string', default: 'pglite' } },
  allowPositionals: true,
});
mkdirSync('test-results', { recursive: true });
const out = `test-results/${values.label}.json`;
if (existsSync(out)) rmSync(out);
const targets = values['data-only'] ? ['packages/server'] : [];
const run = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', ...targets, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
  { stdio: 'inherit' },
);
let passed = 0;
let failed = 0;
if (existsSync(out)) {
  const r = JSON.parse(readFileSync(out, 'utf8'));
  passed = r.numPassedTests;
  // A suite that fails to load has no tests to count: count it as one failure.
  failed = r.numFailedTests + r.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
} else {
  failed = 1;
}
console.log(`${values.label}: ${passed} passed, ${failed} failed`);
process.exitCode = run.status === 0 && failed === 0 ? 0 : 1;
