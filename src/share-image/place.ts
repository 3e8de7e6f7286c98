/**
 * The last step of share images in a pooled build (scripts/build.ts): the pages have been written and a
 * worker pool has drawn the images into the cache; this puts each image the pages link to into the
 * output, as a hard link to its cache file (a copy across file systems), drawing any the pool missed.
 */
import { access, copyFile, link, mkdir, readFile, rm, unlink } from 'node:fs/promises';
import path from 'node:path';
import { shareImageCached } from './cache.ts';
import type { SentShareImageInput } from './inputs.ts';

/** The list the build leaves in the output for this step, which removes it (see src/pages/og/berita/[list].json.ts). */
export const SHARE_IMAGE_LIST = 'og/berita/daftar-gambar.json';

export interface ShareImageListEntry {
  /** path under the output folder, e.g. `og/berita/<slug>-<hash12>.jpg` */
  path: string;
  /** the cache file that holds it: `<hash>.jpg` */
  cacheFile: string;
  /** what to draw it from (the date as an ISO string) */
  input: SentShareImageInput;
}

async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      await unlink(to);
      await linkOrCopy(from, to);
    } else if (code === 'EXDEV' || code === 'EPERM' || code === 'EMLINK') {
      await copyFile(from, to);
    } else throw error;
  }
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

export interface PlaceReport {
  placed: number;
  /** drawn here because the pool had not (0 in a normal build) */
  drawn: number;
}

export async function placeShareImages(outDir: string, cacheDir: string): Promise<PlaceReport> {
  const listFile = path.join(outDir, SHARE_IMAGE_LIST);
  const entries = JSON.parse(await readFile(listFile, 'utf8')) as ShareImageListEntry[];
  await rm(listFile);
  let drawn = 0;
  const dirs = new Set(entries.map((e) => path.dirname(path.join(outDir, e.path))));
  await Promise.all([...dirs].map((dir) => mkdir(dir, { recursive: true })));
  // A few at a time: enough to keep the disk busy without thousands of open files.
  for (let i = 0; i < entries.length; i += 64) {
    await Promise.all(
      entries.slice(i, i + 64).map(async (entry) => {
        const cached = path.join(cacheDir, entry.cacheFile);
        if (!(await exists(cached))) {
          const result = await shareImageCached({ ...entry.input, date: new Date(entry.input.date), cacheDir });
          if (result.rendered) drawn++;
          if (result.file !== cached)
            throw new Error(`Share image ${entry.path}: expected ${cached}, the renderer has ${result.file}`);
        }
        await linkOrCopy(cached, path.join(outDir, entry.path));
      }),
    );
  }
  return { placed: entries.length, drawn };
}
