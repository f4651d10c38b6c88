import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR, backend } from './helpers.js';

const BIN = fileURLToPath(new URL('../bin/motcua.mjs', import.meta.url));

describe(`motcua CLI (${backend})`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-cli-'));
  const env: NodeJS.ProcessEnv = { ...process.env, MOTCUA_DATA_DIR: join(dir, 'data') };
  delete env['DATABASE_URL'];
  let dbName: string | undefined;

  beforeAll(async () => {
    const server = process.env['TEST_DATABASE_URL'];
    if (server) {
      dbName = `motcua_cli_${process.pid}`;
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${dbName}`);
      await c.query(`CREATE DATABASE ${dbName}`);
      await c.end();
      const url = new URL(server);
      url.pathname = `/${dbName}`;
      env['DATABASE_URL'] = url.toString();
    }
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (dbName) {
      const c = new pg.Client({ connectionString: process.env['TEST_DATABASE_URL'] });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${dbName}`);
      await c.end();
    }
  });

  const motcua = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', cwd: dir, timeout: 120_000 });

  it('deadline --json prints exactly the due instant', () => {
    const r = motcua('deadline', '--received', '2023-01-19T15:00:00+07:00', '--working-days', '2', '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('{"dueAt":"2023-01-30T15:00:00+07:00"}\n');
  });

  it('import reports every bad line as `line N: field: reason`, exits non-zero and writes nothing', () => {
    expect(motcua('import', 'procedures', join(FIXTURE_DIR, 'procedures.jsonl')).status).toBe(0);
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, ['{"code":"A"', JSON.stringify({ code: 'B', unit: '440', procedure: 'none', channel: 'direct', applicant: { name: 'X' }, events: [{ type: 'received', at: '2023-01-01T08:00:00+07:00' }] })].join('\n'));
    const r = motcua('import', 'dossiers', bad);
    expect(r.status).not.toBe(0);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('line '))).toEqual([
      expect.stringMatching(/^line 1: \(json\): invalid JSON/),
      'line 2: procedure: unknown procedure none',
    ]);
  });

  it('imports, counts and exports the fixture', () => {
    const imp = motcua('import', 'dossiers', join(FIXTURE_DIR, 'dossiers.jsonl'));
    expect(imp.status, imp.stderr).toBe(0);
    expect(imp.stdout).toMatch(/2000 created/);
    const again = motcua('import', 'dossiers', join(FIXTURE_DIR, 'dossiers.jsonl'));
    expect(again.stdout).toMatch(/0 created, 2000 unchanged/);
    const stats = motcua('stats', '--unit', '440', '--from', '2022-12-15', '--to', '2023-06-14', '--json');
    expect(stats.status, stats.stderr).toBe(0);
    const body = JSON.parse(stats.stdout);
    expect(Object.keys(body)).toEqual(['unit', 'from', 'to', 'self', 'children', 'byUnit']);
    expect(body).toMatchObject({ unit: '440', from: '2022-12-15', to: '2023-06-14', self: { receivedTotal: 413, ratedDissatisfied: 7 } });
    expect(Object.keys(body.byUnit)).toContain('18229');
    const named = JSON.parse(motcua('stats', '--unit', '440', '--period', '2023-H1', '--json').stdout);
    expect(named.self).toEqual(body.self);
    const out = join(dir, 'export.jsonl');
    const exp = motcua('export', 'dossiers', '--out', out);
    expect(exp.status, exp.stderr).toBe(0);
    expect(exp.stderr).toMatch(/exported 2000 dossiers/);
  });

  it('answers usage errors with exit 64', () => {
    expect(motcua('stats').status).toBe(64);
    expect(motcua('frobnicate').status).toBe(64);
  });
});
