import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { contentRoot } from '../content/paths.ts';

/**
 * The pictures the site imports that hold the same bytes as `file` (itself included), as sorted paths
 * relative to the content folder.
 *
 * Why a page key needs them: the bundler writes byte-identical images once, under the shortest of the
 * names it imports them by (rolldown picks the survivor that way so that builds are deterministic), and
 * Astro names the renditions after it. So the URLs of an article's photo depend on every other imported
 * picture with the same bytes: when an editor gives a new article the same photo under a shorter name,
 * or the article that used the shorter name stops using it, the pages of the other articles point to
 * other files. Only imported pictures count (every article's, drafts too: Astro's store imports them
 * all): a twin that stays in the folder unused names nothing (found by the publish fuzzer, seed 8).
 *
 * `imported`: the absolute paths of every picture an article imports (`Site.images`).
 */
export function imageTwins(file: string, imported: ReadonlySet<string>): string[] {
  const root = contentRoot();
  const own = path.resolve(file);
  const index = bySize(imported);
  const size = statSync(own).size;
  const sameSize = (index.get(size) ?? []).filter((other) => other !== own);
  if (sameSize.length === 0) return [path.relative(root, own)];
  const digest = contentDigest(own);
  return [own, ...sameSize.filter((other) => contentDigest(other) === digest)]
    .map((other) => path.relative(root, other))
    .sort();
}

/** Only files of equal size can be twins, so sizes (one stat each) decide which files are read. */
const indexes = new WeakMap<ReadonlySet<string>, Map<number, string[]>>();
function bySize(imported: ReadonlySet<string>): Map<number, string[]> {
  let index = indexes.get(imported);
  if (!index) {
    index = new Map();
    for (const file of imported) {
      const stats = statSync(file, { throwIfNoEntry: false });
      if (!stats?.isFile()) continue;
      const list = index.get(stats.size);
      if (list) list.push(file);
      else index.set(stats.size, [file]);
    }
    indexes.set(imported, index);
  }
  return index;
}

const digests = new Map<string, string>();

/** The sha256 of a file's bytes, read once per build. */
export function contentDigest(file: string): string {
  let digest = digests.get(file);
  if (!digest) {
    digest = createHash('sha256').update(readFileSync(file)).digest('hex');
    digests.set(file, digest);
  }
  return digest;
}
