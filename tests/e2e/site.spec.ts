import { expect, test } from '@playwright/test';
import { SEED } from './pages.ts';

test('home has a lead story, latest stories and a block per section', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toContainText('Warta');
  await expect(page.locator('.story-card').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Berita Terkini' })).toBeVisible();
  const sectionHeadings = page.locator('section[aria-labelledby^="rubrik-"] h2');
  expect(await sectionHeadings.count()).toBeGreaterThanOrEqual(4);
});

test('section, tag and latest pages list articles newest first', async ({ page }) => {
  for (const path of ['/rubrik/ekonomi/', '/topik/korea-utara/', '/terkini/']) {
    await page.goto(path);
    const dates = await page
      .locator('main article time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(0);
    const instants = dates.map((d) => new Date(d.length === 10 ? `${d}T00:00:00+07:00` : d).getTime());
    expect([...instants].sort((a, b) => b - a)).toEqual(instants);
  }
});

test('expert page shows the profile and every quote, each linking to its anchor', async ({ page }) => {
  await page.goto('/pakar/yakov-zinberg/');
  await expect(page.locator('h1')).toHaveText('Yakov Zinberg');
  await expect(page.locator('main')).toContainText('Universitas Kokushikan');
  const quote = page.locator('main blockquote a').first();
  await expect(quote).toHaveAttribute('href', `${SEED}#kutipan-yakov-zinberg-1`);
  await quote.click();
  await expect(page.locator('#kutipan-yakov-zinberg-1')).toBeInViewport();
});

test('drafts are published nowhere: no page, and no place in lists, topics or expert pages', async ({
  page,
  request,
}) => {
  const response = await request.get('/berita/catatan-uji-tata-letak/');
  expect(response.status()).toBe(404);
  // The draft quotes dewi-anggraini and is tagged "Riset Kampus" and "Antariksa" in section sains.
  for (const path of [
    '/',
    '/terkini/',
    '/rubrik/sains/',
    '/topik/riset-kampus/',
    '/topik/antariksa/',
    '/pakar/dewi-anggraini/',
  ]) {
    await page.goto(path);
    await expect(page.locator('main')).not.toContainText('Uji Tata Letak');
    await expect(page.locator('a[href*="catatan-uji-tata-letak"]')).toHaveCount(0);
  }
});

test('an unknown URL gets the Indonesian 404 page', async ({ page }) => {
  const response = await page.goto('/tidak-ada/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Halaman tidak ditemukan');
  await expect(page.getByRole('link', { name: 'Kembali ke beranda' })).toBeVisible();
});

test('HTML characters in a headline are text', async ({ page }) => {
  await page.goto('/berita/harga-cabai-bawang-meroket-jelang-akhir-tahun/');
  await expect(page.locator('h1')).toHaveText('Harga Cabai & Bawang “Meroket” Jelang Akhir Tahun');
  await expect(page).toHaveTitle('Harga Cabai & Bawang “Meroket” Jelang Akhir Tahun | Warta');
});

test('lead images are responsive, in modern formats, with dimensions, caption and credit', async ({ page }) => {
  await page.goto('/berita/harga-cabai-bawang-meroket-jelang-akhir-tahun/');
  const picture = page.locator('article picture').first();
  await expect(picture.locator('source[type="image/avif"]')).toHaveCount(1);
  await expect(picture.locator('source[type="image/webp"]')).toHaveCount(1);
  const img = picture.locator('img');
  await expect(img).toHaveAttribute('width', /\d+/);
  await expect(img).toHaveAttribute('height', /\d+/);
  expect((await img.getAttribute('alt'))?.length).toBeGreaterThan(5);
  await expect(page.locator('article figure figcaption').first()).toContainText('Foto: ');
});
