// Lighthouse audit of the built site (dist/) on Debian's Chromium, with Lighthouse's default mobile
// settings (a mid-range phone, simulated slow 4G). Fails unless every audited page scores 100 for
// accessibility, best practices and SEO, and at least 95 for performance.
// Usage: npm run audit [-- path ...]   (build first: npm run build). Reports go to lighthouse/ (ignored by git).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { preview } from 'astro';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result as LighthouseResult } from 'lighthouse';

type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';
type AuditResult = LighthouseResult['audits'][string];

interface AuditedPage {
  /** the path and query, from the site's root */
  page: string;
  /** categories reported but not held to their minimum */
  exempt?: readonly Category[];
}

/** The best run of a page: its scores (0–100), the whole result and the HTML report. */
interface Run {
  scores: Record<Category, number>;
  lhr: LighthouseResult;
  report: string | string[];
}

/** A line of the table and of lighthouse/summary.json: a score, or "(score, n/a)" when exempt. */
interface Row extends Record<Category, number | string> {
  page: string;
  'FCP / LCP / TBT / CLS / SI': string;
  /** the audits that cost a missed category points, `; `-separated */
  failing: string;
}

const root = path.resolve(import.meta.dirname, '..');
const PORT = 4331;
/**
 * Each page type, and the search page both empty and with results. Result URLs are kept from crawlers on
 * purpose (robots.txt: an endless space of near-duplicates), so Lighthouse's SEO category, whose first
 * check is "crawlable", does not apply to them; the search page itself (/cari/) is held to 100.
 */
const PAGES: readonly AuditedPage[] =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2).map((page) => ({ page }))
    : [
        { page: '/' },
        { page: '/berita/kim-sambut-putin-di-pyongyang/' },
        { page: '/berita/harga-cabai-bawang-meroket-jelang-akhir-tahun/' },
        { page: '/rubrik/internasional/' },
        { page: '/cari/' },
        { page: '/cari/?q=harga', exempt: ['seo'] },
      ];
const MINIMUM: Readonly<Record<Category, number>> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};
const CATEGORIES: readonly Category[] = ['performance', 'accessibility', 'best-practices', 'seo'];
// Lighthouse can be a few points noisy on performance on a shared 2-core machine: a page below the bar
// is audited again, up to this many times in all, and its best run counts.
const ATTEMPTS = 3;

/** One value per category, in MINIMUM's order. */
function byCategory<T>(value: (category: Category) => T): Record<Category, T> {
  return {
    performance: value('performance'),
    accessibility: value('accessibility'),
    'best-practices': value('best-practices'),
    seo: value('seo'),
  };
}

const outDir = path.join(root, 'lighthouse');
mkdirSync(outDir, { recursive: true });
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const server = await preview({ root, logLevel: 'error', server: { port: PORT, host: '127.0.0.1' } });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // The flags this machine's Chromium needs (root, no GPU, a closed network: no background requests).
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

const rows: Row[] = [];
let failed = false;
try {
  for (const { page, exempt = [] } of PAGES) {
    const checked = CATEGORIES.filter((c) => !exempt.includes(c));
    const audit = async (): Promise<Run> => {
      const result = await lighthouse(`http://127.0.0.1:${PORT}${page}`, {
        port: chrome.port,
        output: 'html',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
      const scores = byCategory((c) => Math.round((result.lhr.categories[c]?.score ?? 0) * 100));
      return { scores, lhr: result.lhr, report: result.report };
    };
    // Until a run meets the bar; the run with the best performance counts.
    let run = await audit();
    let best = run;
    for (let attempt = 2; attempt <= ATTEMPTS && !checked.every((c) => run.scores[c] >= MINIMUM[c]); attempt++) {
      run = await audit();
      if (run.scores.performance > best.scores.performance) best = run;
    }
    const name = page.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
    writeFileSync(path.join(outDir, `${name}.html`), String(best.report));
    const misses = checked.filter((c) => best.scores[c] < MINIMUM[c]);
    if (misses.length > 0) failed = true;
    const audits = Object.values(best.lhr.audits);
    const failing = misses.flatMap((c) =>
      (best.lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => audits.find((a) => a.id === ref.id))
        .filter((a): a is AuditResult => a !== undefined && a.score !== null && a.score < 1)
        .map((a) => `${c}: ${a.id} (${a.displayValue ?? a.score})`),
    );
    const metrics = [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
      'speed-index',
    ].map((id) => best.lhr.audits[id]?.displayValue ?? '-');
    const shown = byCategory((c) => (exempt.includes(c) ? `(${best.scores[c]}, n/a)` : best.scores[c]));
    rows.push({ page, ...shown, 'FCP / LCP / TBT / CLS / SI': metrics.join(' / '), failing: failing.join('; ') || '' });
  }
} finally {
  chrome.kill();
  await server.stop();
}

console.table(rows.map(({ failing, ...row }) => row));
for (const row of rows) if (row.failing) console.error(`${row.page}: ${row.failing}`);
writeFileSync(path.join(outDir, 'summary.json'), `${JSON.stringify(rows, null, 2)}\n`);
if (failed) {
  console.error(`\nLighthouse: below ${JSON.stringify(MINIMUM)} on some page (reports in lighthouse/).`);
  process.exit(1);
}
console.log(`\nLighthouse: every page meets ${JSON.stringify(MINIMUM)} (reports in lighthouse/).`);
