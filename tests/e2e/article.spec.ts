import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { PAGE_IDS } from '../../src/markdown/anchors.ts';
import { isBadgeYellow } from '../support/badge-yellow.ts';
import { OLD_ARTICLE, SEED, VIEWPORTS } from './pages.ts';

test.describe('seed article', () => {
  test("reads as typeset: a quote's share button sits after its closing punctuation and adds no text", async ({
    page,
  }) => {
    await page.goto(SEED);
    const body = page.locator('.article-body');
    // The paragraphs of the seed with attributed quotes, as the author wrote them (typographic quotes).
    const paragraphs = [
      '“Ini adalah ancaman yang diperhitungkan terhadap aliansi keamanan AS-Korea Selatan-Jepang, yang dirancang untuk mengirim pesan bahwa mereka tidak hanya kuat terhadap NATO di Eropa, tetapi juga kuat di wilayah Timur,” katanya.',
      '“Kim berkunjung ke Kosmodrom Vostochy di wilayah Timur Rusia pada September tahun lalu, dan tampaknya dia mampu mengamankan teknologi Rusia yang lebih maju,” kata Lim kepada DW.',
      '“Akan tetapi, negara-negara ini tidak memiliki institusi dan nilai aliansi yang bisa bertahan lama; mereka hanya terikat secara lemah oleh perlawanan terhadap penegakan hukum dan norma-norma internasional.”',
    ];
    for (const text of paragraphs) {
      const paragraph = body.locator(':scope > p', { hasText: text.slice(1, 40) });
      await expect(paragraph).toHaveCount(1);
      // The DOM's text (reader views, translation) and the rendered text, exactly: no line break where
      // the share icon sits (a block inside the paragraph would put one there).
      expect(await paragraph.textContent()).toBe(text);
      expect(await paragraph.innerText()).toBe(text);
      await expect(paragraph.getByRole('link', { name: /^Bagikan kutipan / })).toHaveCount(1);
    }
    const all = (await body.innerText()).replace(/\s+/g, ' ');
    expect(all).not.toMatch(/ [,.;:!?”’]/);
    expect(all).not.toContain('Bagikan kutipan');
    // Each button follows the punctuation that closes its quote, never a bare word.
    for (const button of await body.locator('p a.quote-share').all()) {
      expect(await button.evaluate((a) => a.previousSibling?.textContent?.slice(-2) ?? '')).toMatch(/[”’]$|[,.]”$/);
    }
  });

  test('a quoted paragraph copies as typeset: a real selection, copied, is its text with no line break', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(SEED);
    const paragraph = page.locator('.article-body > p', { hasText: 'Ini adalah ancaman yang diperhitungkan' });
    await paragraph.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    });
    await page.keyboard.press('ControlOrMeta+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.trim()).toBe(await paragraph.textContent());
    expect(copied).toContain('wilayah Timur,” katanya.');
  });

  test("a quote's share icon never starts a line alone: it stays with the closing marks, at any phone width", async ({
    page,
  }) => {
    await page.goto(SEED);
    let checked = 0;
    for (let width = 320; width <= 480; width += 4) {
      await page.setViewportSize({ width, height: 800 });
      const apart = await page.evaluate(() =>
        [...document.querySelectorAll('.article-body p a.quote-share')].flatMap((link) => {
          const marks = link.previousSibling;
          if (!marks || marks.nodeType !== Node.TEXT_NODE) return [`no closing marks before ${link.outerHTML}`];
          const range = document.createRange();
          range.selectNodeContents(marks);
          const text = [...range.getClientRects()].at(-1)!;
          const icon = link.getBoundingClientRect();
          // Same line: the icon's middle lies within the last line box of the marks.
          const middle = icon.top + icon.height / 2;
          return middle > text.top && middle < text.bottom ? [] : [`${marks.textContent}|icon`];
        }),
      );
      expect(apart, `at ${width} px`).toEqual([]);
      checked++;
    }
    expect(checked).toBe(41);
  });

  test('has no age notice: it is less than a year old on the day the tests build the site', async ({ page }) => {
    await page.goto(SEED);
    await expect(page.locator('header time').first()).toHaveText('Senin, 6 Oktober 2025');
    await expect(
      page.getByText(/terbit lebih dari/),
      'dist/ must be built as of WARTA_BUILD_DATE=2025-11-21T08:00:00+07:00, as `npm test` does',
    ).toHaveCount(0);
  });

  test("the page's own ids are reserved from subheads, and every id is unique", async ({ page }) => {
    for (const url of [SEED, OLD_ARTICLE]) {
      await page.goto(url);
      const ids = await page.evaluate(() =>
        [...document.querySelectorAll('[id]')].map((e) => ({ id: e.id, body: e.closest('.article-body') !== null })),
      );
      const outside = ids.filter((e) => !e.body).map((e) => e.id);
      // A new id in the template must join PAGE_IDS (src/markdown/anchors.ts), or a subhead could take it.
      for (const id of outside) expect(PAGE_IDS, `${url}: #${id}`).toContain(id);
      expect(outside).toContain('konten');
      expect(new Set(ids.map((e) => e.id)).size, url).toBe(ids.length);
    }
  });

  test('shows headline, standfirst, dateline, reading time, source and credit', async ({ page }) => {
    await page.goto(SEED);
    const article = page.locator('article[data-pagefind-body]');
    await expect(article.locator('h1')).toHaveText('Kim Sambut Putin di Pyongyang, Apa Tujuan Pertemuan Ini?');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(article.locator('.standfirst')).toContainText('Baik Putin maupun Kim dikucilkan');
    const time = article.locator('header time').first();
    await expect(time).toHaveText('Senin, 6 Oktober 2025');
    await expect(time).toHaveAttribute('datetime', '2025-10-06');
    await expect(article.locator('header')).toContainText(/\d+ menit baca/);
    await expect(article.locator('header')).toContainText('Sumber: Deutsche Welle');
    await expect(article.locator('.credit')).toHaveText('kp/rs (AP, Reuters)');
    // The desk's initials are a credit line, not code: set in the UI's sans, never a monospace face.
    expect(await article.locator('.credit').evaluate((e) => getComputedStyle(e).fontFamily)).not.toMatch(
      /mono|courier/i,
    );
    await expect(page).toHaveTitle('Kim Sambut Putin di Pyongyang, Apa Tujuan Pertemuan Ini? | Warta');
    for (const subhead of [
      "'Kemampuan Putin yang lihai dan kemauan yang kuat'",
      'Apakah Rusia siap mendukung militer Korut?',
      'Menukar sumber daya alam dengan buruh kerja',
    ]) {
      await expect(article.locator('.article-body h2', { hasText: subhead.replace(/'/g, '') })).toHaveCount(1);
    }
    const text = await article.innerText();
    for (const furniture of ['Rekomendasi untuk Anda', 'Berita Terkini', 'TribunNews', '©'])
      expect(text).not.toContain(furniture);
    await expect(page.getByRole('heading', { name: 'Rekomendasi untuk Anda' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Berita Terkini', exact: true })).toBeVisible();
  });

  test('expert sidebar lists the quoted people in frontmatter order and links to their quotes and pages', async ({
    page,
  }) => {
    await page.goto(SEED);
    const sidebar = page.getByRole('complementary', { name: 'Narasumber dalam berita ini' });
    await expect(sidebar).toBeVisible();
    const names = await sidebar.locator('li > p:first-child').allInnerTexts();
    expect(names).toEqual(['Yakov Zinberg', 'Lim Eun-jung', 'Leif-Eric Easley']);
    await expect(sidebar).toContainText('Universitas Kokushikan');
    const jump = sidebar.getByRole('link', { name: 'Lihat kutipan Yakov Zinberg' });
    await expect(jump).toHaveAttribute('href', '#kutipan-yakov-zinberg-1');
    await jump.click();
    await expect(page).toHaveURL(/#kutipan-yakov-zinberg-1$/);
    await expect(page.locator('#kutipan-yakov-zinberg-1')).toBeInViewport();
    await expect(sidebar.getByRole('link', { name: 'Profil & semua kutipan Lim Eun-jung' })).toHaveAttribute(
      'href',
      '/pakar/lim-eun-jung/',
    );
  });

  test('sidebar is beside the whole story on desktop, from the headline down, and after the body on phones', async ({
    browser,
  }) => {
    for (const [device, viewport] of [...Object.entries(VIEWPORTS), ['wide', { width: 1440, height: 900 }] as const]) {
      const page = await browser.newPage({ viewport });
      await page.goto(SEED);
      const body = await page.locator('.article-body').boundingBox();
      const aside = await page.locator('aside.expert-sidebar').boundingBox();
      const header = await page.locator('article header').boundingBox();
      const headline = await page.locator('h1').boundingBox();
      if (!body || !aside || !header || !headline) throw new Error('missing boxes');
      if (device !== 'phone') {
        expect(aside.x, device).toBeGreaterThan(body.x + body.width);
        expect(aside.x, device).toBeGreaterThanOrEqual(header.x + header.width);
        // It starts level with the top of the story (the breadcrumb), not below the headline.
        expect(Math.abs(aside.y - header.y), device).toBeLessThan(24);
        expect(aside.y, device).toBeLessThan(headline.y);
      } else {
        expect(aside.y).toBeGreaterThan(body.y + body.height);
      }
      await page.close();
    }
  });

  test('pull-quotes are shown but heard once: hidden from assistive technology and search', async ({ page }) => {
    await page.goto(SEED);
    const pullQuotes = page.locator('figure.pull-quote');
    expect(await pullQuotes.count()).toBeGreaterThanOrEqual(2);
    await expect(pullQuotes.first()).toBeVisible();
    for (const figure of await pullQuotes.all()) {
      await expect(figure).toHaveAttribute('aria-hidden', 'true');
      await expect(figure).toHaveAttribute('data-pagefind-ignore', 'all');
    }
    const sentence = 'Ini adalah ancaman yang diperhitungkan terhadap aliansi keamanan AS-Korea Selatan-Jepang';
    const tree = await page.locator('article[data-pagefind-body]').ariaSnapshot();
    expect(tree.split(sentence).length - 1).toBe(1);
    const visibleText = await page.locator('.article-body').innerText();
    expect(visibleText.split(sentence).length - 1).toBe(2);
  });

  test('tags link to tag pages and related articles never include the article itself', async ({ page }) => {
    await page.goto(SEED);
    await page.getByRole('navigation', { name: 'Topik' }).getByRole('link', { name: 'Korea Utara' }).click();
    await expect(page).toHaveURL('/topik/korea-utara/');
    await expect(
      page.getByRole('link', { name: 'Kim Sambut Putin di Pyongyang, Apa Tujuan Pertemuan Ini?' }),
    ).toBeVisible();
    await page.goto(SEED);
    const related = page.locator('section', { has: page.getByRole('heading', { name: 'Rekomendasi untuk Anda' }) });
    expect(await related.locator('h3 a').count()).toBeGreaterThan(0);
    for (const href of await related.locator('h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(href).not.toBe(SEED);
  });

  test('reads completely with JavaScript disabled', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(SEED);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.article-body p').first()).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Narasumber dalam berita ini' })).toBeVisible();
    await expect(page.locator('#theme-toggle')).toBeHidden();
    await page.getByRole('navigation', { name: 'Lokasi halaman' }).getByRole('link', { name: 'Internasional' }).click();
    await expect(page).toHaveURL('/rubrik/internasional/');
    await expect(page.locator('h1')).toHaveText('Internasional');
    await context.close();
  });

  test('keyboard: the skip link is first and moves focus to the content', async ({ page }) => {
    await page.goto(SEED);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Langsung ke konten utama' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#konten$/);
    await expect(page.locator('main')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(
      page.getByRole('navigation', { name: 'Lokasi halaman' }).getByRole('link', { name: 'Beranda' }),
    ).toBeFocused();
  });
});

test.describe('an article more than a year old', () => {
  test('says so above its dateline, in words every reader gets, and not in search results', async ({ page }) => {
    await page.goto(OLD_ARTICLE);
    const notice = page.locator('article header .age-notice');
    await expect(notice).toHaveText('Artikel ini terbit lebih dari setahun lalu');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('data-pagefind-ignore', '');
    // In the accessibility tree, read before the dateline it qualifies.
    const tree = await page.locator('article header').ariaSnapshot();
    const said = tree.indexOf('paragraph: Artikel ini terbit lebih dari setahun lalu');
    const dateline = tree.indexOf('time: Senin, 19 Agustus 2024, 10.30 WIB');
    expect(said, tree).toBeGreaterThan(-1);
    expect(dateline, tree).toBeGreaterThan(said);
    // Close to the dateline: directly above its row.
    const gap = await page.evaluate(() => {
      const a = document.querySelector('.age-notice')!.getBoundingClientRect();
      const b = document.querySelector('article header time')!.getBoundingClientRect();
      return b.top - a.bottom;
    });
    expect(gap).toBeGreaterThan(0);
    expect(gap).toBeLessThan(48);
  });

  test('shares a card with its year in a yellow badge; a recent article shares one without', async ({ page }) => {
    /** Pixels of the card an article page links as og:image that are the badge's yellow. */
    const yellowPixels = async (url: string) => {
      await page.goto(url);
      const card = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!).pathname;
      const { data } = await sharp(readFileSync(path.join('dist', card)))
        .removeAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      let count = 0;
      for (let i = 0; i < data.length; i += 3) if (isBadgeYellow(data, i)) count++;
      return count;
    };
    expect(await yellowPixels(OLD_ARTICLE)).toBeGreaterThan(5_000);
    expect(await yellowPixels(SEED)).toBe(0);
  });

  test('is the only default article with a notice', () => {
    // Every article page of the built site, read as files (a visit each would add seconds, not coverage).
    const pages = readdirSync('dist/berita');
    expect(pages.length).toBeGreaterThan(10);
    const withNotice = pages.filter((slug) =>
      readFileSync(path.join('dist/berita', slug, 'index.html'), 'utf8').includes('class="age-notice'),
    );
    expect(withNotice.map((slug) => `/berita/${slug}/`)).toEqual([OLD_ARTICLE]);
  });
});

test.describe('theme', () => {
  test('follows the system, toggles, persists across pages without a flash', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(18, 18, 18)');
    const toggle = page.locator('#theme-toggle');
    await expect(toggle).toHaveAccessibleName('Ganti ke tampilan terang');
    await toggle.click();
    expect(await background()).toBe('rgb(251, 250, 247)');
    await expect(toggle).toHaveAccessibleName('Ganti ke tampilan gelap');
    // The stored choice is applied by the inline head script, before the body is parsed.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive')
          (window as unknown as { themeAtParse: string }).themeAtParse = document.documentElement.dataset.theme ?? '';
      });
    });
    await page.goto('/terkini/');
    expect(await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse)).toBe('light');
    expect(await background()).toBe('rgb(251, 250, 247)');
    await context.close();
  });
});

test('a correction is shown near the top with its WIB time, updates the article, and is in its JSON-LD', async ({
  page,
}) => {
  await page.goto('/berita/persiharja-tekuk-garuda-pesisir/');
  const notice = page.getByRole('complementary', { name: 'Koreksi atas artikel ini' });
  await expect(notice.getByRole('heading', { name: 'Koreksi' })).toBeVisible();
  await expect(notice).toContainText('Versi sebelumnya menyebut Persiharja naik ke peringkat kedua.');
  await expect(notice.locator('time')).toHaveText('Rabu, 12 November 2025, 09.40 WIB');
  await expect(notice.locator('time')).toHaveAttribute('datetime', '2025-11-12T09:40:00+07:00');
  // Above the story: the notice comes before the body's first paragraph.
  const [noticeTop, bodyTop] = await Promise.all([
    notice.evaluate((el) => el.getBoundingClientRect().top),
    page
      .locator('.article-body p')
      .first()
      .evaluate((el) => el.getBoundingClientRect().top),
  ]);
  expect(noticeTop).toBeLessThan(bodyTop);
  await expect(page.locator('article header p', { hasText: 'Diperbarui' })).toHaveText(
    'Diperbarui Rabu, 12 November 2025, 09.40 WIB',
  );
  const article = (
    await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent ?? '{}')))
  ).find((data) => data['@type'] === 'NewsArticle');
  expect(article.dateModified).toBe('2025-11-12T09:40:00+07:00');
  expect(article.correction).toEqual([
    {
      '@type': 'CorrectionComment',
      text: 'Versi sebelumnya menyebut Persiharja naik ke peringkat kedua. Yang benar, peringkat ketiga.',
      datePublished: '2025-11-12T09:40:00+07:00',
    },
  ]);
  await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute(
    'content',
    '2025-11-12T09:40:00+07:00',
  );
});
