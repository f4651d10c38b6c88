import { buildApp } from './app.js';
import { openReadyDatabase } from './bootstrap.js';
import { loadConfig } from './config.js';
import { assertNoActiveDemoUsers } from './modules/auth/service.js';
import { isDatabaseEmpty, seedDemo } from './modules/demo/service.js';
import { isSupervisedChild, startHeartbeat, supervise } from './watchdog.js';

/** `npm start`: the API (and, from issue #3, the web app) on one port. */
async function main(): Promise<void> {
  const config = loadConfig();
  const handle = await openReadyDatabase({ url: config.DATABASE_URL, dataDir: config.MOTCUA_DATA_DIR });
  if (config.MOTCUA_MODE === 'demo' && (await isDatabaseEmpty(handle.db))) {
    console.log('Cơ sở dữ liệu trống: đang nạp dữ liệu mẫu huyện Đức Thọ…');
    const r = await seedDemo(handle.db, (msg) => console.log(`  ${msg}`));
    console.log(`Đã nạp ${r.procedures} TTHC và ${r.dossiers} hồ sơ mẫu.`);
  }
  if (config.MOTCUA_MODE === 'production') {
    await assertNoActiveDemoUsers(handle.db);
    const anyUser = await handle.db.selectFrom('users').select('id').where('active', '=', true).limit(1).executeTakeFirst();
    if (!anyUser) console.log('Chưa có tài khoản nào: tạo quản trị đầu tiên bằng `npx motcua users add --username … --role system_admin --unit <mã>`.');
  }
  const app = await buildApp({ db: handle.db, config, logger: { level: config.LOG_LEVEL } });
  const shutdown = async () => {
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen({ port: config.PORT, host: config.HOST });
  console.log(`MotCua: http://localhost:${config.PORT}  (API /api, tài liệu OpenAPI /docs, ${handle.kind === 'pglite' ? `PGlite ${config.MOTCUA_DATA_DIR}` : 'PostgreSQL'})`);
}

const embedded = !process.env['DATABASE_URL'] && process.env['MOTCUA_WATCHDOG'] !== '0';
if (embedded && !isSupervisedChild()) {
  supervise(Number(process.env['MOTCUA_WATCHDOG_TIMEOUT_MS'] ?? 60_000));
} else {
  if (isSupervisedChild()) startHeartbeat();
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
