/** Every internal link and asset of the built site resolves: a page or file exists, and so does the anchor. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(dir, f));
}

/** The file a site path is served from (directory URLs serve their index.html). */
function target(dist: string, pathname: string): string | undefined {
  const file = path.join(dist, decodeURIComponent(pathname));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

// dist-hostile is the hostile fixture (tests/support/hostile-content.ts): its tag, section and expert URLs come
// from XSS payloads. Its article bodies paste `<img src=x>` on purpose (the sanitiser keeps the picture and
// drops the handler), so pictures inside a body are the editor's and are not followed there.
for (const [dist, base] of [
  ['dist', '/'],
  ['dist-subpath', '/warta/'],
  ['dist-hostile', '/'],
] as const) {
  test(`every internal link, asset and anchor in ${dist}/ resolves`, () => {
    const files = htmlFiles(dist);
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let found = ids.get(file);
      if (!found) {
        found = new Set(
          [...parseHTML(readFileSync(file, 'utf8')).document.querySelectorAll('[id]')].map(
            (e) => e.getAttribute('id') ?? '',
          ),
        );
        ids.set(file, found);
      }
      return found;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      const page = `/${path.relative(dist, file).replace(/index\.html$/, '')}`;
      const refs = [
        ...[...document.querySelectorAll('a[href], link[href]')].map((e) => e.getAttribute('href') ?? ''),
        ...[...document.querySelectorAll('img[src], script[src], source[src]')]
          .filter((e) => !(dist === 'dist-hostile' && e.closest('.article-body')))
          .map((e) => e.getAttribute('src') ?? ''),
        ...[...document.querySelectorAll('img[srcset], source[srcset]')].flatMap((e) =>
          (e.getAttribute('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''),
        ),
      ];
      for (const ref of refs) {
        if (!ref || /^(mailto|tel|javascript|data):/i.test(ref) || /^https?:\/\//.test(ref)) continue;
        const url = new URL(ref, `http://site${base === '/' ? page : `/warta${page}`}`);
        if (!url.pathname.startsWith(base)) {
          broken.push(`${file}: ${ref} leaves the base ${base}`);
          continue;
        }
        checked++;
        const servedFrom = target(dist, url.pathname.slice(base.length - 1));
        if (!servedFrom) {
          broken.push(`${file}: ${ref}`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1)).split(':~:')[0];
        if (anchor && servedFrom.endsWith('.html') && !idsOf(servedFrom).has(anchor))
          broken.push(`${file}: ${ref} (no #${anchor})`);
      }
    }
    expect(files.length).toBeGreaterThan(50);
    expect(checked).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
    console.log(`${dist}: ${files.length} pages, ${checked} internal references checked`);
  });
}
