/**
 * Benchmark: generate 100 000 dossiers, import them through the real import path, and time the
 * H1 statistics for the district (self + 16 communes) on PGlite and on PostgreSQL, side by side
 * in one run. Run with `npm run bench` (starts a throwaway PostgreSQL: scripts/with-postgres.sh).
 * Appends the result to bench/RESULTS.md. BENCH_DOSSIERS overrides the count.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkCalendar, addDays, computeDue, formatInstant, localMidnight } from '@motcua/core';
import pg from 'pg';
import { openReadyDatabase } from '../packages/server/src/bootstrap.js';
import type { DatabaseHandle } from '../packages/server/src/db/database.js';
import { importDossiersJsonl } from '../packages/server/src/modules/dossiers/transfer.js';
import { importProceduresJsonl } from '../packages/server/src/modules/procedures/service.js';
import { dossierStats } from '../packages/server/src/modules/stats/service.js';

const COUNT = Number(process.env['BENCH_DOSSIERS'] ?? 100_000);
const UNITS = ['440', '18229', '18235', '18241', '18244', '18247', '18253', '18259', '18262', '18274', '18277', '18280', '18283', '18298', '18304', '18307', '18310'];
const procedures = readFileSync(new URL('../test-fixtures/stats-public/procedures.jsonl', import.meta.url), 'utf8');
const procList = procedures.trim().split('\n').map((l) => JSON.parse(l) as { code: string; workingDays: number; onlineLevel: string });

/** Deterministic synthetic history, 01/10/2022 – 30/06/2023. */
function generate(n: number): string {
  const calendar = WorkCalendar.official();
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const days: string[] = [];
  for (let d = '2022-10-01'; d <= '2023-06-30'; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) days.push(d);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const unit = UNITS[i % UNITS.length]!;
    const p = procList[Math.floor(rand() * procList.length)]!;
    const day = days[Math.floor(rand() * days.length)]!;
    const received = localMidnight(day) + (7 * 60 + Math.floor(rand() * 540)) * 60_000;
    const channel = p.onlineLevel === 'full' && rand() < 0.6 ? 'online' : rand() < 0.1 ? 'postal' : 'direct';
    const events: Array<Record<string, string>> = [];
    if (channel !== 'direct') events.push({ type: 'submitted', at: formatInstant(received - 3_600_000) });
    events.push({ type: 'received', at: formatInstant(received) });
    let t = received;
    const r = rand();
    if (r < 0.08) {
      events.push({ type: 'supplement_requested', at: formatInstant((t += 3_600_000)), reason: 'Thiếu giấy tờ' });
      if (rand() < 0.7) events.push({ type: 'supplement_received', at: formatInstant((t += 2 * 86_400_000)) });
    }
    const open = events[events.length - 1]!.type === 'supplement_requested';
    if (!open && r < 0.97) {
      const due = computeDue(calendar, received, p.workingDays)!;
      const done = Math.max(t + 60_000, due - Math.floor(rand() * 1.2 * (due - received)) + (rand() < 0.03 ? 86_400_000 : 0));
      if (r < 0.95) {
        events.push({ type: 'resolved', at: formatInstant(done) });
        events.push({ type: 'result_returned', at: formatInstant(done + 3_600_000), via: rand() < 0.1 ? 'postal' : 'counter' });
        if (rand() < 0.4) events.push({ type: 'rated', at: formatInstant(done + 7_200_000), level: rand() < 0.9 ? 'very_satisfied' : 'satisfied' });
      } else events.push({ type: 'rejected', at: formatInstant(done), reason: 'Không đủ điều kiện' });
    }
    lines.push(JSON.stringify({ code: `BENCH-${unit}-${i}`, unit, procedure: p.code, channel, applicant: { name: 'Nguyễn Văn A' }, events }));
  }
  return lines.join('\n');
}

async function measure(label: string, handle: DatabaseHandle, data: string) {
  await importProceduresJsonl(handle.db, procedures);
  const t0 = performance.now();
  const imported = await importDossiersJsonl(handle.db, data);
  const importMs = performance.now() - t0;
  const times: number[] = [];
  let self = 0;
  for (let i = 0; i < 6; i++) {
    const s = performance.now();
    const r = await dossierStats(handle.db, { unit: '440', period: '2023-H1' });
    times.push(performance.now() - s);
    self = r.self.receivedTotal + r.children.receivedTotal;
  }
  times.shift(); // warm-up
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`${label}: import ${imported.created} in ${(importMs / 1000).toFixed(1)} s; H1 stats median ${median.toFixed(0)} ms (runs ${times.map((x) => x.toFixed(0)).join('/')}); counted ${self}`);
  return { importMs, median, counted: self };
}

async function main() {
  const serverUrl = process.env['PG_URL'];
  if (!serverUrl) throw new Error('PG_URL is not set: run through `npm run bench` (scripts/with-postgres.sh)');
  const g0 = performance.now();
  const data = generate(COUNT);
  console.log(`generated ${COUNT} dossiers in ${((performance.now() - g0) / 1000).toFixed(1)} s`);

  const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-'));
  const lite = await openReadyDatabase({ dataDir: join(dir, 'pglite') });
  const a = await measure('PGlite    ', lite, data);
  await lite.close();
  rmSync(dir, { recursive: true, force: true });

  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS motcua_bench');
  await admin.query('CREATE DATABASE motcua_bench');
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = '/motcua_bench';
  const server = await openReadyDatabase({ url: url.toString() });
  const b = await measure('PostgreSQL', server, data);
  await server.close();

  if (a.counted !== b.counted) throw new Error(`back ends disagree: ${a.counted} vs ${b.counted}`);
  const ratio = (x: number, y: number) => (x / y).toFixed(2);
  console.log(`ratio PGlite/PostgreSQL: import ${ratio(a.importMs, b.importMs)}×, H1 stats ${ratio(a.median, b.median)}×`);
  console.log(`targets: stats < 1000 ms on PGlite (${a.median < 1000 ? 'met' : 'MISSED'}), < 200 ms on PostgreSQL (${b.median < 200 ? 'met' : 'MISSED'})`);
  const row = `| ${new Date().toISOString().slice(0, 16).replace('T', ' ')} | ${COUNT} | ${(a.importMs / 1000).toFixed(1)} s | ${(b.importMs / 1000).toFixed(1)} s | ${ratio(a.importMs, b.importMs)}× | ${a.median.toFixed(0)} ms | ${b.median.toFixed(0)} ms | ${ratio(a.median, b.median)}× |\n`;
  appendFileSync(new URL('./RESULTS.md', import.meta.url), row);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
