/**
 * How every cache of the build tells, without reading a file, that it has not changed since it was last
 * read: its stamp, as git's index does (docs/decisions/030-never-stale-publishing.md). A stamp is the
 * inode, size, modification time and, where it can be trusted, change time. It is only a shortcut to the
 * digest recorded with it: a different stamp (a touch, a copy, a restored CI cache) means the file is
 * read and compared by its bytes.
 *
 * - The change time (ctime) catches what the others miss: a file rewritten in place with the same size
 *   and its modification time put back (`cp -p`, `touch -d`), since no tool can set ctime. Files the
 *   build hard-links from one build to the next (the published pages) change their ctime with every
 *   link, so for them it is left out (git's `core.trustctime=false`).
 * - Racily clean files (git's term): a file changed within RACY_WINDOW_MS before it is stamped could be
 *   changed again within the same tick of the file system's clock and keep the very same stamp. Such a
 *   file gets no stamp, so the next build reads it. The window is wide enough for file systems that keep
 *   whole seconds (2 s on FAT).
 */
export const RACY_WINDOW_MS = 2_000;

export interface StampStats {
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

export interface StampOptions {
  /** false for files whose ctime moves without their bytes changing (hard-linked build output) */
  trustCtime?: boolean;
  /** the moment the stamp is taken (tests move it) */
  now?: number;
}

/** The file's stamp, or undefined when it is racily clean and must be read next time. */
export function fileStamp(
  stats: StampStats,
  { trustCtime = true, now = Date.now() }: StampOptions = {},
): string | undefined {
  const changed = trustCtime ? Math.max(stats.mtimeMs, stats.ctimeMs) : stats.mtimeMs;
  if (now - changed < RACY_WINDOW_MS) return undefined;
  return `${stats.ino}:${stats.size}:${stats.mtimeMs}${trustCtime ? `:${stats.ctimeMs}` : ''}`;
}
