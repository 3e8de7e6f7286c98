// Builds the site into a staging folder and swaps it in only when every step succeeded, so a failed
// build (bad content, a crash) always leaves the previously built site untouched.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.env.WARTA_OUT_DIR ?? 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

function run(label, command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...env },
  });
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`\n${label} failed; ${path.relative(root, outDir)}/ was left as it was.`);
    process.exit(result.status ?? 1);
  }
}

rmSync(staging, { recursive: true, force: true });
// process.execPath is the Node that runs this script: under `npm run` that is the project's Node 24.
run('astro build', process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { WARTA_OUT_DIR: staging });
run('pagefind', process.execPath, [path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', staging, '--quiet']);

rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Built ${path.relative(root, outDir)}/`);
