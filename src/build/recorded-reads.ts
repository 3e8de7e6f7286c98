import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Recorded dependencies for Astro's incremental build (decision 31; docs/architecture.md, step 7 of the
 * build). Nothing here lists what a page shows. While a keyed page renders, every read of the site model
 * (`getSite()`'s properties, and a map's entry by its key) is recorded by name; after the build each
 * path's record is kept in Astro's own manifest beside its key. The next build keys the path by the
 * digest of those inputs' current values, the way Shake or Salsa decide whether a rule must run again:
 * a page is taken from the last build only when everything it read has the same value.
 *
 * A key has three parts, `<path>.<props>.<reads>`:
 * - the path's identity (route pattern and params), so the record can be found again;
 * - the digest of the props `getStaticPaths` handed it (what it read before rendering);
 * - the digest of the recorded inputs' values, or a fresh random value when there is no record (a
 *   new path, a first build, or a build whose records were not written), which can never match.
 *
 * Values are deep: a story's value covers its file, its pictures, its share card and its section
 * (src/site/input-values.ts), so a page that obtained a story from the model depends on all of that,
 * however it later uses it, and memoised helpers cannot hide such a read. A story's experts are left out
 * of it and recorded when read (`Story.expertEntries`): only the article page shows them, while its card
 * is on many lists. Nothing that caches across pages may read them.
 */

/** What the site model must answer to value a recorded input: the digest of one name's current value. */
export interface InputValues {
  /** the digest of anything the site model hands out (stories, entries, lists, maps, dates) */
  digest(value: unknown): string;
  /** the digest of a recorded input: a site property (`sections`) or a map's entry (`related:<id>`) */
  input(name: string): string;
}

const recording = new AsyncLocalStorage<Set<string>>();

/** Records that the page being rendered read `name` (nothing outside a page's render). */
export function recordRead(name: string): void {
  recording.getStore()?.add(name);
}

/**
 * The object as pages read it: each property read is recorded by its name, and a map's entry read by its
 * key as `<property>:<key>`; a map read whole (iterated, or its size) records the property.
 */
export function recordingReads<T extends object>(model: T): T {
  const maps = new Map<string, unknown>();
  return new Proxy(model, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property);
      if (typeof property !== 'string') return value;
      if (value instanceof Map) {
        if (!maps.has(property)) maps.set(property, recordingMap(property, value));
        return maps.get(property);
      }
      recordRead(property);
      return value;
    },
  });
}

function recordingMap<K, V>(name: string, map: Map<K, V>): Map<K, V> {
  return new Proxy(map, {
    get(target, property) {
      if (property === 'get' || property === 'has')
        return (key: K) => {
          recordRead(`${name}:${String(key)}`);
          return property === 'get' ? target.get(key) : target.has(key);
        };
      recordRead(name);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Runs `work` with no page's recording: the site model is built once, for every page. */
export const unrecorded = <T>(work: () => T): T => recording.exit(work);

/**
 * The keyed paths of this build and what their pages read, shared between the rendering code (Astro's
 * bundle) and the integration that writes the records (Astro's config), which are separate module
 * instances in one process.
 */
export interface ReadsRegistry {
  /** path id → the reads recorded for it by the last build (undefined: none) */
  previous: Map<string, string[] | undefined>;
  /** path id → what its page read in this build, and the digest of their values */
  rendered: Map<string, { reads: string[]; digest: string }>;
}

const REGISTRY = Symbol.for('warta.recorded-reads');

export function readsRegistry(): ReadsRegistry {
  const global = globalThis as { [REGISTRY]?: ReadsRegistry };
  global[REGISTRY] ??= { previous: new Map(), rendered: new Map() };
  return global[REGISTRY];
}

/** Astro's manifest of the last build (`<cacheDir>/incremental-build.json`), as far as this module reads it. */
export interface RecordedManifest {
  routes: Record<string, { paths: Record<string, { cacheKey?: string; wartaReads?: string[] }> }>;
}

export const astroManifestFile = (cacheDir: string) => path.join(cacheDir, 'incremental-build.json');

const hash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 32);

/** A path's identity: its route pattern and params, as both `getStaticPaths` and the middleware see them. */
export function pathId(routePattern: string, params: Record<string, string | number | undefined>): string {
  const sorted = Object.keys(params)
    .sort()
    .map((name) => [name, params[name] === undefined ? null : String(params[name])]);
  return hash(JSON.stringify([routePattern, sorted]));
}

const idOf = (cacheKey: string | undefined) => cacheKey?.split('.')[0];

const previousReads = new Map<string, Map<string, string[]>>();

/** The reads the last build recorded, by path id (none when its manifest has no records). */
function loadPreviousReads(astroCacheDir: string): Map<string, string[]> {
  const loaded = previousReads.get(astroCacheDir);
  if (loaded) return loaded;
  const reads = new Map<string, string[]>();
  previousReads.set(astroCacheDir, reads);
  let manifest: RecordedManifest | undefined;
  try {
    manifest = JSON.parse(readFileSync(astroManifestFile(astroCacheDir), 'utf8')) as RecordedManifest;
  } catch {
    // a first build, or a cache emptied by --force: every path is rendered
  }
  for (const route of Object.values(manifest?.routes ?? {}))
    for (const entry of Object.values(route.paths)) {
      const id = idOf(entry.cacheKey);
      if (id && entry.wartaReads) reads.set(id, entry.wartaReads);
    }
  return reads;
}

/** The digest of the recorded inputs' current values; the names are part of it. */
export function readsDigest(values: InputValues, reads: readonly string[]): string {
  return hash(JSON.stringify(reads.map((name) => [name, values.input(name)])));
}

/**
 * Keys every path of a route (`getStaticPaths`' result) by what its page read last time. Each page
 * route that Astro may take from the last build returns its paths through this (site/input-values.ts).
 */
export function keyPaths<P extends { params: Record<string, string | number | undefined>; props?: unknown }>(
  routePattern: string,
  paths: P[],
  values: InputValues,
  astroCacheDir: string,
): (P & { cacheKey: string })[] {
  const previous = loadPreviousReads(astroCacheDir);
  const registry = readsRegistry();
  return paths.map((entry) => {
    const id = pathId(routePattern, entry.params);
    const reads = previous.get(id);
    registry.previous.set(id, reads);
    const props = values.digest(entry.props ?? null);
    const recorded = reads ? readsDigest(values, reads) : `unrecorded-${randomUUID()}`;
    return { ...entry, cacheKey: `${id}.${props}.${recorded}` };
  });
}

/**
 * Renders one page (the middleware's `next`) while recording what it reads, if its route is keyed.
 * The body is read to its end inside the recording: Astro renders to a stream, and a read made while
 * the stream is consumed counts as much as one made before.
 */
export async function renderRecorded(
  routePattern: string,
  params: Record<string, string | number | undefined>,
  render: () => Promise<Response>,
  values: () => Promise<InputValues>,
): Promise<Response> {
  const registry = readsRegistry();
  const id = pathId(routePattern, params);
  if (!registry.previous.has(id)) return render();
  const reads = new Set<string>();
  const response = await recording.run(reads, async () => {
    const rendered = await render();
    const body = await rendered.arrayBuffer();
    return new Response(body, { status: rendered.status, statusText: rendered.statusText, headers: rendered.headers });
  });
  const names = [...reads].sort();
  registry.rendered.set(id, { reads: names, digest: readsDigest(await values(), names) });
  return response;
}

/**
 * After Astro wrote its manifest: the key of every path rendered in this build becomes the digest of
 * what it read (the key it was checked with was computed from the last build's record, which may have
 * named other inputs), and every path keeps its record beside its key. Astro writes path entries afresh
 * each build, so a manifest this step did not finish has no records, and the next build renders every
 * keyed path: a missing record costs time, never a stale page.
 */
export function recordReads(manifest: RecordedManifest, registry: ReadsRegistry): RecordedManifest {
  for (const route of Object.values(manifest.routes))
    for (const entry of Object.values(route.paths)) {
      const id = idOf(entry.cacheKey);
      if (!id || !entry.cacheKey) continue;
      const rendered = registry.rendered.get(id);
      if (rendered) {
        const [, props] = entry.cacheKey.split('.');
        entry.cacheKey = `${id}.${props}.${rendered.digest}`;
        entry.wartaReads = rendered.reads;
        continue;
      }
      // Taken from the last build: its key was computed from this very record.
      const previous = registry.previous.get(id);
      if (previous) entry.wartaReads = previous;
    }
  return manifest;
}
