import { createHash } from 'node:crypto';
import {
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

/**
 * Incremental pages: Astro's `experimental.incrementalBuild` renders only the pages whose cache key
 * (src/site/page-keys.ts) or code changed. It decides against the manifest of the last build it made
 * (`<cacheDir>/incremental-build.json`) and keeps a page it may skip when the page's file already exists
 * in the output folder, copying it from its own cache only when it does not.
 *
 * Warta builds into a fresh staging folder and swaps it in for `dist/` only when everything succeeded, so
 * the manifest that matters is the one of the build `dist/` holds, not of the last build Astro attempted
 * (a build that failed after Astro finished would otherwise leave a manifest that `dist/` does not match,
 * and its pages would be skipped without ever having been published). So:
 *
 * 1. after each published build, its manifest is recorded with the size and modification time of every
 *    page file it wrote;
 * 2. before a build, every page the record lists whose file in `dist/` still has that size and time is
 *    hard-linked into the staging folder (no bytes copied), and the record, less the pages that do not
 *    match, becomes Astro's manifest: those are rendered, never restored from a copy Astro may have made
 *    in a failed build. Sizes and times survive a CI cache's archive (inodes do not), so a restored
 *    `dist/` and cache build incrementally too (.github/workflows/publish.yml);
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

interface Published {
  manifest: Manifest;
  /** output file → [size, modification time in whole seconds] as published */
  files: Record<string, [number, number]>;
}

/** Whole seconds: archives (tar) keep no finer times. */
const fileStamp = (file: string): [number, number] | undefined => {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat?.isFile() ? [stat.size, Math.floor(stat.mtimeMs / 1000)] : undefined;
};

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
}

/**
 * Fills a fresh staging folder with links to the published build's pages and gives Astro that build's
 * manifest (steps 1-2 above). Without a record (a fresh cache, or `--force`, which empties it) every page
 * is rendered.
 */
export function prepareStaging(p: IncrementalPaths): Prepared {
  mkdirSync(p.staging, { recursive: true });
  const published = readJson<Published>(recordFile(p));
  if (!published?.manifest || !published.files || !existsSync(p.outDir)) {
    rmSync(astroManifest(p), { force: true });
    return { linked: 0, previous: new Set() };
  }
  const { manifest } = published;
  const made = new Set<string>();
  let linked = 0;
  for (const route of Object.values(manifest.routes)) {
    for (const [pathname, entry] of Object.entries(route.paths)) {
      const file = decodeURI(entry.outputFile);
      const source = path.join(p.outDir, file);
      const stamp = fileStamp(source);
      const expected = published.files[entry.outputFile];
      if (!stamp || !expected || stamp[0] !== expected[0] || stamp[1] !== expected[1]) {
        // Missing from dist/ or not what was published: Astro must render it.
        delete route.paths[pathname];
        continue;
      }
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
  return { linked, previous: outputFiles(manifest) };
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

/** After the swap: remembers which manifest the published output folder holds, and its files (step 1). */
export function recordPublished(p: IncrementalPaths): void {
  const manifest = readJson<Manifest>(astroManifest(p));
  if (!manifest || !existsSync(p.outDir)) return;
  const files: Published['files'] = {};
  for (const file of outputFiles(manifest)) {
    const stamp = fileStamp(path.join(p.outDir, decodeURI(file)));
    if (stamp) files[file] = stamp;
  }
  writeAtomically(recordFile(p), JSON.stringify({ manifest, files } satisfies Published));
}
