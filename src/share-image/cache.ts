/**
 * Article cards cached by content: the hash of everything that changes the picture names the file, so a
 * card is drawn once and a changed headline is a new file (and URL).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { moduleGraphDigest } from '../build/source-digest.ts';
import { formatLongDate } from '../core/dates.ts';
import { t } from '../i18n/id.ts';
import { emojiVersion } from './emoji.ts';
import { fontVersions, packageVersion } from './fonts.ts';
import type { ShareImageInput } from './inputs.ts';
import { renderShareImage } from './render.ts';

let dependencies: string[] | undefined;

/** Everything besides the inputs that changes the picture: this code, Takumi, sharp, fonts and emoji. */
function dependencyVersions(): string[] {
  return (dependencies ??= [
    // this module and everything it imports (by path from the project: Vite bundles this file into the
    // build, where import.meta.url is a chunk): a changed design draws every card again
    `code@${moduleGraphDigest(['src/share-image/cache.ts'])}`,
    `@takumi-rs/core@${packageVersion('@takumi-rs/core')}`,
    `fontkit@${packageVersion('fontkit')}`,
    `sharp@${sharp.versions.sharp ?? ''}`,
    `vips@${sharp.versions.vips}`,
    emojiVersion(),
    ...fontVersions(),
    `site=${t.siteName}`,
  ]);
}

/**
 * The content hash of an article's share image: the inputs, the lead image's bytes (not its path or
 * time), the renderer's code and the versions of Takumi, sharp, fonts and emoji. 32 hex digits.
 */
export async function shareImageHash(input: ShareImageInput): Promise<string> {
  // Every field but the image's path (its bytes count) and the instant (its day is what is drawn), so a
  // field added to the input is covered without touching this function.
  const { image, date, ...drawn } = input;
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ deps: dependencyVersions(), ...drawn, day: formatLongDate(date) }));
  hash.update('\0');
  if (image) hash.update(await readFile(image));
  return hash.digest('hex').slice(0, 32);
}

export interface CachedShareImage {
  hash: string;
  /** `<cacheDir>/<hash>.jpg` */
  file: string;
  /** true when it was drawn now, false when it came from the cache */
  rendered: boolean;
  data: Buffer;
}

/**
 * An article's 1200×630 card from the cache, drawn when missing and written atomically, so a build stopped
 * half-way leaves no broken file. One card an article, with or without a photo: no taller versions for
 * structured data (docs/sharing.md, "One card, not four").
 */
export async function shareImageCached(input: ShareImageInput & { cacheDir: string }): Promise<CachedShareImage> {
  const { cacheDir, ...article } = input;
  const hash = await shareImageHash(article);
  const file = path.join(cacheDir, `${hash}.jpg`);
  const found = await readIfPresent(file);
  if (found) return { hash, file, rendered: false, data: found };

  const data = await renderShareImage(article);
  await mkdir(cacheDir, { recursive: true });
  await writeAtomically(file, data);
  return { hash, file, rendered: true, data };
}

async function readIfPresent(file: string): Promise<Buffer | undefined> {
  try {
    const data = await readFile(file);
    return data.length > 0 ? data : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return undefined;
  }
}

async function writeAtomically(file: string, data: Buffer): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
