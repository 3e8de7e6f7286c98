// `npm start`: build the site with the current content, then serve it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const here = import.meta.dirname;
const build = spawnSync(process.execPath, [path.join(here, 'build.ts')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
await import('./serve.ts');
