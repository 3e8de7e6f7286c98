/**
 * The CMS at /admin/ (issue 30, decision 035), as an editor works locally: Sveltia's "Work with Local
 * Repository" asks for the checkout with the File System Access API, answered here with an OPFS folder
 * holding the content files (and an empty .git/, which Sveltia looks for); what the CMS saves is read back
 * from it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';

const SEED_FILE = 'content/articles/2025/10/kim-sambut-putin-di-pyongyang.md';

/** The content folder's text files (pictures are left out: the CMS does not need them to edit text). */
function contentFiles(): Record<string, string> {
  return Object.fromEntries(
    readdirSync('content', { recursive: true })
      .map(String)
      .filter((f) => /\.(md|yaml)$/.test(f))
      .map((f) => [path.join('content', f), readFileSync(path.join('content', f), 'utf8')]),
  );
}

async function openCheckout(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker =
      async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
  });
  await page.goto('/admin/');
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry('repo', { recursive: true }).catch(() => undefined);
    const repo = await root.getDirectoryHandle('repo', { create: true });
    await repo.getDirectoryHandle('.git', { create: true });
    for (const [file, text] of Object.entries(files)) {
      const parts = file.split('/');
      let dir = repo;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, contentFiles());
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
}

async function readSaved(page: Page, file: string): Promise<string | null> {
  return page.evaluate(async (file) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    const parts = file.split('/');
    try {
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
      return await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
    } catch {
      return null;
    }
  }, file);
}

test('/admin/ starts the CMS under its own CSP, loading nothing from another origin', async ({ page }) => {
  const problems: string[] = [];
  const elsewhere: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => /Content Security Policy/.test(m.text()) && problems.push(m.text()));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', ''].includes(url.hostname) && url.protocol !== 'blob:' && url.protocol !== 'data:')
      elsewhere.push(r.url());
  });
  await page.goto('/admin/');
  await expect(page.getByRole('button', { name: 'Work with Local Repository' })).toBeVisible();
  await expect(page.locator('meta[name=robots]').first()).toHaveAttribute('content', 'noindex, nofollow');
  expect(problems).toEqual([]);
  // Only GitHub's status page, which the CMS asks before a GitHub sign-in.
  expect(elsewhere.filter((u) => !u.startsWith('https://www.githubstatus.com/'))).toEqual([]);
});

test('an article opened in the CMS and saved after its headline is edited changes only the headline line', async ({
  page,
}) => {
  await openCheckout(page);
  await page.getByText('Kim Sambut Putin di Pyongyang, Apa Tujuan Pertemuan Ini?').first().click();
  const title = page.getByRole('textbox', { name: 'Judul' });
  await expect(title).toHaveValue('Kim Sambut Putin di Pyongyang, Apa Tujuan Pertemuan Ini?');
  await title.fill('Kim Sambut Putin di Pyongyang: Apa Tujuannya?');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(async () => (await readSaved(page, SEED_FILE)) ?? '').toContain('Apa Tujuannya?');
  const before = readFileSync(SEED_FILE, 'utf8').split('\n');
  const after = ((await readSaved(page, SEED_FILE)) ?? '').split('\n');
  expect(after.filter((line) => !before.includes(line))).toEqual([
    'title: "Kim Sambut Putin di Pyongyang: Apa Tujuannya?"',
  ]);
  expect(before.filter((line) => !after.includes(line))).toEqual([
    'title: "Kim Sambut Putin di Pyongyang, Apa Tujuan Pertemuan Ini?"',
  ]);
});
