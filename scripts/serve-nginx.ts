// Serves a built site with Debian's nginx and deploy/nginx.conf exactly as an operator includes it, for the
// end-to-end checks of serving (tests/e2e/serving.spec.ts). Installs nginx with apt when it is missing and
// we are root (CI is), as ensure-chromium.ts does Chromium.
//
// Usage: node scripts/serve-nginx.ts [--port N] [--root DIR] [--access-log FILE]
// The two lines of the block that name the machine (`listen 8080;`, `root /srv/warta;`) are the only ones
// changed; everything else is served as deployed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { aptInstall } from './apt.ts';

const NGINX = '/usr/sbin/nginx';
const root = path.resolve(import.meta.dirname, '..');

/** Debian's nginx, installed when missing (its service is not started). */
function ensureNginx(): void {
  if (existsSync(NGINX)) return;
  if (process.getuid?.() !== 0) {
    console.error('nginx is missing: install it with `sudo apt-get install -y nginx` to run the serving checks.');
    process.exit(1);
  }
  console.log('Installing Debian nginx for the serving checks…');
  aptInstall(['--no-install-recommends', 'nginx']);
}

/** deploy/nginx.conf for this machine: its port and the built site's folder, nothing else changed. */
export function serverBlockFor(port: number, siteDir: string): string {
  const block = readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8');
  const replace = (text: string, line: string, by: string) => {
    if (text.split('\n').filter((l) => l === line).length !== 1)
      throw new Error(`deploy/nginx.conf: expected one "${line}"`);
    return text.replace(`${line}\n`, `${by}\n`);
  };
  return replace(
    replace(block, '  listen 8080;', `  listen 127.0.0.1:${port};`),
    '  root /srv/warta;',
    `  root ${siteDir};`,
  );
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4330' },
      root: { type: 'string', default: process.env.WARTA_OUT_DIR ?? 'dist' },
      'access-log': { type: 'string' },
    },
  });
  const siteDir = path.resolve(root, values.root);
  if (!existsSync(path.join(siteDir, 'index.html'))) {
    console.error(`No built site in ${siteDir}: run \`npm run build\` first.`);
    process.exit(1);
  }
  ensureNginx();
  const work = mkdtempSync(path.join(os.tmpdir(), 'warta-nginx-'));
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(work, dir));
  writeFileSync(path.join(work, 'warta.conf'), serverBlockFor(Number(values.port), siteDir));
  const accessLog = values['access-log'] ? path.resolve(values['access-log']) : 'off';
  if (accessLog !== 'off') mkdirSync(path.dirname(accessLog), { recursive: true });
  // The stock nginx.conf's http block, reduced to what an operator's would have around the included file.
  writeFileSync(
    path.join(work, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      // The master runs as whoever starts it; workers as the same user, so they can read the site.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      `pid ${work}/nginx.pid;`,
      'error_log stderr warn;',
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  sendfile on;',
      `  access_log ${accessLog === 'off' ? 'off' : `${accessLog} combined`};`,
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (dir) => `  ${dir === 'body' ? 'client_body' : dir}_temp_path ${work}/${dir};`,
      ),
      `  include ${work}/warta.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const nginx = spawn(NGINX, ['-e', 'stderr', '-p', work, '-c', path.join(work, 'nginx.conf')], { stdio: 'inherit' });
  const stop = () => nginx.kill('SIGQUIT');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop);
  nginx.on('exit', (code) => {
    rmSync(work, { recursive: true, force: true });
    process.exit(code ?? 0);
  });
  console.log(`nginx serves ${path.relative(root, siteDir) || '.'}/ at http://127.0.0.1:${values.port}/`);
}
