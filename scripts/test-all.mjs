#!/usr/bin/env node
// Runs the test suites with Vitest and ends with the totals line `N passed, N failed` that CI
// reads. `--data-only` runs only the suites that touch the database (CI's PostgreSQL pass);
// `--label NAME` names the results file in test-results/ that .ci/run adds up.
import { spawnSync } from 'node:child_process';
import { mkdirSync, existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { 'data-only': { type: 'boolean', default: false }, label: { type: 'string', default: 'pglite' } },
  allowPositionals: true,
});
mkdirSync('test-results', { recursive: true });
const out = `test-results/${values.label}.json`;
if (existsSync(out)) rmSync(out);
// The browser journeys run against the built web app.
spawnSync(process.execPath, ['scripts/build-web.mjs'], { stdio: 'inherit' });
const targets = values['data-only'] ? ['packages/server', 'e2e'] : [];
const run = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', ...targets, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
  { stdio: 'inherit' },
);
// The totals line (a suite that fails to load counts as one failure).
const totals = spawnSync(process.execPath, ['scripts/test-totals.mjs', values.label], { encoding: 'utf8' });
process.stdout.write(totals.stdout.split('\n').slice(1).join('\n'));
process.exitCode = run.status === 0 && totals.status === 0 ? 0 : 1;
