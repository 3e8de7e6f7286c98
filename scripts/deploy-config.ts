// Writes deploy/nginx.conf and public/_headers from the serving table (src/build/serving.ts), so the two
// hosts' headers never drift apart. `--check` writes nothing and exits 1 when either file is out of date.
//
// Usage: node scripts/deploy-config.ts [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { headersFile, nginxServer } from '../src/build/serving.ts';

const root = path.resolve(import.meta.dirname, '..');
export const DEPLOY_FILES: Readonly<Record<string, () => string>> = {
  'deploy/nginx.conf': nginxServer,
  'public/_headers': headersFile,
};

if (import.meta.main) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, render] of Object.entries(DEPLOY_FILES)) {
    const target = path.join(root, file);
    const wanted = render();
    const current = (() => {
      try {
        return readFileSync(target, 'utf8');
      } catch {
        return undefined;
      }
    })();
    if (current === wanted) continue;
    if (check) {
      console.error(`${file} is out of date: run \`npm run deploy-config\``);
      stale++;
    } else {
      writeFileSync(target, wanted);
      console.log(`wrote ${file}`);
    }
  }
  process.exitCode = stale > 0 ? 1 : 0;
}
