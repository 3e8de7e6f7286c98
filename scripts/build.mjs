// Builds the site into a staging folder and swaps it in only when every step succeeded, so a failed
// build (bad content, a crash) always leaves the previously built site untouched.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.env.WARTA_OUT_DIR ?? 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

/** Processes to stop when a step fails (process.exit skips `finally` blocks). */
const stopOnFailure = [];

function run(label, command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...env },
  });
  if (result.status !== 0) {
    for (const child of stopOnFailure) child.kill();
    rmSync(staging, { recursive: true, force: true });
    console.error(`\n${label} failed; ${path.relative(root, outDir)}/ was left as it was.`);
    process.exit(result.status ?? 1);
  }
}

rmSync(staging, { recursive: true, force: true });
// Share images are drawn beside `astro build` on the cores Astro leaves idle, oldest article first,
// while Astro's endpoints draw them newest first: each card is drawn once, by whichever gets there first.
const helper = spawn(process.execPath, [path.join(root, 'scripts/share-images.mjs'), '--reverse', '--quiet', '--workers', '1'], {
  cwd: root,
  stdio: 'ignore',
  env: process.env,
});
helper.on('error', () => {});
stopOnFailure.push(helper);
// process.execPath is the Node that runs this script: under `npm run` that is the project's Node 24.
run('astro build', process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { WARTA_OUT_DIR: staging });
// Astro has drawn whatever the helper had not reached.
helper.kill();
run('pagefind', process.execPath, [path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', staging, '--quiet']);

rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Built ${path.relative(root, outDir)}/`);
