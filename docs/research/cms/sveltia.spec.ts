import { test, expect, type Page } from '@playwright/test';
import { collectRepoFiles, fillOpfs, pickerInitScript, readOpfs } from './opfs';
import { diffAgainstFixture, resetSite, saveEvidence, site } from './helpers';

const ADMIN = process.env.SVELTIA_ADMIN ?? 'http://localhost:4402/admin/';
const TAG = process.env.SVELTIA_TAG ?? 'sveltia';
test.beforeAll(() => resetSite());

async function openLocalRepo(page: Page) {
  page.on('console', (m) => {
    const t = m.text();
    if ((m.type() === 'error' || m.type() === 'warning') && !t.includes('ERR_NAME_NOT_RESOLVED')) console.log(`[${TAG} ${m.type()}]`, t.slice(0, 300));
  });
  page.on('pageerror', (e) => console.log(`[${TAG} pageerror]`, e.message));
  await page.addInitScript(pickerInitScript); // showDirectoryPicker() -> OPFS:/repo
  await page.goto(ADMIN);
  await fillOpfs(page, collectRepoFiles(site));
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await expect(page.getByText('Banjir Rendam Jakarta Utara')).toBeVisible();
}

test(`${TAG}: create an article (File System Access API -> OPFS)`, async ({ page }) => {
  await openLocalRepo(page);
  await page.goto(`${ADMIN}#/collections/articles/new`);
  await page.getByRole('textbox', { name: 'Judul' }).fill('Gempa Guncang Cianjur');
  await page.locator('input[type="datetime-local"]').fill('2025-10-08T10:15');
  await page.getByRole('radio', { name: 'Ekonomi' }).click();
  const body = page.locator('[id$="lexical-root"]');
  await body.click();
  await page.keyboard.type('Gempa berkekuatan 5,6 mengguncang Cianjur.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => readOpfs(page, 'content/articles/gempa-guncang-cianjur.md'), { timeout: 15_000 }).not.toBeNull();
  const text = (await readOpfs(page, 'content/articles/gempa-guncang-cianjur.md'))!;
  saveEvidence(`${TAG}-created.md`, text);
  expect(text).toMatch(/^---\ntitle: "?Gempa Guncang Cianjur"?\n/);
  expect(text).toMatch(/section: "?ekonomi"?/);
  expect(text).toContain('Gempa berkekuatan 5,6 mengguncang Cianjur.');
});

for (const slug of ['banjir-jakarta', 'harga-beras']) {
  test(`${TAG}: round-trip ${slug} (edit title only)`, async ({ page }) => {
    await openLocalRepo(page);
    await page.goto(`${ADMIN}#/collections/articles/entries/${slug}`);
    const title = page.getByRole('textbox', { name: 'Judul' });
    await expect(title).not.toHaveValue('');
    await title.fill(`${await title.inputValue()} (diedit)`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const path = `content/articles/${slug}.md`;
    await expect.poll(async () => (await readOpfs(page, path)) ?? '', { timeout: 15_000 }).toContain('(diedit)');
    const saved = (await readOpfs(page, path))!;
    const diff = diffAgainstFixture(path, saved);
    saveEvidence(`${TAG}-roundtrip-${slug}.diff`, diff);
    saveEvidence(`${TAG}-roundtrip-${slug}.md`, saved);
    console.log(diff);
  });
}

test(`${TAG}: edit the body of banjir-jakarta (directives + editor components)`, async ({ page }) => {
  await openLocalRepo(page);
  await page.goto(`${ADMIN}#/collections/articles/entries/banjir-jakarta`);
  const body = page.locator('[id$="lexical-root"]');
  await expect(body).toContainText('Hujan deras');
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `evidence/${TAG}-editor-components.png`, fullPage: true });
  const pullquoteBlocks = await page.getByText('Pullquote', { exact: true }).count();
  const updateBlocks = await page.getByText('Pembaruan', { exact: true }).count();
  console.log(`[${TAG}] component labels on page: pullquote=${pullquoteBlocks} update=${updateBlocks}`);
  // Preview pane: custom template + site stylesheet?
  const frames = page.frames().map((f) => f.url());
  console.log(`[${TAG}] frames: ${frames.join(', ')}`);
  const preview = await page.evaluate(() => {
    const find = (doc: Document): any => {
      const el = doc.querySelector('[data-testid="warta-preview"] h1');
      if (el) return { text: el.textContent, fontSize: getComputedStyle(el).fontSize, links: [...doc.querySelectorAll('link[rel=stylesheet]')].map((l: any) => l.href) };
      for (const f of doc.querySelectorAll('iframe')) { try { const r = find((f as HTMLIFrameElement).contentDocument!); if (r) return r; } catch {} }
      return null;
    };
    return find(document);
  });
  console.log(`[${TAG}] custom preview: ${JSON.stringify(preview)}`);
  await body.getByText('butir dua').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' (tambahan)');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const path = 'content/articles/banjir-jakarta.md';
  await expect.poll(async () => (await readOpfs(page, path)) ?? '', { timeout: 15_000 }).toContain('(tambahan)');
  const diff = diffAgainstFixture(path, (await readOpfs(page, path))!);
  saveEvidence(`${TAG}-bodyedit-banjir-jakarta.diff`, diff);
  console.log(diff);
});
