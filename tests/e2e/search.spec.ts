import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { XSS_PAYLOADS } from '../support/payloads.ts';
import { LIVE, SEED, VIEWPORTS } from './pages.ts';
import { injected, watch as watchAll } from './watch.ts';

/** Console errors, CSP violations and dialogs on a page; every search test ends by expecting none. */
const watch = (page: Page) => watchAll(page, { warnings: false });

async function waitForSearch(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-search-ready', /^(done|idle)$/);
}

test('search from the header of an article, open a result, see the words highlighted', async ({ page }) => {
  const problems = await watch(page);
  const pagefindRequests: string[] = [];
  page.on('request', (r) => r.url().includes('/pagefind/') && pagefindRequests.push(r.url()));
  await page.goto(SEED, { waitUntil: 'networkidle' });
  expect(pagefindRequests).toEqual([]);

  const box = page.getByRole('search', { name: 'Pencarian cepat' }).getByRole('searchbox', { name: 'Cari berita' });
  await box.fill('Zinberg');
  await box.press('Enter');
  await expect(page).toHaveURL('/cari/?q=Zinberg');
  await waitForSearch(page);
  await expect(page.getByRole('status')).toHaveText('1 hasil untuk “Zinberg”');
  const first = page.locator('#search-results li').first();
  await expect(first.locator('h2')).toHaveText('Kim Sambut Putin di Pyongyang, Apa Tujuan Pertemuan Ini?');
  await expect(first.locator('mark').first()).toHaveText(/Zinberg/);
  await expect(page.locator('#search-people')).toContainText('Yakov Zinberg');

  await first.getByRole('link').click();
  await expect(page).toHaveURL(/\/berita\/kim-sambut-putin-di-pyongyang\/\?sorot=zinberg/);
  await expect(page.locator('mark.pagefind-highlight').first()).toHaveText(/Zinberg/i);
  await expect(page.locator('mark.pagefind-highlight').first()).toBeInViewport();
  expect(problems).toEqual([]);
});

test('words of one live update find the live page, and its result leads to that update', async ({ page }) => {
  const problems = await watch(page);
  await page.setViewportSize(VIEWPORTS.phone);
  await page.goto('/cari/?q=Dinas+Pendidikan+meliburkan');
  await waitForSearch(page);
  await expect(page.getByRole('status')).toHaveText('1 hasil untuk “Dinas Pendidikan meliburkan”');
  const result = page.locator('#search-results li').first();
  await expect(result.locator('h2')).toHaveText('Banjir Rob Rendam Pesisir Tanjung Karang: Perkembangan Terkini');
  await expect(result.locator('[data-slot="update"]')).toHaveText('Pembaruan 07.30 WIB');
  // The update's own excerpt, without its time in front.
  await expect(result.locator('[data-slot="excerpt"]')).toHaveText(/^Dinas Pendidikan meliburkan sementara 14 sekolah/);
  await expect(result.getByRole('link')).toHaveAttribute(
    'href',
    `${LIVE}?sorot=dinas&sorot=pendidikan&sorot=meliburkan#pembaruan-20251121-0730`,
  );

  // "pasang" is also in the standfirst and the summary, above the update: the page stays on the update.
  await page.goto('/cari/?q=BMKG+pasang');
  await waitForSearch(page);
  const live = page.locator('#search-results li').filter({ hasText: 'Banjir Rob Rendam' });
  await expect(live.locator('[data-slot="update"]')).toHaveText('Pembaruan 07.50 WIB');
  await live.getByRole('link').click();
  await expect(page).toHaveURL(`${LIVE}?sorot=bmkg&sorot=pasang#pembaruan-20251121-0750`);
  const update = page.locator('[data-update="pembaruan-20251121-0750"]');
  await expect(update.locator('mark.pagefind-highlight').first()).toHaveText('BMKG');
  await expect(page.locator('.standfirst mark.pagefind-highlight').first()).toHaveText('pasang');
  await expect(page.locator('#pembaruan-20251121-0750')).toBeInViewport();
  await expect(update.locator('mark.pagefind-highlight').first()).toBeInViewport();
  await expect(page.locator('.standfirst')).not.toBeInViewport();
  expect(problems).toEqual([]);
});

test('an ordinary article leads to itself, though its words match under a subhead with an id', async ({ page }) => {
  await page.goto('/cari/?q=mangrove');
  await waitForSearch(page);
  // Most of its "mangrove"s stand under "Hilangnya pelindung alami" (#hilangnya-pelindung-alami).
  const article = page.locator('#search-results li').filter({ hasText: 'Mengapa Banjir Rob Makin Sering' });
  await expect(article.getByRole('link')).toHaveAttribute(
    'href',
    '/berita/mengapa-banjir-rob-makin-sering/?sorot=mangrove',
  );
  await expect(article.locator('[data-slot="update"]')).toHaveCount(0);
  // The live page's "mangrove" is in one update.
  const live = page.locator('#search-results li').filter({ hasText: 'Banjir Rob Rendam' });
  await expect(live.getByRole('link')).toHaveAttribute('href', `${LIVE}?sorot=mangrove#pembaruan-20251121-0715`);
});

test('the header box searches in place: the index loads on focus, no navigation, back returns to the article', async ({
  page,
}) => {
  const problems = await watch(page);
  await page.goto(SEED, { waitUntil: 'networkidle' });
  const articleTitle = await page.title();
  // A mark on this document: a navigation would lose it.
  await page.evaluate(() => Object.assign(window, { wartaSameDocument: true }));

  const manifest = page.waitForRequest((r) => r.url().includes('/pagefind/warta-search.json'));
  const box = page.locator('#cari-header');
  await box.focus();
  await manifest; // warmed by the focus, before anything is typed
  await box.pressSequentially('Zinberg');
  // Where the reader was when they searched is where going back takes them.
  const scrolled = await page.evaluate(() => {
    window.scrollTo(0, 700);
    return window.scrollY;
  });
  expect(scrolled).toBe(700);
  await box.press('Enter');
  await expect(page).toHaveURL('/cari/?q=Zinberg');
  await waitForSearch(page);
  await expect(page.getByRole('status')).toHaveText('1 hasil untuk “Zinberg”');
  await expect(page.locator('#search-results li h2').first()).toHaveText(
    'Kim Sambut Putin di Pyongyang, Apa Tujuan Pertemuan Ini?',
  );
  await expect(page).toHaveTitle('Hasil pencarian “Zinberg” | Warta');
  expect(await page.evaluate(() => 'wartaSameDocument' in window)).toBe(true);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator('main')).toHaveCount(1);
  // The header's navigation is the search page's: no section is the current one.
  await expect(page.locator('header nav [aria-current]')).toHaveCount(0);

  // The search page's own box searches on; the URL follows.
  await page.locator('#search-q').fill('putin');
  await page.locator('#search-q').press('Enter');
  await expect(page).toHaveURL('/cari/?q=putin');
  await waitForSearch(page);

  await page.goBack();
  await expect(page).toHaveURL('/cari/?q=Zinberg');
  await expect(page.locator('#search-q')).toHaveValue('Zinberg');
  await page.goBack();
  await expect(page).toHaveURL(SEED);
  await expect(page.locator('#search-form')).toHaveCount(0);
  await expect(page).toHaveTitle(articleTitle);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);
  await expect(page.locator('header nav [aria-current="page"]')).toHaveCount(1);
  await page.goForward();
  await expect(page).toHaveURL('/cari/?q=Zinberg');
  await waitForSearch(page);
  await expect(page.getByRole('status')).toHaveText('1 hasil untuk “Zinberg”');
  expect(await page.evaluate(() => 'wartaSameDocument' in window)).toBe(true);
  // Reloaded, the shared URL is the search page itself.
  await page.reload();
  await waitForSearch(page);
  await expect(page.getByRole('status')).toHaveText('1 hasil untuk “Zinberg”');
  expect(problems).toEqual([]);
});

test.describe(() => {
  // Requests a service worker answers never reach page.route.
  test.use({ serviceWorkers: 'block' });
  test('a search left before its results come is finished quietly, and shown on going forward', async ({ page }) => {
    const problems = await watch(page);
    await page.goto(SEED, { waitUntil: 'networkidle' });
    // The results' fragments are held until the reader has gone back to the article.
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/pagefind/**/*.pf_fragment', async (route) => {
      await released;
      await route.continue();
    });
    const box = page.locator('#cari-header');
    await box.fill('Zinberg');
    await box.press('Enter');
    await expect(page).toHaveURL('/cari/?q=Zinberg');
    await expect(page.locator('#search-form')).toHaveCount(1);
    await page.goBack();
    await expect(page).toHaveURL(SEED);
    await expect(page.locator('#search-form')).toHaveCount(0);
    // The held results arrive while the search page is off the document.
    const arrived = page.waitForResponse((r) => r.url().endsWith('.pf_fragment'));
    release();
    await arrived;
    await expect(page.locator('#search-form')).toHaveCount(0);
    await page.goForward();
    await waitForSearch(page);
    await expect(page.locator('#search-results li h2').first()).toHaveText(
      'Kim Sambut Putin di Pyongyang, Apa Tujuan Pertemuan Ini?',
    );
    expect(problems).toEqual([]);
  });
});

test('the header box falls back to the search page when the search cannot load in place', async ({ page }) => {
  // The search page's script (what the header box imports to search in place) cannot load.
  await page.route(/\/_astro\/SearchApp\.[^/]*\.js$/, (route) => route.abort());
  await page.goto(SEED);
  await page.evaluate(() => Object.assign(window, { wartaSameDocument: true }));
  await page.locator('#cari-header').fill('Zinberg');
  await page.locator('#cari-header').press('Enter');
  await expect(page).toHaveURL('/cari/?q=Zinberg');
  expect(await page.evaluate(() => 'wartaSameDocument' in window)).toBe(false);
});

test('"/" focuses the header search box', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(page.locator('#cari-header')).toBeFocused();
});

test('a shared URL shows the same results, with its filters set', async ({ page }) => {
  const problems = await watch(page);
  await page.goto('/cari/?q=harga&bagian=ekonomi&urut=terbaru');
  await waitForSearch(page);
  await expect(page.locator('#search-q')).toHaveValue('harga');
  await expect(page.locator('#search-bagian')).toHaveValue('ekonomi');
  await expect(page.locator('#search-urut')).toHaveValue('terbaru');
  const sections = await page.locator('#search-results [data-slot="section"]').allInnerTexts();
  expect(sections.length).toBeGreaterThan(0);
  for (const section of sections) expect(section.toUpperCase()).toBe('EKONOMI');
  const dates = await page
    .locator('#search-results time')
    .evaluateAll((ts) => ts.map((t) => (t as HTMLTimeElement).dateTime));
  const instants = dates.map((d) => new Date(d.length === 10 ? `${d}T00:00:00+07:00` : d).getTime());
  expect([...instants].sort((a, b) => b - a)).toEqual(instants);
  expect(problems).toEqual([]);
});

test('filters narrow the results, and back and forward walk through the searches', async ({ page }) => {
  const problems = await watch(page);
  await page.goto('/cari/?q=wanareja');
  await waitForSearch(page);
  const all = await page.locator('#search-results > li').count();
  expect(all).toBeGreaterThan(2);
  await page.locator('#search-bagian').selectOption('olahraga');
  await expect(page).toHaveURL('/cari/?q=wanareja&bagian=olahraga');
  await waitForSearch(page);
  await expect.poll(() => page.locator('#search-results > li').count()).toBeLessThan(all);
  await expect(page.getByRole('button', { name: 'Hapus saringan' })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL('/cari/?q=wanareja');
  await expect(page.locator('#search-bagian')).toHaveValue('');
  await expect.poll(() => page.locator('#search-results > li').count()).toBe(all);
  await page.goForward();
  await expect(page.locator('#search-bagian')).toHaveValue('olahraga');
  expect(problems).toEqual([]);
});

test('helpful empty states: no query, and no results', async ({ page }) => {
  await page.goto('/cari/');
  await waitForSearch(page);
  await expect(page.getByRole('heading', { name: 'Apa yang ingin Anda baca?' })).toBeVisible();
  await page.goto('/cari/?q=qwertyzzz');
  await waitForSearch(page);
  await expect(page.getByRole('status')).toHaveText('Tidak ada hasil untuk “qwertyzzz”');
  await expect(page.getByRole('heading', { name: 'Belum ketemu' })).toBeVisible();
});

test('keyboard only: type, submit, reach a result, open it', async ({ page }) => {
  await page.goto('/cari/');
  await page.locator('#search-q').focus();
  await page.keyboard.type('gerhana');
  await page.keyboard.press('Enter');
  await waitForSearch(page);
  await expect(page.getByRole('status')).toContainText('hasil untuk “gerhana”');
  // Onwards from the search box: its button, the filters, people and topics, then the results.
  const focused = page.locator(':focus');
  for (let i = 0; i < 15 && !/\/berita\//.test((await focused.getAttribute('href')) ?? ''); i++)
    await page.keyboard.press('Tab');
  await expect(focused).toHaveAttribute('href', /\/berita\/mengapa-gerhana-bulan-berwarna-merah\/\?sorot=gerhana/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/mengapa-gerhana-bulan-berwarna-merah/);
});

test('"Tampilkan lebih banyak" loads the next results and moves focus to them', async ({ page }) => {
  await page.goto('/cari/?tahun=2025');
  await waitForSearch(page);
  await expect(page.locator('#search-results > li')).toHaveCount(10);
  await page.getByRole('button', { name: 'Tampilkan lebih banyak' }).click();
  await expect.poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(10);
  await expect(page.locator('#search-results > li').nth(10).getByRole('link')).toBeFocused();
});

test('a search that cannot load says so in Indonesian, and "Coba lagi" searches again', async ({ page }) => {
  // Offline, or the index replaced by a deploy mid-visit: the manifest that lists the bundles fails.
  await page.route('**/pagefind/warta-search.json', (route) => route.abort('internetdisconnected'));
  await page.goto('/cari/?q=putin');
  await expect(page.locator('html')).toHaveAttribute('data-search-ready', 'error');
  await expect(page.getByRole('status')).toHaveText(
    'Pencarian gagal dimuat. Periksa sambungan internet Anda, lalu coba lagi.',
  );
  await expect(page.locator('#search-results > li')).toHaveCount(0);
  const retry = page.getByRole('button', { name: 'Coba lagi' });
  await expect(retry).toBeVisible();

  await page.unroute('**/pagefind/warta-search.json');
  await retry.click();
  await waitForSearch(page);
  await expect(page.getByRole('status')).toHaveText(/\d+ hasil untuk “putin”/);
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await expect(retry).toBeHidden();
});

test('results whose text cannot load: the error and "Coba lagi" replace "Mencari…", and the retry shows them', async ({
  page,
}) => {
  await page.route('**/fragment/**', (route) => route.abort('internetdisconnected'));
  await page.goto('/cari/?q=putin');
  await expect(page.locator('html')).toHaveAttribute('data-search-ready', 'error');
  await expect(page.getByRole('status')).toHaveText(
    'Pencarian gagal dimuat. Periksa sambungan internet Anda, lalu coba lagi.',
  );

  await page.unroute('**/fragment/**');
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await waitForSearch(page);
  await expect(page.locator('#search-results > li').first().locator('h2')).not.toBeEmpty();
  await expect(page.getByRole('button', { name: 'Coba lagi' })).toBeHidden();
});

test('a later page of results that cannot load keeps the shown ones, and "Coba lagi" loads that page', async ({
  page,
}) => {
  await page.goto('/cari/?tahun=2025');
  await waitForSearch(page);
  await expect(page.locator('#search-results > li')).toHaveCount(10);
  await page.route('**/fragment/**', (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: 'Tampilkan lebih banyak' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-search-ready', 'error');
  await expect(page.getByRole('status')).toHaveText(
    'Pencarian gagal dimuat. Periksa sambungan internet Anda, lalu coba lagi.',
  );
  await expect(page.locator('#search-results > li')).toHaveCount(10);

  await page.unroute('**/fragment/**');
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await expect.poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(10);
  await expect(page.locator('#search-results > li').nth(10).getByRole('link')).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('data-search-ready', 'done');
});

for (const [name, url] of [
  ['with results', '/cari/?q=putin'],
  ['with no results', '/cari/?q=qwertyzzz'],
  ['empty', '/cari/'],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`search page ${name} has no axe violations (${colorScheme})`, async ({ browser }) => {
      // Two searches and two axe runs over a long page: on two busy cores more than the default 30 s.
      test.slow();
      for (const viewport of Object.values(VIEWPORTS)) {
        const context = await browser.newContext({ viewport, colorScheme });
        const page = await context.newPage();
        const problems = await watch(page);
        await page.goto(url);
        await waitForSearch(page);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
        expect(problems).toEqual([]);
        await context.close();
      }
    });
  }
}

test(`search input is text, never markup: ${XSS_PAYLOADS.length} payloads in q, the header box, sorot, bagian and tahun`, async ({
  page,
}) => {
  test.slow();
  const problems = await watch(page);
  for (const payload of XSS_PAYLOADS) {
    const shown = payload.replace(/\s+/g, ' ');
    await page.goto(
      `/cari/?q=${encodeURIComponent(payload)}&bagian=${encodeURIComponent(payload)}&tahun=${encodeURIComponent(payload)}`,
    );
    await waitForSearch(page);
    await expect(page.locator('#search-q')).toHaveValue(shown.trim());
    await expect(page.getByRole('status')).toContainText(shown.trim());
    // Unknown filter values fall back to "all" instead of becoming options.
    await expect(page.locator('#search-bagian')).toHaveValue('');
    await expect(page.locator('#search-tahun')).toHaveValue('');
    expect(await injected(page)).toEqual([]);

    // Typed into the header search box of an article, and the highlight parameter of a result link.
    await page.goto(`${SEED}?sorot=${encodeURIComponent(payload)}`);
    expect(await injected(page)).toEqual([]);
    const box = page.locator('#cari-header');
    await box.fill(payload);
    await box.press('Enter');
    await page.waitForURL(/\/cari\/\?q=/);
    await waitForSearch(page);
    await expect(page.locator('#search-q')).toHaveValue(shown.trim());
    expect(await injected(page)).toEqual([]);
  }
  expect(problems).toEqual([]);
});

test('without JavaScript the header form still reaches /cari/ and says search needs JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(SEED);
  await page.locator('#cari-header').fill('putin');
  await page.locator('#cari-header').press('Enter');
  await expect(page).toHaveURL('/cari/?q=putin');
  await expect(page.locator('main')).toContainText('Pencarian membutuhkan JavaScript');
  await context.close();
});
