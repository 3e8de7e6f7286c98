import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Loaded into `astro build` by scripts/build.ts (`node --import`): writing to a file that has other hard
 * links first removes this name, so the write makes a new file instead of changing every link.
 *
 * Unchanged pages in the staging folder are hard links to the published `dist/` (src/build/incremental.ts).
 * Node's writeFile opens an existing file and truncates it: a page Astro renders again would be changed
 * in the live `dist/` too, before the build has succeeded, and a failed build would leave it changed.
 */
const shared = (file: fs.PathOrFileDescriptor): boolean => {
  if (typeof file !== 'string' && !(file instanceof URL) && !Buffer.isBuffer(file)) return false;
  try {
    return fs.statSync(file).nlink > 1;
  } catch {
    return false;
  }
};

/**
 * Astro also keeps a copy of every page it renders in its cache, to restore pages missing from the output.
 * Warta never lets it restore (src/build/incremental.ts links the published pages instead and drops the
 * others from Astro's manifest, so a missing page is rendered), and the copies would double the bytes a
 * build writes (370 MB at 10,000 articles): writes under this folder are dropped.
 */
const dropped = process.env.WARTA_DROP_WRITES_UNDER
  ? `${path.resolve(process.env.WARTA_DROP_WRITES_UNDER)}${path.sep}`
  : undefined;
const isDropped = (file: unknown) =>
  dropped !== undefined && typeof file === 'string' && path.resolve(file).startsWith(dropped);

const { writeFile, writeFileSync } = fs;
const writeFilePromise = fs.promises.writeFile;

fs.promises.writeFile = (async (file: Parameters<typeof writeFilePromise>[0], ...rest: unknown[]) => {
  if (isDropped(file instanceof URL ? fileURLToPath(file) : file)) return;
  if (shared(file as fs.PathOrFileDescriptor)) await fs.promises.unlink(file as fs.PathLike);
  return (writeFilePromise as (...args: unknown[]) => Promise<void>)(file, ...rest);
}) as typeof fs.promises.writeFile;

fs.writeFileSync = ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
  if (shared(file)) fs.unlinkSync(file as fs.PathLike);
  return (writeFileSync as (...args: unknown[]) => void)(file, ...rest);
}) as typeof fs.writeFileSync;

fs.writeFile = ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
  if (shared(file)) fs.unlinkSync(file as fs.PathLike);
  return (writeFile as (...args: unknown[]) => void)(file, ...rest);
}) as typeof fs.writeFile;

syncBuiltinESMExports();
