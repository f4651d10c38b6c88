#!/usr/bin/env node
// Builds the web app before `npm start` when its sources are newer than the last build, so a
// fresh clone serves the UI with no extra step and a restart does not rebuild for nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const web = 'packages/web';
if (!existsSync(join(web, 'index.html')) && !existsSync(join(web, 'src'))) process.exit(0);
const newest = (dir) => {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
};
const built = join(web, 'dist', 'index.html');
const sources = Math.max(newest(join(web, 'src')), ...['index.html', 'vite.config.ts', 'package.json'].filter((f) => existsSync(join(web, f))).map((f) => statSync(join(web, f)).mtimeMs));
if (existsSync(built) && statSync(built).mtimeMs >= sources) process.exit(0);
console.log('Đang dựng giao diện web (vite build)…');
const r = spawnSync('npm', ['run', '-s', 'build', '-w', '@motcua/web'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
