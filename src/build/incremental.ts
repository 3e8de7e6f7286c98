import { createHash } from 'node:crypto';
import {
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  type Stats,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileStamp } from './file-stamp.ts';

/**
 * Incremental pages: Astro's `experimental.incrementalBuild` renders only the pages whose cache key
 * (src/build/recorded-reads.ts) or code changed. It decides against the manifest of the last build it made
 * (`<cacheDir>/incremental-build.json`) and keeps a page it may skip when the page's file already exists
 * in the output folder, copying it from its own cache only when it does not.
 *
 * Warta builds into a fresh staging folder and swaps it in for `dist/` only when everything succeeded, so
 * the manifest that matters is the one of the build `dist/` holds, not of the last build Astro attempted
 * (a build that failed after Astro finished would otherwise leave a manifest that `dist/` does not match,
 * and its pages would be skipped without ever having been published). So:
 *
 * 1. after each published build, its manifest is recorded with the stamp and digest of every page file
 *    it wrote (src/build/file-stamp.ts);
 * 2. before a build, every page the record lists whose file in `dist/` is still the one published (same
 *    stamp, or, when the stamp differs or was racily clean, the same bytes) is hard-linked into the
 *    staging folder (no bytes copied), and the record, less the pages that do not match, becomes Astro's
 *    manifest: those are rendered, never restored from a copy Astro may have made in a failed build. A
 *    CI cache's archive gives every file a new inode: a restored `dist/` and cache are compared by bytes
 *    once, and build incrementally too (.github/workflows/publish.yml);
 * 3. Astro renders what changed; src/build/write-guard.ts makes it replace a linked file instead of writing
 *    through the link, so the live `dist/` never changes under a build;
 * 4. pages of the previous build that no longer exist (a deleted article, a shorter pagination) are
 *    unlinked from the staging folder.
 */

interface PathEntry {
  cacheKey: string;
  outputFile: string;
}

interface Manifest {
  routes: Record<string, { dependencyHash: string; paths: Record<string, PathEntry> }>;
}

/** A published page: its stamp (src/build/file-stamp.ts; null when racily clean) and the sha256 of its bytes. */
interface PublishedFile {
  stamp: string | null;
  digest: string;
}

interface Published {
  format: 2;
  manifest: Manifest;
  files: Record<string, PublishedFile>;
}

/** Pages are hard-linked from one build to the next, which moves their ctime: it is not part of the stamp. */
const stampOf = (stat: Stats) => fileStamp(stat, { trustCtime: false }) ?? null;
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * Whether a file is the one published: by its stamp, or, when the stamp differs (a CI cache restored
 * into new inodes, a touch) or was racily clean, by its bytes. Returns its digest when it is.
 */
function publishedDigest(file: string, expected: PublishedFile | undefined): string | undefined {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile() || !expected) return undefined;
  if (expected.stamp !== null && expected.stamp === stampOf(stat)) return expected.digest;
  const digest = sha256(file);
  return digest === expected.digest ? digest : undefined;
}

export interface IncrementalPaths {
  /** the published output, e.g. dist/ */
  outDir: string;
  staging: string;
  /** Astro's cacheDir */
  astroCacheDir: string;
  /** where the published builds' manifests are kept */
  recordDir: string;
}

const astroManifest = (p: IncrementalPaths) => path.join(p.astroCacheDir, 'incremental-build.json');
const recordFile = (p: IncrementalPaths) =>
  path.join(p.recordDir, `${createHash('sha256').update(path.resolve(p.outDir)).digest('hex').slice(0, 16)}.json`);

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

function outputFiles(manifest: Manifest | undefined): Set<string> {
  const files = new Set<string>();
  for (const route of Object.values(manifest?.routes ?? {}))
    for (const entry of Object.values(route.paths)) files.add(entry.outputFile);
  return files;
}

function writeAtomically(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

export interface Prepared {
  /** pages linked from the published build */
  linked: number;
  /** the published build's page files, for removing those this build no longer makes */
  previous: Set<string>;
  /** the digests of the pages linked, for the record of this build */
  digests: Map<string, string>;
}

/**
 * Fills a fresh staging folder with links to the published build's pages and gives Astro that build's
 * manifest (steps 1-2 above). Without a record (a fresh cache, or `--force`, which empties it) every page
 * is rendered.
 */
export function prepareStaging(p: IncrementalPaths): Prepared {
  mkdirSync(p.staging, { recursive: true });
  const published = readJson<Published>(recordFile(p));
  if (published?.format !== 2 || !published.manifest || !published.files || !existsSync(p.outDir)) {
    rmSync(astroManifest(p), { force: true });
    return { linked: 0, previous: new Set(), digests: new Map() };
  }
  const digests = new Map<string, string>();
  const { manifest } = published;
  const made = new Set<string>();
  let linked = 0;
  for (const route of Object.values(manifest.routes)) {
    for (const [pathname, entry] of Object.entries(route.paths)) {
      const file = decodeURI(entry.outputFile);
      const source = path.join(p.outDir, file);
      const digest = publishedDigest(source, published.files[entry.outputFile]);
      if (digest === undefined) {
        // Missing from dist/ or not what was published: Astro must render it.
        delete route.paths[pathname];
        continue;
      }
      digests.set(entry.outputFile, digest);
      const target = path.join(p.staging, file);
      const dir = path.dirname(target);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      linkSync(source, target);
      linked++;
    }
  }
  writeAtomically(astroManifest(p), JSON.stringify(manifest));
  return { linked, previous: outputFiles(manifest), digests };
}

/** Unlinks the published build's pages that this build did not make again (step 4). */
export function removeDroppedPages(p: IncrementalPaths, prepared: Prepared): number {
  const current = outputFiles(readJson<Manifest>(astroManifest(p)));
  let removed = 0;
  for (const file of prepared.previous) {
    if (current.has(file)) continue;
    const staged = path.join(p.staging, decodeURI(file));
    try {
      // Still the published file, not a page that a route without cache keys rendered at the same path.
      if (statSync(staged).ino !== statSync(path.join(p.outDir, decodeURI(file))).ino) continue;
      unlinkSync(staged);
      removeEmptyFolders(path.dirname(staged), p.staging);
      removed++;
    } catch {
      // gone already
    }
  }
  return removed;
}

/**
 * Removes `dir` and its parents up to (not including) `root` while they are empty: a deleted article's
 * page leaves no empty `berita/<slug>/` behind, which a cold build does not have and a server may answer
 * with 403 instead of 404.
 */
function removeEmptyFolders(dir: string, root: string): void {
  for (let current = dir; current !== root && current.startsWith(root); current = path.dirname(current)) {
    try {
      rmdirSync(current);
    } catch {
      return; // not empty
    }
  }
}

/**
 * After the swap: remembers which manifest the published output folder holds, and its files (step 1).
 * A linked page keeps its digest; a page rendered now is read once (it was just written) and, being
 * racily clean, gets no stamp: the next build compares its bytes.
 */
export function recordPublished(p: IncrementalPaths, prepared: Prepared): void {
  const manifest = readJson<Manifest>(astroManifest(p));
  if (!manifest || !existsSync(p.outDir)) return;
  const files: Published['files'] = {};
  for (const file of outputFiles(manifest)) {
    const full = path.join(p.outDir, decodeURI(file));
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    const linked = prepared.digests.get(file);
    // Still the file that was linked (a page rendered again is a new file): its digest is known.
    const digest = linked !== undefined && stat.nlink > 1 ? linked : sha256(full);
    files[file] = { stamp: stampOf(stat), digest };
  }
  writeAtomically(recordFile(p), JSON.stringify({ format: 2, manifest, files } satisfies Published));
}
