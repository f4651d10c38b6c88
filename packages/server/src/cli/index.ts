import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatNumberVi, STAT_FIELDS } from '@motcua/core';
import { openReadyDatabase } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import type { DatabaseHandle } from '../db/database.js';
import { AppError, formatIssue } from '../errors.js';
import { CreateUserBody } from '../modules/auth/schema.js';
import { SYSTEM } from '../modules/auth/policy.js';
import { createUser, listUsers } from '../modules/auth/service.js';
import { zodIssues } from '../lib/jsonl.js';
import { dueFor } from '../modules/calendar/service.js';
import { seedDemo } from '../modules/demo/service.js';
import { exportDossiers, importDossiersJsonl } from '../modules/dossiers/transfer.js';
import { importProceduresJsonl } from '../modules/procedures/service.js';
import { dossierStats, overdueDossiers } from '../modules/stats/service.js';
import { REPORT_KINDS, type ReportKind } from '../modules/reports/data.js';
import { renderFreshReport } from '../modules/reports/service.js';
import { demoOrganisation, importUnitsJsonl, setupDeployment } from '../modules/units/service.js';

const USAGE = `motcua — công cụ dòng lệnh của MotCua

  motcua deadline --received <ISO> --working-days <n> [--json]
  motcua import units <file.jsonl>        units with validity dates (docs/units-import.md)
  motcua import procedures <file.jsonl>
  motcua import dossiers <file.jsonl>
  motcua export dossiers [--unit <code>] [--out <file>]
  motcua stats --unit <code> (--period 2023-H1 | --from YYYY-MM-DD --to YYYY-MM-DD) [--json]
  motcua overdue --unit <code> [--within-days <n>] [--at <ISO>] [--json]
  motcua report --unit <code> (--period 2023-H1 | --from YYYY-MM-DD --to YYYY-MM-DD) [--kind half]
                --out <file.docx|file.pdf>   the periodic CCHC report from current data (not stored)
  motcua users add --username <u> --full-name <name> --role <role> --unit <code>
                                    password from MOTCUA_PASSWORD or standard input
  motcua users list
  motcua users disable-demo         deactivate the demo accounts (before a production start)
  motcua setup demo                 set up huyện Đức Thọ (440): departments, agency codes
  motcua seed demo                  load the demo district (catalogue + dossiers)
  motcua migrate                    apply migrations and load reference data

Database: DATABASE_URL=postgres://… or PGlite in MOTCUA_DATA_DIR or --data-dir (default ./data).`;

const options = {
  received: { type: 'string' },
  'working-days': { type: 'string' },
  json: { type: 'boolean', default: false },
  unit: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  period: { type: 'string' },
  out: { type: 'string' },
  'within-days': { type: 'string' },
  at: { type: 'string' },
  username: { type: 'string' },
  'full-name': { type: 'string' },
  role: { type: 'string' },
  kind: { type: 'string' },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

class UsageError extends Error {}

/** The report kind a named period implies: 2023-H1 half, 2023-Q2 quarter, 2023-9M nine months, 2023 year; dates custom. */
function reportKindOf(period: string | undefined): string {
  if (!period) return 'custom';
  if (/-H[12]$/.test(period)) return 'half';
  if (/-Q[1-4]$/.test(period)) return 'quarter';
  if (/-9M$/.test(period)) return 'nine_months';
  if (/^\d{4}$/.test(period)) return 'year';
  return 'half';
}

function need<T>(value: T | undefined, flag: string): T {
  if (value === undefined || value === '') throw new UsageError(`missing --${flag}`);
  return value;
}

async function withDb<T>(fn: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const handle = await openReadyDatabase({ url: config.DATABASE_URL, dataDir: config.MOTCUA_DATA_DIR });
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

function readInput(file: string): string {
  return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
}

function progress(label: string) {
  let last = -1;
  return (done: number, total: number, phase: string) => {
    const pct = total ? Math.floor((done * 100) / total) : 100;
    if (pct !== last && (pct % 10 === 0 || done === total)) {
      last = pct;
      process.stderr.write(`${label} ${phase}: ${done}/${total} (${pct}%)\n`);
    }
  };
}

async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  const [command, sub, file] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  if (values['data-dir']) process.env['MOTCUA_DATA_DIR'] = values['data-dir'];
  switch (command) {
    case 'deadline': {
      const days = Number(need(values['working-days'], 'working-days'));
      if (!(days > 0)) throw new UsageError('--working-days must be a positive number');
      const r = await withDb(({ db }) => dueFor(db, need(values.received, 'received'), days));
      console.log(values.json ? JSON.stringify({ dueAt: r.dueAt }) : r.dueAt);
      return;
    }
    case 'import': {
      const path = need(file, 'file');
      if (sub === 'procedures') {
        const r = await withDb(({ db }) => importProceduresJsonl(db, readInput(path)));
        console.log(`procedures: ${r.total} lines, ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged`);
      } else if (sub === 'dossiers') {
        const started = Date.now();
        const r = await withDb(({ db }) => importDossiersJsonl(db, readInput(path), progress('import')));
        console.log(`dossiers: ${r.total} lines, ${r.created} created, ${r.unchanged} unchanged (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      } else if (sub === 'units') {
        const r = await withDb(({ db }) => importUnitsJsonl(db, readInput(path)));
        console.log(`units: ${r.total} lines, ${r.created} created, ${r.updated} updated`);
      } else throw new UsageError('import units|procedures|dossiers <file>');
      return;
    }
    case 'export': {
      if (sub !== 'dossiers') throw new UsageError('export dossiers');
      const out = values.out ? createWriteStream(values.out) : process.stdout;
      const n = await withDb(({ db }) =>
        exportDossiers(db, (line) => (out.write(line) ? undefined : new Promise<void>((r) => out.once('drain', () => r()))), { unit: values.unit }),
      );
      if (values.out) await new Promise<void>((r) => (out as ReturnType<typeof createWriteStream>).end(() => r()));
      process.stderr.write(`exported ${n} dossiers\n`);
      return;
    }
    case 'stats': {
      const r = await withDb(({ db }) =>
        dossierStats(db, { unit: need(values.unit, 'unit'), period: values.period, from: values.from, to: values.to }),
      );
      if (values.json) {
        console.log(JSON.stringify(r));
        return;
      }
      console.log(`Đơn vị ${r.unit}, kỳ ${r.from} → ${r.to}`);
      const rows = [['', 'Tại đơn vị', 'Đơn vị trực thuộc'], ...STAT_FIELDS.map((f) => [f, formatNumberVi(r.self[f]), formatNumberVi(r.children[f])])];
      for (const row of rows) console.log(`${row[0]!.padEnd(22)}${row[1]!.padStart(12)}${row[2]!.padStart(20)}`);
      return;
    }
    case 'overdue': {
      const r = await withDb(({ db }) =>
        overdueDossiers(db, { unit: need(values.unit, 'unit'), withinDays: Number(values['within-days'] ?? 1), at: values.at, limit: 1000 }),
      );
      if (values.json) console.log(JSON.stringify(r));
      else for (const i of r.items) console.log(`${i.code}\t${i.dueAt}\t${i.reason}`);
      return;
    }
    case 'users': {
      if (sub === 'add') {
        const password = process.env['MOTCUA_PASSWORD'] ?? readFileSync(0, 'utf8').replace(/\r?\n$/, '');
        const body = CreateUserBody.safeParse({
          username: need(values.username, 'username'),
          fullName: need(values['full-name'], 'full-name'),
          role: need(values.role, 'role'),
          unit: need(values.unit, 'unit'),
          password,
        });
        if (!body.success) throw AppError.validation(zodIssues(body.error));
        const u = await withDb(({ db }) => createUser(db, SYSTEM, body.data));
        console.log(`created ${u.username} (${u.role}, ${u.unit.code} ${u.unit.name})`);
      } else if (sub === 'list') {
        const list = await withDb(({ db }) => listUsers(db, SYSTEM));
        for (const u of list) console.log(`${u.username}\t${u.role}\t${u.unit.code}\t${u.active ? 'active' : 'disabled'}${u.demo ? '\tdemo' : ''}`);
      } else if (sub === 'disable-demo') {
        const n = await withDb(async ({ db }) => (await db.updateTable('users').set({ active: false }).where('isDemo', '=', true).where('active', '=', true).executeTakeFirst()).numUpdatedRows);
        console.log(`disabled ${n} demo accounts`);
      } else throw new UsageError('users add|list|disable-demo');
      return;
    }
    case 'setup': {
      if (sub !== 'demo') throw new UsageError('setup demo');
      const r = await withDb(({ db }) => setupDeployment(db, demoOrganisation()));
      console.log(`deployment ${r.root}: ${r.departments} departments added`);
      return;
    }
    case 'seed': {
      if (sub !== 'demo') throw new UsageError('seed demo');
      const r = await withDb(({ db }) => seedDemo(db, (m) => process.stderr.write(`${m}\n`)));
      console.log(`demo: ${r.procedures} procedures, ${r.dossiers} dossiers`);
      return;
    }
    case 'report': {
      const out = need(values.out, 'out');
      const format = extname(out).toLowerCase().slice(1);
      if (format !== 'docx' && format !== 'pdf') throw new UsageError('--out must end in .docx or .pdf');
      const kind = values.kind ?? reportKindOf(values.period);
      if (!(REPORT_KINDS as readonly string[]).includes(kind)) throw new UsageError(`--kind must be one of ${REPORT_KINDS.join(', ')}`);
      const content = await withDb(({ db }) =>
        renderFreshReport(db, { unit: need(values.unit, 'unit'), kind: kind as ReportKind, period: values.period, from: values.from, to: values.to }, format),
      );
      writeFileSync(out, content);
      console.log(`wrote ${resolve(out)} (${formatNumberVi(content.length)} bytes)`);
      return;
    }
    case 'migrate': {
      await withDb(async ({ kind }) => console.log(`database ready (${kind})`));
      return;
    }
    default:
      throw new UsageError(`unknown command ${command}`);
  }
}

run(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof AppError) {
    console.error(e.details.issues?.length ? e.details.issues.map(formatIssue).join('\n') : e.message);
    process.exitCode = e.status >= 500 ? 1 : 2;
  } else if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    process.exitCode = 64;
  } else {
    console.error(e instanceof Error ? (process.env['MOTCUA_DEBUG'] ? (e.stack ?? e.message) : e.message) : e);
    process.exitCode = 1;
  }
});

