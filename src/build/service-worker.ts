import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { linkedHrefs } from '../core/html-text.ts';
import { t } from '../i18n/id.ts';
import { cacheFirstPatterns } from './serving.ts';

/**
 * Writes `sw.js`, the service worker (src/browser/worker/service-worker.ts, docs/offline.md), into a built
 * site, after Astro has written its pages. It is made from what it needs and nothing else: its code, the
 * offline page Astro built with the files that page links to (kept when the worker installs), the serving
 * table's hashed paths and the notes it writes. Its version is a hash of all of that, so a deploy that
 * changes any of it is a new worker with a new shell cache, and one that changes none leaves `sw.js`
 * byte for byte as it was (browsers then keep the installed worker).
 */

const ENTRY = path.resolve('src/browser/worker/service-worker.ts');
export const WORKER_FILE = 'sw.js';
export const OFFLINE_PAGE = 'luring/';

export interface WrittenWorker {
  bytes: number;
  version: string;
  shell: string[];
}

/** The site-relative files a page links to as stylesheets and icons: what the offline page needs. */
function linkedFiles(html: string, base: string): string[] {
  const hrefs = linkedHrefs(html, ['stylesheet', 'icon']);
  return [...new Set(hrefs.filter((href) => href.startsWith(base) && !href.startsWith('//')))];
}

export async function writeServiceWorker(site: string, base: string): Promise<WrittenWorker> {
  const offlineHtml = readFileSync(path.join(site, OFFLINE_PAGE, 'index.html'));
  const files = linkedFiles(offlineHtml.toString('utf8'), base);
  const shell = [`${base}${OFFLINE_PAGE}`, ...files];
  const placeholder = '__WARTA_VERSION__';
  const config = {
    base,
    version: placeholder,
    shell,
    offlinePage: `${base}${OFFLINE_PAGE}`,
    hashed: cacheFirstPatterns(base),
    strings: { savedCopy: t.offline.savedCopy('{when}'), reload: t.offline.reload },
  };
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    // Browsers with service workers all run ES2018 (object spread); older ones never load this file.
    target: 'es2018',
    define: { WARTA: JSON.stringify(config) },
    legalComments: 'none',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  const digest = createHash('sha256').update(code).update(offlineHtml);
  for (const file of files) digest.update(readFileSync(path.join(site, file.slice(base.length))));
  const version = digest.digest('hex').slice(0, 12);
  const worker = code.replaceAll(placeholder, version);
  const target = path.join(site, WORKER_FILE);
  // A fresh file, never written through a link to the published site's (src/build/incremental.ts).
  rmSync(target, { force: true });
  writeFileSync(target, worker);
  return { bytes: Buffer.byteLength(worker), version, shell };
}
