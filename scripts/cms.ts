// `npm run cms`: what an editor needs to edit locally (docs/editors.md): the site built (with /admin/,
// the CMS), served on localhost, where the browser lets the CMS open the checkout's folder.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { cms } from '../src/i18n/id.ts';

const root = path.resolve(import.meta.dirname, '..');
const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.ts')], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const port = process.env.PORT ?? '4321';
process.env.PORT = port;
process.env.HOST ??= 'localhost';
const admin = `http://localhost:${port}${(process.env.WARTA_BASE ?? '/').replace(/\/?$/, '/')}admin/`;
console.log(`\n${cms.localHelp(admin, root)}\n`);
await import('./serve.ts');
