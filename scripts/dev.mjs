#!/usr/bin/env node
// `npm run dev`: the API with reload (tsx watch, port 3000) and the web app with hot module
// reload (Vite, port 5173, proxying /api and /docs to the API). Ctrl+C stops both.
import { spawn } from 'node:child_process';

const children = [
  spawn('npx', ['tsx', 'watch', 'packages/server/src/main.ts'], { stdio: 'inherit', env: { ...process.env, MOTCUA_WATCHDOG: '0' } }),
  spawn('npm', ['run', 'dev', '-w', '@motcua/web'], { stdio: 'inherit' }),
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', (code) => {
  stop();
  process.exitCode = code ?? 0;
});
console.log('MotCua dev: API http://localhost:3000 · web http://localhost:5173');
