import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

/**
 * Loaded into `astro build` by scripts/build.mjs (`node --import`): writing to a file that has other hard
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

const { writeFile, writeFileSync } = fs;
const writeFilePromise = fs.promises.writeFile;

fs.promises.writeFile = (async (file: Parameters<typeof writeFilePromise>[0], ...rest: unknown[]) => {
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
