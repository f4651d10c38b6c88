#!/usr/bin/env node
// Adds up the results files of scripts/test-all.mjs (test-results/<label>.json) and prints the
// totals line CI reads, `N passed, N failed`, last. A missing results file counts as a failure.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const label of process.argv.slice(2)) {
  const file = `test-results/${label}.json`;
  if (!existsSync(file)) {
    console.log(`${label}: no results`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const broken = r.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
  console.log(`${label}: ${r.numPassedTests} passed, ${r.numFailedTests + broken} failed`);
  passed += r.numPassedTests;
  failed += r.numFailedTests + broken;
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
