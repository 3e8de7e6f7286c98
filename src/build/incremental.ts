import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Incremental pages: Astro's `experimental.incrementalBuild` renders only the pages whose cache key
 * (src/lib/page-keys.ts) or code changed. It decides against the manifest of the last build it made
 * (`<cacheDir>/incremental-build.json`) and keeps a page it may skip when the page's file already exists
 * in the output folder, copying it from its own cache only when it does not.
 *
 * Warta builds into a fresh staging folder and swaps it in for `dist/` only when everything succeeded, so
 * the manifest that matters is the one of the build `dist/` holds, not of the last build Astro attempted
 * (a build that failed after Astro finished would otherwise leave a manifest that `dist/` does not match,
 * and its pages would be skipped without ever having been published). So:
 *
 * 1. after each published build, its manifest is recorded beside the output's identity (the inode of the
 *    output folder that the swap put in place);
 * 2. before a build, if `dist/` is still that folder, every page the record lists is hard-linked from
 *    `dist/` into the staging folder (no bytes copied), and the record becomes Astro's manifest; a page
 *    whose file is missing is dropped from it, so Astro renders it rather than restoring its own copy;
 *    otherwise Astro's manifest is removed and every page is rendered;
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
  /** the output folder's inode when this manifest's build was swapped in */
  outputInode: number;
  manifest: Manifest;
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
  for (const route of Object.values(manifest?.routes ?? {})) for (const entry of Object.values(route.paths)) files.add(entry.outputFile);
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
 * manifest (steps 1-2 above). `force` renders every page.
 */
export function prepareStaging(p: IncrementalPaths, { force = false } = {}): Prepared {
  mkdirSync(p.staging, { recursive: true });
  const published = force ? undefined : readJson<Published>(recordFile(p));
  let outputInode: number | undefined;
  try {
    outputInode = statSync(p.outDir).ino;
  } catch {
    // no published output: everything renders
  }
  if (!published || published.outputInode !== outputInode) {
    rmSync(astroManifest(p), { force: true });
    return { linked: 0, previous: new Set() };
  }
  const { manifest } = published;
  const made = new Set<string>();
  let linked = 0;
  for (const route of Object.values(manifest.routes)) {
    for (const [pathname, entry] of Object.entries(route.paths)) {
      const file = decodeURI(entry.outputFile);
      const target = path.join(p.staging, file);
      const dir = path.dirname(target);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      try {
        linkSync(path.join(p.outDir, file), target);
        linked++;
      } catch {
        // Missing from dist/: Astro must render it, not restore a copy it may have made in a failed build.
        delete route.paths[pathname];
      }
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
      removed++;
    } catch {
      // gone already
    }
  }
  return removed;
}

/** After the swap: remembers which manifest the published output folder holds (step 1). */
export function recordPublished(p: IncrementalPaths): void {
  const manifest = readJson<Manifest>(astroManifest(p));
  if (!manifest || !existsSync(p.outDir)) return;
  const published: Published = { outputInode: statSync(p.outDir).ino, manifest };
  writeAtomically(recordFile(p), JSON.stringify(published));
}
