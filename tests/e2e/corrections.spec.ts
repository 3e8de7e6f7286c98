import { expect, test } from '@playwright/test';
import { SEED } from './pages.ts';

const CORRECTED = '/berita/persiharja-tekuk-garuda-pesisir/';
const TEXT = 'Versi sebelumnya menyebut Persiharja naik ke peringkat kedua. Yang benar, peringkat ketiga.';

test('/koreksi/ lists every correction newest first, under the written policy, each linking to its article', async ({
  page,
}) => {
  await page.goto('/koreksi/');
  await expect(page.getByRole('heading', { level: 1, name: 'Koreksi' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kebijakan koreksi' })).toBeVisible();
  const items = page.locator('main ol > li');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(TEXT);
  await expect(items.first().locator('time')).toHaveText('Rabu, 12 November 2025, 09.40 WIB');
  await items.first().getByRole('link', { name: 'Gol Menit Akhir Bawa Persiharja Tekuk Garuda Pesisir 2-1' }).click();
  await expect(page).toHaveURL(`${CORRECTED}#koreksi`);
  await expect(page.locator('#koreksi')).toBeInViewport();
  await expect(page.locator('link[rel="alternate"][title="Warta: Koreksi"]')).toHaveCount(0);
});

test('every page links to the corrections in its footer, and the corrections page advertises its feed', async ({
  page,
}) => {
  await page.goto(SEED);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Koreksi' }).click();
  await expect(page).toHaveURL('/koreksi/');
  await expect(page.locator('link[rel="alternate"][title="Warta: Koreksi"]')).toHaveAttribute(
    'href',
    /\/koreksi\/rss\.xml$/,
  );
});

test('the corrections feed carries each correction, linking to it on its article', async ({ request }) => {
  const response = await request.get('/koreksi/rss.xml');
  expect(response.ok()).toBe(true);
  const xml = await response.text();
  expect(xml).toContain('<title>Warta: Koreksi</title>');
  expect(xml).toContain('<title>Koreksi: Gol Menit Akhir Bawa Persiharja Tekuk Garuda Pesisir 2-1</title>');
  expect(xml).toContain(`<link>https://warta.example${CORRECTED}#koreksi</link>`);
  expect(xml).toContain(`<description>${TEXT}</description>`);
  expect(xml).toContain('<pubDate>Wed, 12 Nov 2025 02:40:00 GMT</pubDate>');
});

test("the publisher in every article's JSON-LD names the corrections page as its corrections policy", async ({
  page,
}) => {
  for (const path of [SEED, CORRECTED]) {
    await page.goto(path);
    const article = (
      await page
        .locator('script[type="application/ld+json"]')
        .evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent ?? '{}')))
    ).find((data) => data['@type'] === 'NewsArticle');
    expect(article.publisher.correctionsPolicy).toBe('https://warta.example/koreksi/');
  }
});
