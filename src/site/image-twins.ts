import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { contentRoot } from '../content/paths.ts';

/**
 * The content's image files that hold the same bytes as `file` (itself included), as sorted paths
 * relative to the content folder.
 *
 * Why a page key needs them: the bundler writes byte-identical images once, under the shortest of their
 * names (rolldown picks the survivor that way so that builds are deterministic), and Astro names the
 * renditions after it. So the URLs of an article's photo depend on every other image with the same bytes:
 * when an editor gives a new article the same photo under a shorter name, the pages of the older articles
 * now point to other files. Keying their cards on this list renders them again; an image with no twin
 * has a list of one. Every image file in the content folder counts, referenced or not, which can only
 * add renders, never leave a stale page.
 */
export function imageTwins(file: string): string[] {
  const index = (twinIndex ??= indexImages(contentRoot()));
  const own = path.resolve(file);
  const sameSize = index.bySize.get(statSync(own).size) ?? [];
  if (sameSize.length < 2) return [path.relative(index.root, own)];
  const digest = contentDigest(own);
  return sameSize
    .filter((other) => other === own || contentDigest(other) === digest)
    .map((other) => path.relative(index.root, other))
    .sort();
}

/** The image formats Astro's image() accepts (astro/dist/assets/consts.js VALID_INPUT_FORMATS). */
const IMAGE = /\.(?:jpe?g|png|tiff?|webp|gif|svg|avif)$/i;

interface ImageIndex {
  root: string;
  bySize: Map<number, string[]>;
}
let twinIndex: ImageIndex | undefined;
const digests = new Map<string, string>();

/** Only files of equal size can be twins, so sizes (one stat each) decide which files are read. */
function indexImages(root: string): ImageIndex {
  const bySize = new Map<number, string[]>();
  for (const rel of readdirSync(root, { recursive: true }).map(String)) {
    if (!IMAGE.test(rel)) continue;
    const file = path.join(root, rel);
    const stats = statSync(file);
    if (!stats.isFile()) continue;
    const list = bySize.get(stats.size);
    if (list) list.push(file);
    else bySize.set(stats.size, [file]);
  }
  return { root, bySize };
}

/** The sha256 of a file's bytes, read once per build. */
export function contentDigest(file: string): string {
  let digest = digests.get(file);
  if (!digest) {
    digest = createHash('sha256').update(readFileSync(file)).digest('hex');
    digests.set(file, digest);
  }
  return digest;
}
