/**
 * The serving table (src/build/serving.ts) and the files written from it. The headers nginx really sends
 * are checked against a running nginx by tests/e2e/serving.spec.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPLOY_FILES } from '../../scripts/deploy-config.ts';
import {
  CACHE_CONTROL,
  CACHE_RULES,
  cacheControlFor,
  cacheFirstPatterns,
  pathPattern,
} from '../../src/build/serving.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('the serving table', () => {
  it('is what deploy/nginx.conf and public/_headers say (npm run deploy-config writes them)', () => {
    for (const [file, render] of Object.entries(DEPLOY_FILES)) {
      expect(readFileSync(path.join(root, file), 'utf8'), file).toBe(render());
    }
  });

  it.each([
    ['/_astro/BaseLayout.Eltf5wg4.css', CACHE_CONTROL.immutable],
    ['/og/berita/kim-sambut-putin-di-pyongyang-0123456789ab.jpg', CACHE_CONTROL.immutable],
    ['/pagefind/fragment/id_2e5e57e.pf_fragment', CACHE_CONTROL.immutable],
    ['/pagefind/2025/index/id-x-y2025_cc9985a.pf_index', CACHE_CONTROL.immutable],
    ['/pagefind/general/filter/id-x-general_caa94f1.pf_filter', CACHE_CONTROL.immutable],
    ['/pagefind/pagefind-entry.json', CACHE_CONTROL.revalidate],
    ['/pagefind/2025/pagefind-entry.json', CACHE_CONTROL.revalidate],
    ['/pagefind/pagefind.js', CACHE_CONTROL.revalidate],
    ['/pagefind/warta-search.json', CACHE_CONTROL.revalidate],
    ['/terkini.json', CACHE_CONTROL.latest],
    ['/berita/banjir-rob-pesisir-tanjung-karang-langsung/pembaruan.json', CACHE_CONTROL.live],
    ['/berita/banjir-rob-pesisir-tanjung-karang-langsung/', CACHE_CONTROL.revalidate],
    ['/og/situs.jpg', CACHE_CONTROL.day],
    ['/og/rubrik/ekonomi.jpg', CACHE_CONTROL.day],
    ['/', CACHE_CONTROL.revalidate],
    ['/berita/kim-sambut-putin-di-pyongyang/', CACHE_CONTROL.revalidate],
    ['/rss.xml', CACHE_CONTROL.revalidate],
    ['/sitemap.xml', CACHE_CONTROL.revalidate],
    // a page whose slug looks like a hashed folder is still a page
    ['/topik/fragment/', CACHE_CONTROL.revalidate],
    ['/sw.js', CACHE_CONTROL.worker],
    ['/manifest.webmanifest', CACHE_CONTROL.day],
    ['/ikon/192.png', CACHE_CONTROL.day],
    ['/luring/', CACHE_CONTROL.revalidate],
  ])('serves %s with %s', (urlPath, expected) => {
    expect(cacheControlFor(urlPath)).toBe(expected);
  });

  it('has rules that never overlap, since hosts that read _headers join the values of overlapping rules', () => {
    const sample = (pattern: string) => pattern.replace(/:[a-z]+/g, 'segmen').replace(/\*$/, 'berkas.txt');
    for (const rule of CACHE_RULES) {
      for (const pattern of rule.paths) {
        const matching = CACHE_RULES.filter((other) => other.paths.some((p) => pathPattern(p).test(sample(pattern))));
        expect(matching, pattern).toEqual([rule]);
      }
    }
  });

  it('lets the service worker answer from its cache first only files named by hash that pages need', () => {
    expect(
      CACHE_RULES.filter((r) => r.cacheFirstOffline).every((r) => r.cacheControl === CACHE_CONTROL.immutable),
    ).toBe(true);
    for (const [base, prefix] of [
      ['/', ''],
      ['/warta/', '/warta'],
    ] as const) {
      const patterns = cacheFirstPatterns(base).map((source) => new RegExp(source));
      const cacheFirst = (urlPath: string) => patterns.some((p) => p.test(urlPath));
      expect(cacheFirst(`${prefix}/_astro/BaseLayout.Eltf5wg4.css`)).toBe(true);
      expect(cacheFirst(`${prefix}/pagefind/2025/index/id-x-y2025_cc9985a.pf_index`)).toBe(true);
      expect(cacheFirst(`${prefix}/pagefind/fragment/id_2e5e57e.pf_fragment`)).toBe(true);
      // revalidated entry files, share cards for crawlers, pages
      expect(cacheFirst(`${prefix}/pagefind/pagefind.js`)).toBe(false);
      expect(cacheFirst(`${prefix}/pagefind/pagefind-entry.json`)).toBe(false);
      expect(cacheFirst(`${prefix}/og/berita/kim-sambut-putin-di-pyongyang-0123456789ab.jpg`)).toBe(false);
      expect(cacheFirst(`${prefix}/berita/kim-sambut-putin-di-pyongyang/`)).toBe(false);
    }
    expect(cacheFirstPatterns('/warta/').some((s) => new RegExp(s).test('/_astro/BaseLayout.Eltf5wg4.css'))).toBe(
      false,
    );
  });
});
