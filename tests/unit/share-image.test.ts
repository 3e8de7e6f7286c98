import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { family, SERIF } from '../../src/share-image/fonts.ts';
import { cleanText, prepareCard } from '../../src/share-image/glyphs.ts';
import {
  renderShareImage,
  renderSiteImage,
  shareImageCached,
  shareImageHash,
  ShareImageError,
  titleLayout,
  type ShareImageInput,
} from '../../src/share-image/render.ts';

const LEAD_IMAGE = path.resolve('content/articles/2025/11/harga-cabai-bawang.png');
const date = new Date('2025-10-06T09:30:00+07:00');
const article: ShareImageInput = { title: 'Harga Cabai dan Bawang Merah Terus Naik Jelang Akhir Tahun', section: 'Ekonomi', date };
const SLOW = 60_000;

/** Decodes the output: a 1200×630 JPEG under 300 KB. */
async function expectCard(data: Buffer): Promise<void> {
  const meta = await sharp(data).metadata();
  expect(meta.format).toBe('jpeg');
  expect(meta.width).toBe(1200);
  expect(meta.height).toBe(630);
  expect(data.length).toBeLessThan(300 * 1024);
}

/** Mean brightness (0–255) and its spread of a region of a card. */
async function region(data: Buffer, left: number, top: number, width: number, height: number) {
  const pixels = await sharp(data).extract({ left, top, width, height }).greyscale().raw().toBuffer();
  const mean = pixels.reduce((sum, v) => sum + v, 0) / pixels.length;
  const stdev = Math.sqrt(pixels.reduce((sum, v) => sum + (v - mean) ** 2, 0) / pixels.length);
  return { mean, stdev };
}

/** The share of strongly coloured pixels in the headline's zone of a paper card (below the kicker, above the foot). */
async function colourShare(data: Buffer): Promise<number> {
  const pixels = await sharp(data).extract({ left: 0, top: 100, width: 1200, height: 380 }).raw().toBuffer();
  let coloured = 0;
  for (let i = 0; i < pixels.length; i += 3) if (Math.max(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!) - Math.min(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!) > 80) coloured++;
  return coloured / (pixels.length / 3);
}

const titleOf200 =
  'Pemerintah Kota Wanareja Menetapkan Status Tanggap Darurat Banjir Rob Setelah Air Laut Menggenangi Tujuh Kelurahan di Pesisir Utara Selama Tiga Hari, Ribuan Warga Mengungsi ke Tempat yang Lebih Tinggi';

describe('renderShareImage', () => {
  it('draws an Indonesian headline on the paper card', { timeout: SLOW }, async () => {
    const data = await renderShareImage(article);
    await expectCard(data);
    // paper: light at the top, where a photo would be
    const top = await region(data, 0, 20, 1200, 40);
    expect(top.mean).toBeGreaterThan(230);
  });

  it('draws the markup characters < & " and quotes as text', { timeout: SLOW }, async () => {
    await expectCard(await renderShareImage({ ...article, title: 'Apa Arti "Inflasi < 3%" & \'Harga Wajar\' bagi Warga? <b>Bukan</b> HTML' }));
  });

  it('draws a Korean name', { timeout: SLOW }, async () => {
    await expectCard(await renderShareImage({ ...article, title: 'Penyanyi 박지연 Gelar Konser Amal di Wanareja' }));
  });

  it('draws emoji, a ZWJ sequence and a flag included, in colour', { timeout: SLOW }, async () => {
    const data = await renderShareImage({ ...article, title: 'Programmer 👩‍💻 Muda 🇮🇩 Juara Dunia 🎉👍🏽' });
    await expectCard(data);
    // The headline's zone of a paper card is ink on paper; only emoji bring colour (a missing glyph's box
    // or a monochrome fallback would not).
    expect(await colourShare(data)).toBeGreaterThan(0.005);
    expect(await colourShare(await renderShareImage(article))).toBe(0);
  });

  it('fits a 200-character headline without cutting it', { timeout: SLOW }, async () => {
    expect(titleOf200).toHaveLength(200);
    for (const withImage of [false, true]) {
      const layout = titleLayout(titleOf200, withImage);
      expect(layout.clamped).toBe(false);
      expect(layout.lines).toBeLessThanOrEqual(5);
      expect(layout.fontSize).toBeGreaterThanOrEqual(38);
    }
    await expectCard(await renderShareImage({ ...article, title: titleOf200 }));
    await expectCard(await renderShareImage({ ...article, title: titleOf200, image: LEAD_IMAGE }));
  });

  it('shrinks long headlines and clamps an overlong one with an ellipsis', () => {
    const short = titleLayout('Banjir Rob', false);
    const long = titleLayout(titleOf200, false);
    expect(long.fontSize).toBeLessThan(short.fontSize);
    expect(titleLayout(`${titleOf200} ${titleOf200}`, false).clamped).toBe(true);
  });

  it('draws an overlong headline within the card', { timeout: SLOW }, async () => {
    await expectCard(await renderShareImage({ ...article, title: `${titleOf200} ${titleOf200}` }));
  });

  it('uses the lead image behind a dark gradient', { timeout: SLOW }, async () => {
    const data = await renderShareImage({ ...article, image: LEAD_IMAGE });
    await expectCard(data);
    // the photo shows at the top (the chart's title: not a flat colour) and the text sits on dark
    expect((await region(data, 40, 30, 800, 90)).stdev).toBeGreaterThan(20);
    expect((await region(data, 0, 612, 1200, 18)).mean).toBeLessThan(40);
  });

  it('reads JPEG and WebP lead images too', { timeout: SLOW }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'warta-share-formats-'));
    try {
      for (const [name, format] of [['lead.jpg', 'jpeg'], ['lead.webp', 'webp']] as const) {
        const file = path.join(dir, name);
        await sharp(LEAD_IMAGE).toFormat(format).toFile(file);
        await expectCard(await renderShareImage({ ...article, image: file }));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['an Egyptian hieroglyph', 'Firaun 𓀀 Ditemukan', '𓀀', 0x13000],
    ['a private-use character', 'Logo \uE000 Baru', '\uE000', 0xe000],
  ])('refuses %s, naming it', { timeout: SLOW }, async (_name, title, character, codePoint) => {
    const error = await renderShareImage({ ...article, title }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShareImageError);
    const e = error as ShareImageError;
    expect(e.character).toBe(character);
    expect(e.codePoint).toBe(codePoint);
    expect(e.field).toBe('title');
    expect(e.message).toContain(`character "${character}" (U+${codePoint.toString(16).toUpperCase()})`);
    expect(e.message).toContain('cannot be drawn');
  });

  it('names an unsupported character in the section too', async () => {
    const error = await renderShareImage({ ...article, section: 'Rubrik 𓀀' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShareImageError);
    expect((error as ShareImageError).field).toBe('section');
  });
});

describe('what draws each character', () => {
  const serif = family(SERIF);

  it('sets emoji clusters in the emoji font and everything else in text fonts, loading only the subsets needed', () => {
    const card = prepareCard([{ field: 'title', text: 'Programmer 👩‍💻 🇮🇩 박지연', family: serif, weight: 700 }]);
    const emoji = (c: (typeof card.texts)[number]) => c.clusters.filter((x) => x.emoji).map((x) => x.text);
    expect(emoji(card.texts[0]!)).toEqual(['👩‍💻', '🇮🇩']);
    expect(card.emoji).toBe(true);
    expect(card.texts[0]?.runs).toEqual([
      { text: 'Programmer ', emoji: false },
      { text: '👩‍💻', emoji: true },
      { text: ' ', emoji: false },
      { text: '🇮🇩', emoji: true },
      { text: ' 박지연', emoji: false },
    ]);
    const names = card.fonts.map((f) => f.name);
    expect(names).toContain('Source Serif 4 latin');
    expect(names.some((n) => n.startsWith('Noto Sans KR '))).toBe(true);
    expect(names.length).toBeLessThan(8);
  });

  it('shows a ZWJ sequence newer than the emoji set as its parts', () => {
    const card = prepareCard([{ field: 'title', text: 'Burung 🐦‍🔥', family: serif, weight: 700 }]);
    expect(card.texts[0]?.text).toBe('Burung 🐦🔥');
    expect(card.texts[0]?.clusters.filter((x) => x.emoji).map((x) => x.text)).toEqual(['🐦', '🔥']);
  });

  it('cleans line breaks, runs of spaces and invisible characters, and composes accents', () => {
    expect(cleanText('  Kabar\n\tbaru\u200b  hari\u00adini  e\u0301 ')).toBe('Kabar baru hariini é');
  });
});

describe('renderSiteImage', () => {
  it('draws the site card, with and without a page label', { timeout: SLOW }, async () => {
    await expectCard(await renderSiteImage());
    await expectCard(await renderSiteImage({ label: 'Ekonomi', kicker: 'Rubrik' }));
    await expectCard(await renderSiteImage({ label: 'Prof. Dr. Bagus Hartono, M.Sc.' }));
  });
});

describe('shareImageCached', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('renders once, then serves the same inputs from the cache; a changed title renders again', { timeout: SLOW }, async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'warta-share-'));
    dirs.push(cacheDir);
    const input = { ...article, image: LEAD_IMAGE, cacheDir };

    const first = await shareImageCached(input);
    expect(first.rendered).toBe(true);
    expect(first.file).toBe(path.join(cacheDir, `${first.hash}.jpg`));
    await expectCard(await readFile(first.file));

    const second = await shareImageCached(input);
    expect(second.rendered).toBe(false);
    expect(second.hash).toBe(first.hash);
    expect(second.data.equals(first.data)).toBe(true);

    const retitled = await shareImageCached({ ...input, title: `${article.title} (Diperbarui)` });
    expect(retitled.rendered).toBe(true);
    expect(retitled.hash).not.toBe(first.hash);
  });

  it('draws one card an article: no taller versions beside it in the cache', { timeout: SLOW }, async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'warta-share-one-'));
    dirs.push(cacheDir);
    const drawn = await shareImageCached({ ...article, cacheDir });
    await expectCard(drawn.data);
    expect(await readdir(cacheDir)).toEqual([`${drawn.hash}.jpg`]);
  });

  it('keys on the lead image bytes, not its path, and on the shown day, not the time', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'warta-share-hash-'));
    dirs.push(dir);
    const copy = path.join(dir, 'copy.png');
    const changed = path.join(dir, 'changed.png');
    const bytes = await readFile(LEAD_IMAGE);
    await writeFile(copy, bytes);
    await writeFile(changed, Buffer.concat([bytes, Buffer.from([0])]));

    const base = await shareImageHash({ ...article, image: LEAD_IMAGE });
    expect(await shareImageHash({ ...article, image: copy })).toBe(base);
    expect(await shareImageHash({ ...article, image: changed })).not.toBe(base);
    expect(await shareImageHash(article)).not.toBe(base);
    expect(await shareImageHash({ ...article, image: LEAD_IMAGE, date: new Date('2025-10-06T15:00:00+07:00') })).toBe(base);
    expect(await shareImageHash({ ...article, image: LEAD_IMAGE, date: new Date('2025-10-07T09:30:00+07:00') })).not.toBe(base);
    expect(await shareImageHash({ ...article, image: LEAD_IMAGE, section: 'Nasional' })).not.toBe(base);
  });
});

describe('placeShareImages', () => {
  it('links each listed image in from the cache, draws the missing, and removes the list', { timeout: SLOW }, async () => {
    const { placeShareImages, SHARE_IMAGE_LIST } = await import('../../src/share-image/place.ts');
    const dir = await mkdtemp(path.join(tmpdir(), 'warta-place-'));
    const cacheDir = path.join(dir, 'cache');
    const out = path.join(dir, 'out');
    const input = { ...article, cacheDir };
    const cached = await shareImageCached(input);
    const other = { ...article, title: 'Judul lain yang belum digambar' };
    const otherHash = await shareImageHash(other);
    const entry = (file: string, cacheFile: string, inputs: ShareImageInput) => ({
      path: `og/berita/${file}.jpg`,
      cacheFile,
      input: { ...inputs, date: inputs.date.toISOString() },
    });
    const list = [entry('satu', `${cached.hash}.jpg`, article), entry('dua', `${otherHash}.jpg`, other)];
    await import('node:fs/promises').then((fs) => fs.mkdir(path.join(out, 'og/berita'), { recursive: true }));
    await writeFile(path.join(out, SHARE_IMAGE_LIST), JSON.stringify(list));

    expect(await placeShareImages(out, cacheDir)).toEqual({ placed: 2, drawn: 1 });
    expect((await readFile(path.join(out, 'og/berita/satu.jpg'))).equals(cached.data)).toBe(true);
    await expectCard(await readFile(path.join(out, 'og/berita/dua.jpg')));
    await expect(readFile(path.join(out, SHARE_IMAGE_LIST))).rejects.toThrow();
    await rm(dir, { recursive: true, force: true });
  });
});
