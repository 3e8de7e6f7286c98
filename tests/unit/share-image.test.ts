import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { shareImageCached, shareImageHash } from '../../src/share-image/cache.ts';
import { family, SERIF } from '../../src/share-image/fonts.ts';
import { cleanText, prepareCard, ShareImageError, wordWidths } from '../../src/share-image/glyphs.ts';
import { articleCardInput, type ShareImageInput } from '../../src/share-image/inputs.ts';
import { titleLayout } from '../../src/share-image/layouts.ts';
import { renderShareImage, renderSiteImage } from '../../src/share-image/render.ts';
import { isBadgeYellow } from '../support/badge-yellow.ts';

const LEAD_IMAGE = path.resolve('content/articles/2025/11/harga-cabai-bawang.png');
const date = new Date('2025-10-06T09:30:00+07:00');
const article: ShareImageInput = {
  title: 'Harga Cabai dan Bawang Merah Terus Naik Jelang Akhir Tahun',
  section: 'Ekonomi',
  date,
};
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
  for (let i = 0; i < pixels.length; i += 3)
    if (
      Math.max(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!) - Math.min(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!) >
      80
    )
      coloured++;
  return coloured / (pixels.length / 3);
}

/**
 * What a paper card drew, read back from its pixels. The headline sits between the kicker and the foot
 * (y 100–480), from the left padding (72 px) on. Renders are deterministic and JPEG blocks are coded
 * independently, so two cards differ only around what differs in their texts.
 */
const HEADLINE = { top: 100, bottom: 480 };
const PAPER = [0xfb, 0xfa, 0xf7];
const PAPER_PAD = 72;

interface Pixels {
  data: Buffer;
  width: number;
  height: number;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** pixels in the box that matched */
  count: number;
}

async function pixelsOf(jpeg: Buffer): Promise<Pixels> {
  const { data, info } = await sharp(jpeg).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** The box around the pixels at which `hit(offset of the pixel's red byte)` holds, between two rows. */
function boxOf(p: Pixels, hit: (i: number) => boolean, top = 0, bottom = p.height): Box | undefined {
  let box: Box | undefined;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < p.width; x++) {
      if (!hit((y * p.width + x) * 3)) continue;
      box ??= { left: x, right: x, top: y, bottom: y, count: 0 };
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
      box.count++;
    }
  }
  return box;
}

/** Where the headline put ink (anything clearly not paper, colour included). */
const inkOf = (p: Pixels) =>
  boxOf(p, (i) => [0, 1, 2].some((c) => Math.abs(p.data[i + c]! - PAPER[c]!) > 60), HEADLINE.top, HEADLINE.bottom);

/** Where two cards differ clearly (not by JPEG noise). */
const differenceOf = (a: Pixels, b: Pixels) =>
  boxOf(a, (i) => [0, 1, 2].some((c) => Math.abs(a.data[i + c]! - b.data[i + c]!) > 48));

const titleSpec = (text: string) => ({ field: 'title', text, family: family(SERIF), weight: 700 });

/**
 * The width, in pixels on a paper card, of a headline that fits one line: the advance widths of the fonts
 * the renderer was given for each character (an emoji 1em), at the size the card chose.
 */
function lineWidth(title: string): number {
  const layout = titleLayout(title, false);
  expect(layout.lines, `"${title}" is set on one line`).toBe(1);
  const { words, space } = wordWidths(prepareCard([titleSpec(title)]).texts[0]!);
  return (words.reduce((sum, w) => sum + w, 0) + space * (words.length - 1)) * layout.fontSize;
}

/** The headline's ink spans its expected width (within 5 %: side bearings, letter spacing), from the padding. */
async function expectDrawnWidth(title: string): Promise<void> {
  const expected = lineWidth(title);
  const ink = inkOf(await pixelsOf(await renderShareImage({ ...article, title })));
  expect(ink, `ink of "${title}"`).toBeDefined();
  expect(Math.abs(ink!.left - PAPER_PAD), `left edge of "${title}"`).toBeLessThan(10);
  const drawn = ink!.right - ink!.left + 1;
  expect(
    Math.abs(drawn - expected),
    `"${title}" drawn ${drawn} px wide, ${Math.round(expected)} px expected`,
  ).toBeLessThan(0.05 * expected);
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

  it('draws the markup characters < & " and quotes as text, tags and all', { timeout: SLOW }, async () => {
    // A headline is plain text (the pages show it escaped): a tag in it is shown, not obeyed or dropped.
    const title = 'Apa Arti "Inflasi < 3%" & \'Harga Wajar\' bagi Warga? <b>Bukan</b> HTML';
    await expectCard(await renderShareImage({ ...article, title }));
    expect(prepareCard([titleSpec(title)]).texts[0]?.runs).toEqual([{ text: title, emoji: false }]);
    // What was drawn is as wide as the literal characters: the same line with its tags dropped would be
    // more than a fifth narrower, and with its characters escaped (&lt;b&gt;) far wider.
    const line = '<b>Bukan</b> & "Ya"';
    expect(lineWidth('Bukan & "Ya"')).toBeLessThan(0.8 * lineWidth(line));
    await expectDrawnWidth(line);
  });

  it('draws a Korean name in the Korean font: its own syllables, not boxes', { timeout: SLOW }, async () => {
    const title = 'Penyanyi 박지연 Gelar Konser Amal di Wanareja';
    const hangul = prepareCard([titleSpec(title)]).texts[0]!.clusters.filter((c) => /\p{Script=Hangul}/u.test(c.text));
    expect(hangul.map((c) => [c.text, c.font?.family.pkg])).toEqual(
      ['박', '지', '연'].map((c) => [c, '@fontsource/noto-sans-kr']),
    );

    const drawn = await renderShareImage({ ...article, title });
    await expectCard(drawn);
    // The same card with the name's syllables in another order: drawn as boxes (a missing glyph) or not at
    // all, the two cards would be the same picture. Only where the name is may they differ.
    const swapped = title.replace('박지연', '연지박');
    const layout = titleLayout(title, false);
    expect(titleLayout(swapped, false)).toEqual(layout);
    const changed = differenceOf(
      await pixelsOf(drawn),
      await pixelsOf(await renderShareImage({ ...article, title: swapped })),
    );
    expect(changed, 'the syllables are drawn, each its own').toBeDefined();
    expect(changed!.count).toBeGreaterThan(300);
    expect(changed!.right - changed!.left).toBeLessThan(3 * layout.fontSize + 32);
    expect(changed!.top).toBeGreaterThanOrEqual(HEADLINE.top);
    expect(changed!.bottom).toBeLessThan(HEADLINE.bottom);
  });

  it('draws emoji, a ZWJ sequence and a flag included, in colour', { timeout: SLOW }, async () => {
    const data = await renderShareImage({ ...article, title: 'Programmer 👩‍💻 Muda 🇮🇩 Juara Dunia 🎉👍🏽' });
    await expectCard(data);
    // The headline's zone of a paper card is ink on paper; only emoji bring colour (a missing glyph's box
    // or a monochrome fallback would not).
    expect(await colourShare(data)).toBeGreaterThan(0.005);
    expect(await colourShare(await renderShareImage(article))).toBe(0);
    // Each sequence is one picture, 1em wide: drawn as its parts (👩 and 💻, the letters 🇮 🇩, 👍 and a
    // skin-tone swatch), the line would be an em wider for each.
    const line = 'Juara 👩‍💻🇮🇩👍🏽';
    expect(
      prepareCard([titleSpec(line)])
        .texts[0]?.clusters.filter((c) => c.emoji)
        .map((c) => c.text),
    ).toEqual(['👩‍💻', '🇮🇩', '👍🏽']);
    await expectDrawnWidth(line);
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

  it("carries an old article's year, large, in a yellow badge: top right on paper, top left over a photo", {
    timeout: SLOW,
  }, async () => {
    const yellow = (p: Pixels) => (i: number) => isBadgeYellow(p.data, i);
    const paper = await pixelsOf(await renderShareImage({ ...article, archiveYear: 2023 }));
    const recent = await pixelsOf(await renderShareImage(article));
    expect(boxOf(recent, yellow(recent)), 'no badge on a recent card').toBeUndefined();
    const badge = boxOf(paper, yellow(paper));
    expect(badge, 'a yellow badge on the paper card').toBeDefined();
    expect(badge!.right, 'at the right padding').toBeGreaterThan(1200 - 72 - 6);
    expect(badge!.top, 'in the kicker row').toBeLessThan(70);
    expect(badge!.bottom - badge!.top, 'taller than the headline text of a kicker').toBeGreaterThan(70);
    expect(badge!.right - badge!.left, 'four digits at 60 px').toBeGreaterThan(140);
    // the digits: dark ink inside the badge, and another year differs only there
    const ink = boxOf(paper, (i) => paper.data[i]! < 80, badge!.top, badge!.bottom);
    expect(ink!.left).toBeGreaterThan(badge!.left);
    const other = differenceOf(paper, await pixelsOf(await renderShareImage({ ...article, archiveYear: 2021 })));
    expect(other!.left).toBeGreaterThan(badge!.left);
    expect(other!.bottom).toBeLessThan(badge!.bottom + 8);

    const photo = await pixelsOf(await renderShareImage({ ...article, image: LEAD_IMAGE, archiveYear: 2023 }));
    const onPhoto = differenceOf(photo, await pixelsOf(await renderShareImage({ ...article, image: LEAD_IMAGE })));
    expect(onPhoto, 'the badge is all that the year adds over a photo').toBeDefined();
    expect(Math.abs(onPhoto!.left - 64)).toBeLessThan(8);
    expect(onPhoto!.top).toBeLessThan(60);
    expect(onPhoto!.bottom).toBeLessThan(160);
    expect(boxOf(photo, yellow(photo), onPhoto!.top, onPhoto!.bottom)!.count).toBeGreaterThan(5_000);
  });

  it('marks a live page "LANGSUNG" in red where the year goes, and beside the year on an old one', {
    timeout: SLOW,
  }, async () => {
    const red = (p: Pixels) => (i: number) => p.data[i]! > 130 && p.data[i + 1]! < 60 && p.data[i + 2]! < 80;
    const plain = await pixelsOf(await renderShareImage(article));
    const live = await pixelsOf(await renderShareImage({ ...article, live: true }));
    const added = differenceOf(live, plain);
    expect(added, 'the badge is drawn').toBeDefined();
    expect(added!.top, 'in the kicker row').toBeLessThan(70);
    expect(added!.right).toBeGreaterThan(1200 - 72 - 6);
    expect(boxOf(live, red(live), added!.top, added!.bottom)!.count, 'on the accent red').toBeGreaterThan(5_000);
    const both = await pixelsOf(await renderShareImage({ ...article, live: true, archiveYear: 2023 }));
    expect(
      boxOf(both, (i) => isBadgeYellow(both.data, i)),
      'the year too',
    ).toBeDefined();
    const photo = await pixelsOf(await renderShareImage({ ...article, image: LEAD_IMAGE, live: true }));
    const onPhoto = differenceOf(photo, await pixelsOf(await renderShareImage({ ...article, image: LEAD_IMAGE })));
    expect(Math.abs(onPhoto!.left - 64)).toBeLessThan(8);
    expect(onPhoto!.bottom).toBeLessThan(160);
  });

  it('reads JPEG and WebP lead images too', { timeout: SLOW }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'warta-share-formats-'));
    try {
      for (const [name, format] of [
        ['lead.jpg', 'jpeg'],
        ['lead.webp', 'webp'],
      ] as const) {
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

  it('renders once, then serves the same inputs from the cache; a changed title renders again', {
    timeout: SLOW,
  }, async () => {
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
    expect(await shareImageHash({ ...article, image: LEAD_IMAGE, date: new Date('2025-10-06T15:00:00+07:00') })).toBe(
      base,
    );
    expect(
      await shareImageHash({ ...article, image: LEAD_IMAGE, date: new Date('2025-10-07T09:30:00+07:00') }),
    ).not.toBe(base);
    expect(await shareImageHash({ ...article, image: LEAD_IMAGE, section: 'Nasional' })).not.toBe(base);
    expect(await shareImageHash({ ...article, image: LEAD_IMAGE, archiveYear: 2023 })).not.toBe(base);
    expect(await shareImageHash({ ...article, image: LEAD_IMAGE, archiveYear: undefined })).toBe(base);
    expect(await shareImageHash({ ...article, image: LEAD_IMAGE, live: true })).not.toBe(base);
  });

  it("gives a live page's card its badge until the coverage ends on the build's clock", () => {
    const fields = { file: 'content/articles/x.md', title: 'Judul', sectionName: 'Ekonomi', published: new Date(0) };
    const now = new Date('2025-11-21T08:00:00+07:00');
    const card = (live?: { end: Date | undefined }) => articleCardInput({ ...fields, live }, now).live;
    expect(card()).toBeUndefined();
    expect(card({ end: undefined })).toBe(true);
    expect(card({ end: new Date('2025-11-21T22:00:00+07:00') })).toBe(true);
    expect(card({ end: new Date('2025-11-21T08:00:00+07:00') })).toBeUndefined();
  });

  it("gives an article's card its year once the article is older than the age-notice threshold", () => {
    const fields = { file: 'content/articles/x.md', title: 'Judul', sectionName: 'Ekonomi' };
    const now = new Date('2025-11-21T08:00:00+07:00');
    const card = (published: string) => articleCardInput({ ...fields, published: new Date(published) }, now);
    expect(card('2025-10-06T00:00:00+07:00').archiveYear).toBeUndefined();
    expect(card('2024-11-21T23:00:00+07:00').archiveYear).toBeUndefined();
    expect(card('2024-11-20T23:00:00+07:00').archiveYear).toBe(2024);
    // the year in Jakarta: 31 December 2022, 20:00 UTC is New Year's Day 2023 there
    expect(card('2022-12-31T20:00:00Z').archiveYear).toBe(2023);
  });
});

describe('placeShareImages', () => {
  it('links each listed image in from the cache, draws the missing, and removes the list', {
    timeout: SLOW,
  }, async () => {
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
