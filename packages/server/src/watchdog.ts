import { fork, type ChildProcess } from 'node:child_process';

/**
 * PGlite runs inside the server process, and a query stuck in its WASM engine blocks the event
 * loop for good (stack-notes.md §3). In embedded mode `npm start` therefore runs the server as a
 * child process that sends a heartbeat every 2 s; when the heartbeats stop for `timeoutMs`, the
 * supervisor kills it and starts it again (the data directory lock of a dead process is taken over).
 */
export const HEARTBEAT_MS = 2_000;

export function isSupervisedChild(): boolean {
  return process.env['MOTCUA_SUPERVISED'] === '1' && typeof process.send === 'function';
}

export function startHeartbeat(): void {
  setInterval(() => process.send?.('alive'), HEARTBEAT_MS).unref();
}

export function supervise(timeoutMs = 60_000): void {
  let child: ChildProcess | undefined;
  let stopping = false;
  let restarts = 0;
  const start = () => {
    let last = Date.now();
    const c = fork(process.argv[1]!, process.argv.slice(2), {
      execArgv: process.execArgv,
      env: { ...process.env, MOTCUA_SUPERVISED: '1' },
      stdio: 'inherit',
    });
    child = c;
    c.on('message', () => (last = Date.now()));
    const timer = setInterval(() => {
      if (Date.now() - last > timeoutMs) {
        console.error(`MotCua: máy chủ không phản hồi ${Math.round(timeoutMs / 1000)} giây (truy vấn PGlite bị treo?), khởi động lại.`);
        c.kill('SIGKILL');
      }
    }, HEARTBEAT_MS);
    c.on('exit', (code, signal) => {
      clearInterval(timer);
      if (stopping || (code !== null && signal === null)) {
        process.exit(code ?? 0);
      }
      restarts++;
      if (restarts > 5) {
        console.error('MotCua: khởi động lại quá 5 lần, dừng.');
        process.exit(1);
      }
      start();
    });
  };
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      stopping = true;
      child?.kill(sig);
    });
  }
  start();
}
