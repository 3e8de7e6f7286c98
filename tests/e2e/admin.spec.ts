/**
 * The CMS at /admin/ (issue 30, decision 035), as an editor works locally: Sveltia's "Work with Local
 * Repository" asks for the checkout with the File System Access API, answered here with an OPFS folder
 * holding the content files (and an empty .git/, which Sveltia looks for); what the CMS saves is read back
 * from it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page, test } from '@playwright/test';

const SEED_FILE = 'content/articles/2025/10/kim-sambut-putin-di-pyongyang.md';

// An editor in the newsroom's zone: dates are written with its offset, +07:00.
test.use({ viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Jakarta' });

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
  await page.getByRole('button', { name: 'Bekerja dengan repositori lokal' }).click();
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

/** A new article's required fields filled, and the cursor in its body (drawn when it comes into view). */
async function newArticle(page: Page, title: string, description: string, section: string): Promise<void> {
  await page.goto('/admin/#/collections/articles/new');
  await page.getByRole('textbox', { name: 'Judul' }).fill(title);
  await page.getByRole('textbox', { name: 'Ringkasan' }).fill(description);
  await page.getByRole('radio', { name: section }).click({ timeout: 15_000 });
  await page.locator('input[type=datetime-local]').first().fill('2025-11-20T09:30');
}

async function intoBody(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: /Liputan langsung/ }).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 2000);
  await page.locator('[id$="lexical-root"]').first().click();
}

/** An option picked from a drop-down (a slow page may drop the first click that opens it). */
async function pick(page: Page, combobox: Locator, option: string): Promise<void> {
  await expect(async () => {
    if (!(await page.getByRole('option', { name: option }).isVisible())) await combobox.click();
    await page.getByRole('option', { name: option }).click({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

/** A block from the body's Insert menu ("Sisipkan"), which a slow page may close before it is chosen. */
async function insert(page: Page, block: string): Promise<void> {
  await expect(async () => {
    const item = page.getByRole('menuitem', { name: block });
    if (!(await item.isVisible())) await page.getByRole('button', { name: 'Sisipkan' }).click();
    await item.click({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

/**
 * A quote's component writes its fields into the body a moment after they change: its preview (drawn from
 * the body) names the expert once the body does, and only then is saving what the editor chose.
 */
async function quoteInBody(page: Page, expert: string): Promise<void> {
  await expect(
    page.locator('iframe').contentFrame().locator(`.article-body q.quote[data-expert="${expert}"]`),
  ).toHaveCount(1);
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
  await expect(page.getByRole('button', { name: 'Bekerja dengan repositori lokal' })).toBeVisible();
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
  // The preview shows its eight quotes as quotations, as the page does (those mid-paragraph too), and
  // the site's typographic quotes.
  const body = page.locator('iframe').contentFrame().locator('.article-body');
  await expect(body.locator('q.quote')).toHaveCount(8);
  await expect(body).not.toContainText(':quote[');
  await expect(body).toContainText('“operasi militer khusus”');
  await title.fill('Kim Sambut Putin di Pyongyang: Apa Tujuannya?');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
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

/** Every file under a folder of the checkout the CMS saved into, by path. */
async function savedFiles(page: Page, under: string): Promise<Record<string, string>> {
  return page.evaluate(async (under) => {
    const out: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, at: string) => {
      for await (const [name, handle] of dir as unknown as AsyncIterable<[string, FileSystemHandle]>) {
        const file = `${at}/${name}`;
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, file);
        else {
          const blob = await (handle as FileSystemFileHandle).getFile();
          const bytes = new Uint8Array(await blob.arrayBuffer());
          let binary = '';
          for (const byte of bytes) binary += String.fromCharCode(byte);
          out[file] = btoa(binary);
        }
      }
    };
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    for (const part of under.split('/')) dir = await dir.getDirectoryHandle(part);
    await walk(dir, under);
    return out;
  }, under);
}

test('an editor creates an article with section, two experts, a quote, a pull-quote and a lead picture', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openCheckout(page);
  await newArticle(
    page,
    'Ekspor Kopi Sagara Naik "Dua Kali Lipat"',
    'Koperasi di lereng Gunung Sagara mengirim 40 ton kopi ke Jepang.',
    'Ekonomi',
  );
  for (const [i, name] of ['Dewi Anggraini', 'Bagus Hartono'].entries()) {
    await page
      .getByRole('button', { name: /Tambah \W?Narasumber/ })
      .last()
      .click();
    await pick(page, page.getByRole('combobox').nth(i), name);
  }
  await page.getByRole('checkbox', { name: /Foto utama/ }).click();
  await page.locator('input[type=file]').first().setInputFiles('content/articles/2025/10/kopi-sagara.png');
  await page.getByRole('textbox', { name: 'Teks alternatif' }).fill('Karung kopi di gudang koperasi');
  await intoBody(page);
  await page.keyboard.type('Koperasi Kopi Sagara mengirim 40 ton kopi ke Jepang tahun ini.');
  await page.keyboard.press('Enter');
  await insert(page, 'Kutipan narasumber');
  await page.getByRole('textbox', { name: 'Kutipan', exact: true }).fill('Permintaan dari Jepang naik dua kali lipat');
  await pick(page, page.getByRole('combobox').last(), 'Dewi Anggraini');
  await page.getByRole('textbox', { name: /Sesudah kutipan/ }).fill('kata Dewi.');
  await quoteInBody(page, 'dewi-anggraini');
  await expect(page.locator('iframe').contentFrame().locator('.article-body p', { hasText: 'kata Dewi.' })).toHaveCount(
    1,
  );
  await insert(page, 'Kutipan besar');
  await page
    .getByRole('textbox', { name: 'Kalimat dari isi berita' })
    .fill('Permintaan dari Jepang naik dua kali lipat');
  await expect(page.locator('iframe').contentFrame().locator('.article-body .pull-quote')).toHaveText(
    /Permintaan dari Jepang naik dua kali lipat/,
  );
  // The preview names the rubric as the page does.
  await expect(page.locator('iframe').contentFrame().locator('[data-section]')).toHaveText('Ekonomi');
  await page.screenshot({ path: test.info().outputPath('editor.png'), fullPage: true });
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();

  const slug = 'ekspor-kopi-sagara-naik-dua-kali-lipat';
  const find = async () => {
    // Asked while the CMS writes: a folder may be half-made.
    const files = await savedFiles(page, 'content/articles').catch(() => ({}) as Record<string, string>);
    const file = Object.keys(files).find((f) => f.endsWith(`/${slug}.md`));
    return { files, file };
  };
  await expect
    .poll(async () => (await find()).file ?? '')
    .toMatch(new RegExp(`^content/articles/\\d{4}/\\d{2}/${slug}\\.md$`));
  const { files, file } = await find();
  const text = Buffer.from(files[file!]!, 'base64').toString('utf8');
  // The contract's format, in house style.
  expect(text).toBe(
    [
      '---',
      'title: "Ekspor Kopi Sagara Naik \\"Dua Kali Lipat\\""',
      'description: "Koperasi di lereng Gunung Sagara mengirim 40 ton kopi ke Jepang."',
      'published: 2025-11-20T09:30:00+07:00',
      'section: ekonomi',
      'experts: [dewi-anggraini, bagus-hartono]',
      'image:',
      '  src: ./kopi-sagara.png',
      '  alt: "Karung kopi di gudang koperasi"',
      '---',
      '',
      'Koperasi Kopi Sagara mengirim 40 ton kopi ke Jepang tahun ini.',
      '',
      '":quote[Permintaan dari Jepang naik dua kali lipat]{expert="dewi-anggraini"}," kata Dewi.',
      '',
      ':::pullquote',
      'Permintaan dari Jepang naik dua kali lipat',
      ':::',
      '',
    ].join('\n'),
  );
  // The picture beside it.
  const picture = Object.keys(files).find((f) => f === file!.replace(/[^/]+$/, 'kopi-sagara.png'));
  expect(picture).toBeTruthy();

  // The build's content check passes, and the page shows all of it.
  const work = path.resolve('.cache/cms-e2e');
  rmSync(path.join(work, 'content'), { recursive: true, force: true });
  cpSync('content', path.join(work, 'content'), { recursive: true });
  for (const saved of [file!, picture!]) {
    mkdirSync(path.dirname(path.join(work, saved)), { recursive: true });
    writeFileSync(path.join(work, saved), Buffer.from(files[saved]!, 'base64'));
  }
  const build = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      WARTA_CONTENT_DIR: path.join(work, 'content'),
      WARTA_OUT_DIR: path.join(work, 'dist'),
      WARTA_CACHE_DIR: path.join(work, 'cache'),
      WARTA_BUILD_DATE: '2025-11-21T08:00:00+07:00',
    },
  });
  expect(build.status, build.stderr + build.stdout.slice(-2000)).toBe(0);
  const html = readFileSync(path.join(work, 'dist/berita', slug, 'index.html'), 'utf8');
  expect(html).toContain('Ekspor Kopi Sagara Naik “Dua Kali Lipat”');
  expect(html).toMatch(
    /<q class="quote" id="kutipan-dewi-anggraini-1" data-expert="dewi-anggraini">Permintaan dari Jepang naik dua kali lipat<\/q>/,
  );
  expect(html).toMatch(/class="pull-quote"/);
  expect(html).toContain('alt="Karung kopi di gudang koperasi"');
  for (const expert of ['Dewi Anggraini', 'Bagus Hartono']) expect(html).toContain(expert);
  expect(html).toMatch(/rubrik\/ekonomi\//);

  // Then it is opened again from the list and its headline edited: that line changes, nothing else.
  await page.goto('/admin/#/collections/articles');
  await page
    .getByText(/Ekspor Kopi Sagara Naik/)
    .first()
    .click();
  await page.getByRole('textbox', { name: 'Judul' }).fill('Ekspor Kopi Sagara ke Jepang Naik Dua Kali Lipat');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect.poll(async () => (await readSaved(page, file!)) ?? '').toContain('ke Jepang Naik');
  const created = text.split('\n');
  const edited = ((await readSaved(page, file!)) ?? '').split('\n');
  expect(edited.filter((line) => !created.includes(line))).toEqual([
    'title: "Ekspor Kopi Sagara ke Jepang Naik Dua Kali Lipat"',
  ]);
  expect(created.filter((line) => !edited.includes(line))).toEqual([
    'title: "Ekspor Kopi Sagara Naik \\"Dua Kali Lipat\\""',
  ]);
});

test('a new article saved too soon is refused before saving, the CMS saying why in Indonesian', async ({ page }) => {
  await openCheckout(page);
  await page.goto('/admin/#/collections/articles/new');
  const title = page.getByRole('textbox', { name: 'Judul' });
  await title.fill('J'.repeat(201));
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  // Sveltia's own words (src/i18n/sveltia-cms.id.json) and the contract's (src/i18n/id.ts).
  await expect(page.getByText('Kolom ini wajib diisi.').first()).toBeVisible();
  expect(await page.getByText('Kolom ini wajib diisi.').count()).toBeGreaterThanOrEqual(3);
  await expect(page.getByText('Harus 1–200 karakter.')).toBeVisible();
  await expect(page.getByText(/This field|required\./)).toHaveCount(0);
  await title.fill('Judul yang Cukup Pendek');
  await expect(page.getByText('Harus 1–200 karakter.')).toHaveCount(0);
  const files = await savedFiles(page, 'content/articles').catch(() => ({}) as Record<string, string>);
  expect(Object.keys(files).filter((f) => /judul|jjjj/.test(f))).toEqual([]);
});

test('a live update from the Insert menu is written in the contract’s block and previewed as the live page shows it', async ({
  page,
}) => {
  await openCheckout(page);
  await newArticle(page, 'Uji Pembaruan Langsung', 'Banjir rob surut perlahan.', 'Lingkungan');
  await intoBody(page);
  await insert(page, 'Pembaruan langsung');
  await page.locator('input[type=datetime-local]').last().fill('2025-11-21T07:30');
  await page.getByRole('switch', { name: 'Peristiwa penting' }).click();
  await page.locator('[id$="lexical-root"]').last().click();
  await page.keyboard.type('Air mulai surut di **Wanareja**.');
  const preview = page.locator('iframe').contentFrame().locator('.article-body .live-update');
  await expect(preview.locator('.live-update-time')).toHaveText('07.30 WIB');
  await expect(preview.locator('.live-update-label-key')).toHaveText('Peristiwa penting');
  await expect(preview.locator('strong')).toHaveText('Wanareja');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  const file = async () => {
    const files = await savedFiles(page, 'content/articles').catch(() => ({}) as Record<string, string>);
    const name = Object.keys(files).find((f) => f.endsWith('/uji-pembaruan-langsung.md'));
    return name ? Buffer.from(files[name]!, 'base64').toString('utf8') : '';
  };
  await expect.poll(file).toContain(':::update');
  expect((await file()).split('\n---\n')[1]).toBe(
    '\n:::update{time="2025-11-21T07:30:00+07:00" key}\nAir mulai surut di **Wanareja**.\n:::\n',
  );
});

test('a quote naming an expert the article does not list is refused before saving, in Indonesian', async ({ page }) => {
  await openCheckout(page);
  await newArticle(page, 'Uji Kutipan Tanpa Narasumber', 'Kutipan dari narasumber yang tidak didaftarkan.', 'Ekonomi');
  await intoBody(page);
  await insert(page, 'Kutipan narasumber');
  await page.getByRole('textbox', { name: 'Kutipan', exact: true }).fill('Harga naik');
  await pick(page, page.getByRole('combobox').last(), 'Dewi Anggraini');
  await quoteInBody(page, 'dewi-anggraini');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(
    page.getByText(/Kutipan menyebut narasumber yang tidak ada di kolom Narasumber: dewi-anggraini/),
  ).toBeVisible();
  const files = await savedFiles(page, 'content/articles').catch(() => ({}) as Record<string, string>);
  expect(Object.keys(files).filter((f) => f.includes('uji-kutipan-tanpa-narasumber'))).toEqual([]);
  // Listed, the expert may be quoted: the article saves and the alert goes.
  // The CMS's own dialog says, in Indonesian, only that saving failed; Warta's alert says why.
  await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
  await page
    .getByRole('button', { name: /Tambah \W?Narasumber/ })
    .first()
    .click();
  await pick(page, page.getByRole('combobox', { name: 'Narasumber' }).first(), 'Dewi Anggraini');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(page.locator('#warta-masalah')).toHaveCount(0);
  await expect
    .poll(async () =>
      Object.keys(await savedFiles(page, 'content/articles').catch(() => ({}))).some((f) =>
        f.endsWith('/uji-kutipan-tanpa-narasumber.md'),
      ),
    )
    .toBe(true);
});

test("an expert's file saved after one field is edited changes only that line", async ({ page }) => {
  const file = 'content/experts/dewi-anggraini.yaml';
  await openCheckout(page);
  await page.goto('/admin/#/collections/experts');
  await page.getByText('Dewi Anggraini').first().click();
  const role = page.getByRole('textbox', { name: 'Jabatan' });
  const before = readFileSync(file, 'utf8');
  await expect(role).not.toHaveValue('');
  await role.fill('Ekonom Senior');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect.poll(async () => (await readSaved(page, file)) ?? '').toContain('Ekonom Senior');
  const after = (await readSaved(page, file)) ?? '';
  const was = before.split('\n');
  const now = after.split('\n');
  expect(now.filter((line) => !was.includes(line))).toEqual(['role: "Ekonom Senior"']);
  expect(was.filter((line) => !now.includes(line))).toHaveLength(1);
  expect(was.filter((line) => !now.includes(line))[0]).toMatch(/^role: /);
});
