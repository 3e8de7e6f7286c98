/**
 * The site's search index, updated in proportion to what changed (docs/search.md, "Incremental index").
 *
 * - The ARCHIVE is a full Pagefind bundle of every page, built by Pagefind's CLI exactly as `pagefind
 *   --site` would, kept in the cache with a record of what it indexed: per HTML file its URL, sha256,
 *   stamp (src/build/file-stamp.ts: inode, size, mtime; none for a racily clean file) and the page id
 *   its results carry in the browser (the page's id in the bundle's metadata, which pagefind.js hands
 *   out as `result.id`).
 * - Each build walks the site's HTML and compares it with the record (stats first: unchanged pages are
 *   hard links to the previous build's files; then the digest). Changed and added pages go into a small
 *   DELTA bundle made with Pagefind's Node API, in `pagefind/delta/`; the archive pages they replace, and
 *   deleted ones, are listed as superseded in `pagefind/warta-delta.json`, which the browser reads
 *   (src/search/delta.ts). A changed file whose indexed data is byte for byte the archive's (a page whose
 *   related-stories block changed, say) stays with the archive: it is neither in the delta nor superseded.
 * - The delta bundle is written with its own language tag (`id-x-delta`: same stemmer, same wasm in the
 *   browser), so its page ids can never equal an archive page's: Pagefind's ids are 7 hex digits of a
 *   hash, and across two bundles equal ids would otherwise happen.
 * - When the delta passes a threshold, or the record is missing, unreadable or made by another Pagefind,
 *   other index options or other code of this module, the archive is built again and the delta is empty.
 *   Cache writes are a new folder renamed into place; the site gets hard links to the archive's files,
 *   never copies, and nothing is ever written into a linked file.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_TIER_PAGES,
  DELTA_DIR,
  type DeltaManifest,
  NO_DELTA,
  periodName,
  periodsOf,
  SEARCH_MANIFEST,
  type SearchManifest,
  yearOf,
} from '../search/manifest.ts';
import { fileStamp } from './file-stamp.ts';
import { decompress, type Fragment, readPages } from './search-bundle.ts';
import { compareSort, type PageFacts, pageFacts, type SortType, sortType } from './search-html.ts';
import { moduleGraphDigest } from './source-digest.ts';

/** Bump when the record's layout changes. */
const FORMAT = 2;
const BUNDLE = 'pagefind';
/** The delta's language is its archive's with this subtag (archives' languages are private-use tags). */
const DELTA_LANGUAGE_TAG = '-delta';
/** A page that only switches the delta to `data-pagefind-body` mode (it has no words, so no result). */
const BODY_MODE_PAGE = {
  url: '/__warta-search-body-mode__/',
  content: '<!doctype html><html><head><title></title></head><body><div data-pagefind-body></div></body></html>',
};

/**
 * Past this many delta pages, or this share of the archive's pages, the archive is rebuilt. The delta is
 * rebuilt from scratch on every build, so its cost grows with it; the archive's does not (docs/search.md
 * has the measurements behind the numbers).
 */
export const DEFAULT_MAX_DELTA_PAGES = 400;
export const DEFAULT_MAX_DELTA_SHARE = 0.1;
/**
 * Unchanged archive pages indexed into every delta beside the changed ones, their results dropped in the
 * browser. Pagefind scores with its bundle's statistics (page count, pages containing a word, average
 * length): a delta of one page would give that page a fraction of the score it has in a cold build, and
 * edited and new stories would sink to the end of the results. A fixed sample of the archive gives the
 * delta the archive's statistics, closely enough to rank like a cold build (docs/search.md).
 */
export const DEFAULT_SHADOW_PAGES = 30;

/** Index options shared by the archive (CLI flags) and the delta (Node API). */
export interface IndexOptions {
  rootSelector?: string;
  excludeSelectors?: string[];
}

export interface SearchIndexOptions {
  /** the built site (the staging folder); its `pagefind/` is replaced */
  site: string;
  /** where the archives and their records live between builds */
  cacheDir: string;
  indexOptions?: IndexOptions;
  /** rebuild every archive whatever the records say */
  force?: boolean;
  maxDeltaPages?: number;
  maxDeltaShare?: number;
  /** see DEFAULT_SHADOW_PAGES */
  shadowPages?: number;
  /** see DEFAULT_TIER_PAGES (src/search/manifest.ts) */
  tierPages?: number;
  /** see DEFAULT_ONE_BUNDLE_PAGES; 0 gives any site the bundles of a large one (for measuring) */
  oneBundlePages?: number;
}

/** What happened to one bundle (`general` or a period of years, named by its first: `2022`). */
export interface BundleReport {
  archive: 'kept' | 'rebuilt';
  /** why the archive was rebuilt */
  reason?: string;
  /** HTML files placed in the bundle */
  files: number;
  /** pages in the archive */
  archivePages: number;
  /** pages in the delta bundle */
  deltaPages: number;
  /** archive pages left out of results */
  superseded: number;
  /** files read and hashed because their stats changed */
  hashed: number;
  ms: number;
}

export interface SearchIndexReport {
  /** by bundle name: `general`, then the periods, newest first */
  bundles: Record<string, BundleReport>;
  /** HTML files in the site */
  files: number;
  ms: number;
}

/** A file's stamp (src/build/file-stamp.ts, without ctime: pages are hard-linked from build to build), null when racily clean. */
interface FileStats {
  stamp: string | null;
}

interface FileFacts extends FileStats {
  digest: string;
  body: boolean;
  lang: string | null;
  sort: Record<string, string>;
  unreadable: boolean;
}

interface ArchivePage extends FileFacts {
  url: string;
  /** Pagefind's page id, or null when the archive has no result for this file */
  id: string | null;
  /** the page's fragment group file, '' when the fragment has a file of its own */
  group: string;
  filters: Record<string, string[]>;
}

interface ArchiveRecord {
  format: number;
  inputs: string;
  /** unique per archive, ties the state file to it */
  stamp: string;
  /** the archive's one language, or null when it has none or several (then every build rebuilds) */
  language: string | null;
  bodyMode: boolean;
  /** why this archive cannot take a delta, or null */
  incremental: string | null;
  pages: number;
  files: Record<string, ArchivePage>;
  /** per sort key: the type Pagefind chose and the archive's values in its order */
  sorts: Record<string, { type: SortType; values: string[] }>;
}

/** What the last build learnt about each file; a cache of facts, so a stale entry does no harm. */
interface State {
  format: number;
  stamp: string;
  /** `same`: indexes exactly as its archive page (checked by comparing the two fragments) */
  files: Record<string, FileFacts & { same: boolean }>;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const sameStats = (a: FileStats, b: FileStats) => a.stamp !== null && a.stamp === b.stamp;
const posix = (rel: string) => rel.split(path.sep).join('/');

/**
 * The result URL Pagefind gives a file (without --keep-index-url), percent-decoded: Pagefind encodes
 * its URLs (`/topik/%D9%85…/`), so they are compared decoded. Checked against the whole archive.
 */
export function pageUrl(rel: string): string {
  return `/${posix(rel)}`.replace(/(^|\/)index\.html$/, '$1');
}

function decodedUrl(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

// ---------------------------------------------------------------------------------------------------
// Inputs: anything that changes what the archive would contain.

const require = createRequire(import.meta.url);

/** The installed `pagefind` package (its exports offer no path to resolve but the module). */
function pagefindPackageDir(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', 'pagefind');
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error('search index: the pagefind package is not installed');
  }
}

/** The binary Pagefind's npm wrapper runs (its resolveBinary.js). */
function pagefindBinary(): string {
  for (const name of ['pagefind_extended', 'pagefind']) {
    const fromEnv = process.env[`${name.toUpperCase()}_BINARY_PATH`];
    if (fromEnv) return fromEnv;
  }
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const cpu = process.env.npm_config_arch || os.arch();
  for (const name of ['pagefind_extended', 'pagefind']) {
    try {
      return require.resolve(`@pagefind/${platform}-${cpu}/bin/${name}${platform === 'windows' ? '.exe' : ''}`);
    } catch {
      // the next name
    }
  }
  throw new Error('search index: no Pagefind binary found');
}

/** This module's code: every project file in its module graph, and the lockfile (source-digest.ts). */
function codeDigest(): string {
  return moduleGraphDigest(
    [fileURLToPath(import.meta.url)],
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'),
  );
}

/** Pagefind's version and binary and this code: what every bundle's inputs share. */
async function toolDigest(): Promise<string> {
  const pkg = JSON.parse(await fs.readFile(path.join(pagefindPackageDir(), 'package.json'), 'utf8')) as {
    version: string;
  };
  const binary = sha256(await fs.readFile(pagefindBinary()));
  return sha256(JSON.stringify({ format: FORMAT, pagefind: pkg.version, binary, code: codeDigest() }));
}

// ---------------------------------------------------------------------------------------------------
// The site's files.

async function htmlFiles(site: string): Promise<string[]> {
  const entries = await fs.readdir(site, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const rel = posix(path.relative(site, path.join(entry.parentPath, entry.name)));
    if (rel.startsWith(`${BUNDLE}/`)) continue;
    files.push(rel);
  }
  return files.sort();
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!, i);
      }
    }),
  );
  return out;
}

async function statFile(file: string): Promise<FileStats> {
  const stat = await fs.stat(file);
  return { stamp: fileStamp(stat, { trustCtime: false }) ?? null };
}

/** A file's facts, and its filters (they decide its bundle; the archive keeps Pagefind's record of them). */
function readFacts(bytes: Buffer, stats: FileStats): FileFacts & { filters: PageFacts['filters'] } {
  return { ...stats, digest: sha256(bytes), ...pageFacts(bytes.toString('utf8')) };
}

function factsOf(bytes: Buffer, stats: FileStats): FileFacts {
  const { filters: _filters, ...facts } = readFacts(bytes, stats);
  return facts;
}

// ---------------------------------------------------------------------------------------------------
// Cache files: written to a new name, then renamed.

function alive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function writeAtomic(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await fs.writeFile(temporary, text);
  await fs.rename(temporary, file);
}

async function readJson<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

async function linkTree(from: string, to: string): Promise<number> {
  const entries = await fs.readdir(from, { recursive: true, withFileTypes: true });
  await fs.mkdir(to, { recursive: true });
  const dirs = new Set<string>();
  const files: string[] = [];
  for (const entry of entries) {
    const rel = path.relative(from, path.join(entry.parentPath, entry.name));
    if (entry.isDirectory()) dirs.add(rel);
    else files.push(rel);
  }
  for (const dir of [...dirs].sort()) await fs.mkdir(path.join(to, dir), { recursive: true });
  await mapLimit(files, 32, (rel) => fs.link(path.join(from, rel), path.join(to, rel)));
  return files.length;
}

// ---------------------------------------------------------------------------------------------------
// The archive.

function runPagefind(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(pagefindPackageDir(), 'lib/runner/bin.cjs'), ...args], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`pagefind exited with ${signal ?? code}`)),
    );
  });
}

function cliFlags(options: IndexOptions): string[] {
  const flags: string[] = [];
  if (options.rootSelector) flags.push('--root-selector', options.rootSelector);
  for (const selector of options.excludeSelectors ?? []) flags.push('--exclude-selectors', selector);
  return flags;
}

/** Sort lists in Pagefind's order, checked against the values read from the HTML. */
function archiveSorts(
  meta: { pages: { id: string }[]; sorts: Record<string, number[]> },
  pageById: Map<string, ArchivePage>,
): { sorts: ArchiveRecord['sorts']; problem: string | null } {
  const sorts: ArchiveRecord['sorts'] = {};
  for (const [key, order] of Object.entries(meta.sorts)) {
    const values: string[] = [];
    for (const number of order) {
      const value = pageById.get(meta.pages[number]?.id ?? '')?.sort[key];
      if (value === undefined) return { sorts, problem: `sort "${key}" has a page whose value was not read` };
      values.push(value);
    }
    const type = sortType(values);
    const compare = compareSort(type);
    for (let i = 1; i < values.length; i++) {
      if (compare(values[i - 1]!, values[i]!) > 0)
        return { sorts, problem: `sort "${key}" is not in the order the values read give` };
    }
    sorts[key] = { type, values };
  }
  for (const page of pageById.values()) {
    for (const key of Object.keys(page.sort))
      if (!sorts[key]) return { sorts, problem: `sort "${key}" was read but Pagefind has none` };
  }
  return { sorts, problem: null };
}

/**
 * The bundle's files, hard-linked at their places in a folder of their own, for Pagefind's CLI (which
 * indexes a folder): its URLs are then the site's. Copied where the cache is on another file system.
 */
async function stageFiles(site: string, files: string[], to: string): Promise<void> {
  const dirs = new Set(files.map((rel) => path.dirname(path.join(to, rel))));
  for (const dir of [...dirs].sort()) await fs.mkdir(dir, { recursive: true });
  await mapLimit(files, 32, async (rel) => {
    try {
      await fs.link(path.join(site, rel), path.join(to, rel));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await fs.copyFile(path.join(site, rel), path.join(to, rel));
    }
  });
}

/** Deletes what Pagefind writes besides the index (scripts, styles, WebAssembly): the host bundle has them. */
async function keepIndexOnly(bundle: string): Promise<void> {
  for (const entry of await fs.readdir(bundle, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = posix(path.relative(bundle, path.join(entry.parentPath, entry.name)));
    if (!INDEX_FILE.test(rel)) await fs.rm(path.join(bundle, rel));
  }
}

async function buildArchive(job: BundleJob, inputs: string): Promise<{ record: ArchiveRecord; dir: string }> {
  const { site, cacheDir, files, stats, indexOptions } = job;
  const dir = path.join(cacheDir, `archive.new-${process.pid}-${randomBytes(4).toString('hex')}`);
  await fs.mkdir(dir, { recursive: true });
  try {
    const bundle = path.join(dir, BUNDLE);
    const stage = path.join(dir, 'stage');
    await stageFiles(site, job.indexable, stage);
    // Pagefind indexes on its own threads while this one hashes the files.
    const [, facts] = await Promise.all([
      runPagefind([
        '--site',
        stage,
        '--output-path',
        bundle,
        '--quiet',
        '--force-language',
        job.language,
        ...cliFlags(indexOptions),
      ]),
      mapLimit(
        files,
        16,
        async (rel, i) => job.read.get(rel) ?? factsOf(await fs.readFile(path.join(site, rel)), stats[i]!),
      ),
    ]);
    await fs.rm(stage, { recursive: true, force: true });
    if (!job.primary) await keepIndexOnly(bundle);
    const read = (file: string) => fs.readFile(path.join(bundle, file));
    const { entry, meta, language, fragments } = await readPages(read);
    const byUrl = new Map(files.map((rel) => [pageUrl(rel), rel]));
    const record: ArchiveRecord = {
      format: FORMAT,
      inputs,
      stamp: randomBytes(8).toString('hex'),
      language,
      bodyMode: facts.some((f) => f.body),
      incremental: null,
      pages: 0,
      files: {},
      sorts: {},
    };
    for (const [i, rel] of files.entries())
      record.files[rel] = { ...facts[i]!, url: pageUrl(rel), id: null, group: '', filters: {} };
    const pageById = new Map<string, ArchivePage>();
    if (!meta || !language) {
      record.incremental = `the archive has ${Object.keys(entry.languages).length} languages, not one`;
    } else {
      for (const [index, page] of meta.pages.entries()) {
        const fragment = fragments.get(page.id)!.fragment;
        const rel = byUrl.get(decodedUrl(fragment.url));
        const known = rel ? record.files[rel] : undefined;
        if (!known || known.id) {
          record.incremental = `Pagefind's URL ${fragment.url} (page ${index}) matches no single HTML file`;
          break;
        }
        if (record.bodyMode && !known.body) {
          record.incremental = `Pagefind indexed ${rel} but no data-pagefind-body was read in it`;
          break;
        }
        Object.assign(known, { id: page.id, group: page.group, filters: fragment.filters });
        pageById.set(page.id, known);
      }
      record.pages = meta.pages.length;
      const sorts = archiveSorts(meta, pageById);
      record.sorts = sorts.sorts;
      record.incremental ??= sorts.problem;
      if (!record.incremental && facts.some((f) => f.unreadable))
        record.incremental = 'a page has a sort value this reader does not take from the markup';
    }
    await fs.writeFile(path.join(dir, 'record.json'), JSON.stringify(record));
    return { record, dir };
  } catch (error) {
    await fs.rm(dir, { recursive: true, force: true });
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------
// The delta.

interface DeltaPlan {
  /** why the archive must be rebuilt instead */
  rebuild?: string;
  files?: { rel: string; bytes: Buffer }[];
  superseded?: string[];
  facts?: Record<string, FileFacts & { same: boolean }>;
  hashed: number;
}

async function planDelta(
  site: string,
  files: string[],
  stats: FileStats[],
  record: ArchiveRecord,
  state: State | null,
  limits: { pages: number; share: number },
): Promise<DeltaPlan> {
  const facts: Record<string, FileFacts & { same: boolean }> = {};
  const changed: { rel: string; bytes: Buffer }[] = [];
  let hashed = 0;
  const known = state?.stamp === record.stamp ? state.files : {};
  await mapLimit(files, 16, async (rel, i) => {
    const now = stats[i]!;
    const archived = record.files[rel];
    const last = known[rel];
    if (archived && sameStats(archived, now)) return void (facts[rel] = { ...archived, same: true });
    if (last && sameStats(last, now)) {
      facts[rel] = last;
      if (!last.same) changed.push({ rel, bytes: await fs.readFile(path.join(site, rel)) });
      return;
    }
    const bytes = await fs.readFile(path.join(site, rel));
    hashed++;
    const digest = sha256(bytes);
    if (archived && digest === archived.digest) return void (facts[rel] = { ...archived, ...now, same: true });
    if (last && digest === last.digest) {
      facts[rel] = { ...last, ...now };
      if (!last.same) changed.push({ rel, bytes });
      return;
    }
    facts[rel] = { ...factsOf(bytes, now), same: false };
    changed.push({ rel, bytes });
  });
  const present = new Set(files);
  const deleted = Object.keys(record.files).filter((rel) => !present.has(rel));
  const superseded = deleted.map((rel) => record.files[rel]!.id).filter((id): id is string => id !== null);
  const plan = { hashed, facts };
  if (Object.values(facts).some((f) => f.body) !== record.bodyMode)
    return { ...plan, rebuild: 'a page started or stopped using data-pagefind-body' };
  // Once a site uses data-pagefind-body, Pagefind skips pages without it: those need no indexing. Such a
  // page that had results before has none now.
  const toIndex = changed.filter(({ rel }) => !record.bodyMode || facts[rel]!.body);
  const indexing = new Set(toIndex.map((file) => file.rel));
  for (const { rel } of changed) {
    if (indexing.has(rel)) continue;
    const id = record.files[rel]?.id;
    if (id) superseded.push(id);
    else facts[rel]!.same = true;
  }
  if (toIndex.length > Math.min(limits.pages, Math.max(1, record.pages * limits.share)))
    return { ...plan, rebuild: `${toIndex.length} pages to index since the archive was built` };
  for (const { rel } of toIndex) {
    const page = facts[rel]!;
    if (page.unreadable)
      return { ...plan, rebuild: `${rel} has a sort value this reader does not take from the markup` };
  }
  return { ...plan, files: toIndex.sort((a, b) => (a.rel < b.rel ? -1 : 1)), superseded };
}

interface DeltaBundle {
  files: { path: string; content: Uint8Array }[];
  pages: Map<string, { rel: string; text: string; fragment: Fragment }>;
  sorts: Record<string, number[]>;
  order: string[];
}

/** What the delta bundle keeps of Pagefind's output: the index, not the scripts, styles and wasm. */
const INDEX_FILE = /^(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|(index|filter|fragment)\/[^/]+)$/;

async function indexDelta(
  pagefind: typeof import('pagefind'),
  files: { rel: string; bytes: Buffer }[],
  record: ArchiveRecord,
  indexOptions: IndexOptions,
): Promise<DeltaBundle> {
  const { index, errors } = await pagefind.createIndex({
    ...indexOptions,
    forceLanguage: `${record.language}${DELTA_LANGUAGE_TAG}`,
  });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const byUrl = new Map<string, string>();
    for (const { rel } of files) byUrl.set(pageUrl(rel), rel);
    // Several files in flight keep Pagefind's service busy (it answers each file over a pipe). A relative
    // source path gets the URL the CLI gives the file.
    await mapLimit(files, 8, async ({ rel, bytes }) => {
      const added = await index.addHTMLFile({ sourcePath: rel, content: bytes.toString('utf8') });
      if (added.errors.length > 0) throw new Error(`Pagefind on ${rel}: ${added.errors.join('; ')}`);
    });
    if (record.bodyMode) await index.addHTMLFile(BODY_MODE_PAGE);
    const output = await index.getFiles();
    if (output.errors.length > 0) throw new Error(`Pagefind: ${output.errors.join('; ')}`);
    const contents = new Map(output.files.map((file) => [posix(file.path), file.content]));
    const read = async (file: string) => {
      const content = contents.get(file);
      if (!content) throw new Error(`Pagefind's delta has no ${file}`);
      return content;
    };
    const { meta, fragments } = await readPages(read);
    const pages = new Map<string, { rel: string; text: string; fragment: Fragment }>();
    for (const [id, { text, fragment }] of fragments) {
      const rel = byUrl.get(decodedUrl(fragment.url));
      if (!rel) throw new Error(`Pagefind's delta has a page for ${fragment.url}, which was not added`);
      pages.set(id, { rel, text, fragment });
    }
    return {
      files: [...contents]
        .filter(([file]) => INDEX_FILE.test(file))
        .map(([file, content]) => ({ path: file, content })),
      pages,
      sorts: meta?.sorts ?? {},
      order: meta?.pages.map((p) => p.id) ?? [],
    };
  } finally {
    await index.deleteIndex();
  }
}

/** A fixed sample of the archive's pages (by a hash of their ids), none of them changed. */
async function shadowPages(
  site: string,
  record: ArchiveRecord,
  changed: Set<string>,
  count: number,
): Promise<{ rel: string; bytes: Buffer }[]> {
  const candidates = Object.entries(record.files)
    .filter(([rel, page]) => page.id !== null && !changed.has(rel) && existsSync(path.join(site, rel)))
    .map(([rel, page]) => ({ rel, key: sha256(page.id!) }))
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .slice(0, count);
  return mapLimit(candidates, 16, async ({ rel }) => ({ rel, bytes: await fs.readFile(path.join(site, rel)) }));
}

async function archiveFragmentText(cacheDir: string, page: ArchivePage): Promise<string> {
  const dir = path.join(cacheDir, 'archive', BUNDLE, 'fragment');
  if (!page.group)
    return JSON.stringify(
      JSON.parse(decompress(await fs.readFile(path.join(dir, `${page.id}.pf_fragment`))).toString('utf8')),
    );
  const group = JSON.parse(
    decompress(await fs.readFile(path.join(dir, `${page.group}.pf_fragment`))).toString('utf8'),
  ) as Record<string, unknown>;
  return JSON.stringify(group[page.id!]);
}

/** Where each delta page falls in the archive's sort order; a reason to rebuild when that cannot be said. */
function placeSorts(
  delta: DeltaBundle,
  record: ArchiveRecord,
  facts: State['files'],
  superseded: Set<string>,
  shadows: Set<string>,
): { sorts: NonNullable<DeltaManifest['sorts']>; problem: string | null } {
  const sorts: NonNullable<DeltaManifest['sorts']> = {};
  for (const [key, order] of Object.entries(delta.sorts)) {
    const archive = record.sorts[key];
    if (!archive) return { sorts, problem: `the delta brings a new sort key "${key}"` };
    const deltaValues = order.map((n) => {
      const id = delta.order[n]!;
      return { id, value: facts[delta.pages.get(id)!.rel]!.sort[key] };
    });
    if (deltaValues.some((v) => v.value === undefined))
      return { sorts, problem: `sort "${key}": a delta page's value was not read` };
    // The type a cold build would choose: over the archive's remaining pages and the delta's.
    const remaining = Object.values(record.files)
      .filter((p) => p.id !== null && !superseded.has(p.id) && p.sort[key] !== undefined)
      .map((p) => p.sort[key]!);
    const type = sortType([...remaining, ...deltaValues.map((v) => v.value!)]);
    if (type !== archive.type || sortType(deltaValues.map((v) => v.value!)) !== type)
      return { sorts, problem: `sort "${key}" would change type` };
    const compare = compareSort(type);
    const at: Record<string, number> = {};
    for (let i = 0; i < deltaValues.length; i++) {
      const { id, value } = deltaValues[i]!;
      if (i > 0 && compare(deltaValues[i - 1]!.value!, value!) > 0)
        return { sorts, problem: `sort "${key}": the delta is not in the order the values read give` };
      let low = 0;
      let high = archive.values.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (compare(archive.values[mid]!, value!) < 0) low = mid + 1;
        else high = mid;
      }
      // Shadow pages' results are dropped: their place need not be known.
      if (!shadows.has(id)) at[id] = low;
    }
    sorts[key] = { count: order.length, at };
  }
  return { sorts, problem: null };
}

// ---------------------------------------------------------------------------------------------------

/** One bundle's share of a build: its files, its place in the cache and in the site. */
interface BundleJob {
  site: string;
  files: string[];
  stats: FileStats[];
  /**
   * The files Pagefind is given when the archive is rebuilt: all of them, or when the site marks its
   * indexed content (data-pagefind-body) only those that have it; Pagefind skips the others anyway, but
   * only after reading and parsing them (the general bundle: 468 of 4,811 pages at 10,000 articles).
   */
  indexable: string[];
  /** the bundle's own cache folder */
  cacheDir: string;
  /** where its files go in the site */
  bundleDir: string;
  /** facts of the files read in this build already (placeFiles), by path */
  read: Map<string, FileFacts>;
  /** Pagefind's language for the bundle: the site's with a private-use tag, so its page ids are its own */
  language: string;
  indexOptions: IndexOptions;
  /** digest of Pagefind and this code */
  tools: string;
  force: boolean;
  limits: { pages: number; share: number };
  shadowPages: number;
  /**
   * The site's only bundle (SITE): its archive keeps what Pagefind writes besides the index (pagefind.js,
   * the worker, the WebAssembly), and it is the primary bundle in the browser, at `pagefind/` itself.
   */
  primary: boolean;
}

/**
 * Writes one bundle into the site: the archive (hard links from the cache, rebuilt when needed) and the
 * delta bundle when pages changed since. Returns what the browser must know about it. Throws on any
 * failure; the cache then holds what it held before (or a complete newer archive), never a half-written one.
 */
async function updateBundle(job: BundleJob): Promise<{ report: BundleReport; delta: DeltaManifest; pages: number }> {
  const started = performance.now();
  const { site, files, stats, cacheDir, bundleDir, indexOptions } = job;
  await fs.mkdir(cacheDir, { recursive: true });
  await removeLeftovers(cacheDir);
  const inputs = sha256(
    JSON.stringify({ tools: job.tools, indexOptions, language: job.language, primary: job.primary }),
  );
  const statePath = path.join(cacheDir, 'state.json');
  const report = (
    archive: BundleReport['archive'],
    rest: Omit<BundleReport, 'archive' | 'files' | 'ms'>,
  ): BundleReport => ({
    archive,
    files: files.length,
    ...rest,
    ms: Math.round(performance.now() - started),
  });

  let reason: string | undefined = job.force ? 'asked to rebuild' : undefined;
  const record = reason ? null : await readJson<ArchiveRecord>(path.join(cacheDir, 'archive', 'record.json'));
  if (!reason) {
    if (!record || record.format !== FORMAT || !record.files) reason = 'no archive in the cache';
    else if (record.inputs !== inputs) reason = 'Pagefind, its options or this code changed';
    else if (record.incremental) reason = record.incremental;
    else if (!existsSync(path.join(cacheDir, 'archive', BUNDLE, 'pagefind-entry.json')))
      reason = 'the archive bundle is missing';
  }

  if (!reason && record) {
    const state = await readJson<State>(statePath);
    const plan = await planDelta(site, files, stats, record, state?.format === FORMAT ? state : null, job.limits);
    reason = plan.rebuild;
    if (!reason) {
      const facts = plan.facts!;
      const superseded = new Set(plan.superseded);
      let changed = plan.files!;
      let delta: DeltaBundle | null = null;
      let problem: string | null = null;
      let sorts: DeltaManifest['sorts'] = {};
      const drop = new Map<string, Record<string, string[]>>();
      const shadowTwins = new Map<string, string>();
      if (changed.length > 0) {
        const pagefind = await import('pagefind');
        try {
          const shadows = await shadowPages(site, record, new Set(changed.map((f) => f.rel)), job.shadowPages);
          const shadowRels = new Set(shadows.map((f) => f.rel));
          delta = await indexDelta(pagefind, [...changed, ...shadows], record, indexOptions);
          // Files whose indexed data did not change stay with the archive.
          const same = new Set<string>();
          const indexed = new Set<string>();
          for (const page of delta.pages.values()) {
            if (shadowRels.has(page.rel)) continue;
            indexed.add(page.rel);
            const archived = record.files[page.rel];
            if (archived?.id && (await archiveFragmentText(cacheDir, archived)) === page.text) same.add(page.rel);
          }
          for (const { rel } of changed) if (!indexed.has(rel) && !record.files[rel]?.id) same.add(rel);
          for (const rel of same) facts[rel]!.same = true;
          if (same.size > 0) {
            changed = changed.filter((file) => !same.has(file.rel));
            delta =
              changed.length > 0 ? await indexDelta(pagefind, [...changed, ...shadows], record, indexOptions) : null;
          }
          for (const { rel } of changed) {
            const id = record.files[rel]?.id;
            if (id) superseded.add(id);
          }
          if (delta) {
            for (const [id, page] of delta.pages) {
              if (!shadowRels.has(page.rel)) continue;
              drop.set(id, page.fragment.filters);
              shadowTwins.set(id, record.files[page.rel]!.id!);
            }
            const placed = placeSorts(delta, record, facts, superseded, new Set(drop.keys()));
            sorts = placed.sorts;
            problem = placed.problem;
          }
        } finally {
          await pagefind.close();
        }
      }
      if (problem) {
        reason = problem;
      } else {
        await linkTree(path.join(cacheDir, 'archive', BUNDLE), bundleDir);
        const manifest: DeltaManifest = { format: 1 };
        const deltaPages = delta ? delta.pages.size - drop.size : 0;
        if (delta && deltaPages > 0) {
          manifest.delta = `${DELTA_DIR}/`;
          for (const file of delta.files) {
            const target = path.join(bundleDir, DELTA_DIR, file.path);
            await fs.mkdir(path.dirname(target), { recursive: true });
            await fs.writeFile(target, file.content);
          }
          manifest.deltaPrefix = `${record.language}${DELTA_LANGUAGE_TAG}_`;
          if (shadowTwins.size > 0)
            manifest.shadows = Object.fromEntries([...shadowTwins].sort(([a], [b]) => (a < b ? -1 : 1)));
          if (Object.keys(sorts).length > 0) manifest.sorts = sorts;
        } else {
          drop.clear();
        }
        for (const page of Object.values(record.files))
          if (page.id && superseded.has(page.id)) drop.set(page.id, page.filters);
        if (drop.size > 0) manifest.drop = Object.fromEntries([...drop].sort(([a], [b]) => (a < b ? -1 : 1)));
        await writeAtomic(
          statePath,
          JSON.stringify({ format: FORMAT, stamp: record.stamp, files: facts } satisfies State),
        );
        return {
          report: report('kept', {
            archivePages: record.pages,
            deltaPages,
            superseded: superseded.size,
            hashed: plan.hashed,
          }),
          delta: manifest.delta || manifest.drop ? manifest : NO_DELTA,
          pages: record.pages,
        };
      }
    }
  }

  const built = await buildArchive(job, inputs);
  await installFolder(cacheDir, 'archive', built.dir);
  await linkTree(path.join(cacheDir, 'archive', BUNDLE), bundleDir);
  const facts: State['files'] = {};
  for (const [rel, page] of Object.entries(built.record.files)) {
    const { url: _url, id: _id, group: _group, filters: _filters, ...rest } = page;
    facts[rel] = { ...rest, same: true };
  }
  await writeAtomic(
    statePath,
    JSON.stringify({ format: FORMAT, stamp: built.record.stamp, files: facts } satisfies State),
  );
  return {
    report: report('rebuilt', {
      reason: reason!,
      archivePages: built.record.pages,
      deltaPages: 0,
      superseded: 0,
      hashed: files.length,
    }),
    delta: NO_DELTA,
    pages: built.record.pages,
  };
}

// ---------------------------------------------------------------------------------------------------
// The bundles of a site.

/** The bundle of every searchable page that is not an article (expert and topic pages). */
const GENERAL = 'general';
/**
 * The one bundle of a site whose articles fit one period (fewer than `tierPages`): every searchable page,
 * at `pagefind/` itself, with pagefind.js. A first search then opens one bundle, as Pagefind alone would
 * (no host, no `general` beside it): small sites do not pay for the archive's design.
 */
const SITE = 'site';
/**
 * Up to this many articles a site is one bundle (SITE). Measured against the bundles of a large site
 * (host, general, one period) with the same client, interleaved: at 1,000 articles one bundle opened a
 * shared link 14 % sooner (829 against 966 ms) and the header box as fast (223, 202 ms); at 10,000 the
 * bundles were sooner (link 1,017 against 1,173 ms, header 247 against 399 ms): every article search of
 * one bundle filters out the experts and topics, and Pagefind then loads and counts every filter file for
 * every page (docs/performance.md, "Issue 27").
 */
export const DEFAULT_ONE_BUNDLE_PAGES = 2_000;
/**
 * The host bundle's one page. Every bundle is searched through a Pagefind instance whose primary bundle
 * is the host (src/search/delta.ts): it carries pagefind.js and the WebAssembly once for all bundles, and
 * its page is dropped from every result. Pagefind cannot write a bundle without a page.
 */
const HOST_PAGE = { rel: '__warta-search-host__/index.html', word: 'wartasearchhost' };

/** Which bundle a file belongs in, with what that was read from: a cache of facts like State. */
interface Placement extends FileStats {
  year: string | null;
  body: boolean;
  lang: string | null;
}

/**
 * Reads the files whose stats changed since the last build; the others keep their place. The facts read
 * are handed to the bundles, so that a cold build reads each file once.
 */
async function placeFiles(
  site: string,
  files: string[],
  stats: FileStats[],
  cacheDir: string,
): Promise<{ placed: Placement[]; read: Map<string, FileFacts> }> {
  const file = path.join(cacheDir, 'placement.json');
  const known = await readJson<{ format: number; files: Record<string, Placement> }>(file);
  const prior = known?.format === FORMAT ? known.files : {};
  const read = new Map<string, FileFacts>();
  const placed = await mapLimit(files, 16, async (rel, i): Promise<Placement> => {
    const last = prior[rel];
    if (last && sameStats(last, stats[i]!)) return last;
    const { filters, ...facts } = readFacts(await fs.readFile(path.join(site, rel)), stats[i]!);
    read.set(rel, facts);
    return { ...stats[i]!, year: yearOf(filters), body: facts.body, lang: facts.lang };
  });
  await writeAtomic(
    file,
    JSON.stringify({ format: FORMAT, files: Object.fromEntries(files.map((rel, i) => [rel, placed[i]!])) }),
  );
  return { placed, read };
}

/**
 * The language every bundle is indexed in: the one most pages declare (Warta's pages are all `id`).
 * Each bundle gets it with a private-use tag of its own (`id-x-y2025`, see languageTag): the same Snowball stemmer, and page
 * ids that cannot collide across bundles.
 */
function siteLanguage(placed: Placement[], bodyMode: boolean): string {
  const counts = new Map<string, number>();
  for (const page of placed)
    if (page.lang && (!bodyMode || page.body)) counts.set(page.lang, (counts.get(page.lang) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return top?.[0].split('-x-')[0] ?? 'unknown';
}

/** Puts a finished folder in place of the cache's `name`; the old one's files live on in built sites. */
async function installFolder(cacheDir: string, name: string, dir: string): Promise<void> {
  const current = path.join(cacheDir, name);
  const old = path.join(cacheDir, `${name}.old-${process.pid}-${randomBytes(4).toString('hex')}`);
  if (existsSync(current)) await fs.rename(current, old);
  await fs.rename(dir, current);
  await fs.rm(old, { recursive: true, force: true });
}

/** The host bundle (HOST_PAGE), made once per language, Pagefind and version of this code. */
async function hostBundle(cacheDir: string, language: string, tools: string): Promise<string> {
  const inputs = sha256(JSON.stringify({ tools, language }));
  const bundle = path.join(cacheDir, 'host', BUNDLE);
  const record = await readJson<{ inputs: string }>(path.join(cacheDir, 'host', 'record.json'));
  if (record?.inputs === inputs && existsSync(path.join(bundle, 'pagefind.js'))) return bundle;
  const dir = path.join(cacheDir, `host.new-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const page = path.join(dir, 'stage', HOST_PAGE.rel);
    await fs.mkdir(path.dirname(page), { recursive: true });
    await fs.writeFile(
      page,
      `<!doctype html><html lang="${language}"><head><title></title></head><body><main data-pagefind-body>${HOST_PAGE.word}</main></body></html>`,
    );
    await runPagefind([
      '--site',
      path.join(dir, 'stage'),
      '--output-path',
      path.join(dir, BUNDLE),
      '--quiet',
      '--force-language',
      language,
    ]);
    await fs.rm(path.join(dir, 'stage'), { recursive: true, force: true });
    await fs.writeFile(path.join(dir, 'record.json'), JSON.stringify({ inputs }));
    await installFolder(cacheDir, 'host', dir);
  } catch (error) {
    await fs.rm(dir, { recursive: true, force: true });
    throw error;
  }
  return bundle;
}

/** A bundle's metadata and WebAssembly file names, from its entry file (one language). */
async function entryFiles(bundle: string): Promise<{ meta: string; wasm: string }> {
  const entry = JSON.parse(await fs.readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm?: string }>;
  };
  const [language] = Object.values(entry.languages);
  if (!language) throw new Error(`search index: ${bundle} has no language`);
  return { meta: `pagefind.${language.hash}.pf_meta`, wasm: `wasm.${language.wasm ?? 'unknown'}.pagefind` };
}

/**
 * The private-use tag of a bundle's language: `general`, or `y` and the period's name, its first year.
 * Short on purpose: Pagefind 1.6 names a bundle's metadata file with a slice of a 36-character hash as
 * long as the language plus 8 (pagefind/src/index/mod.rs), and panics past it: a language of 28
 * characters or more (`id-x-2022-2023-2024-2025-delta`) stops the build.
 */
function languageTag(name: string): string {
  return name === GENERAL || name === SITE ? name : `y${name}`;
}

/** Folders a killed build left (its process is gone). */
async function removeLeftovers(dir: string): Promise<void> {
  for (const name of await fs.readdir(dir)) {
    const pid = /^(?:archive|host)\.(?:new|old)-(\d+)-|\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name);
    if (pid && !alive(Number(pid[1] ?? pid[2]))) await fs.rm(path.join(dir, name), { recursive: true, force: true });
  }
}

/**
 * Writes `site/pagefind/`: the host bundle (pagefind.js), the `general` bundle and one bundle per period of
 * years of articles (`periodsOf`), each an archive plus a delta, and `warta-search.json`, which lists them
 * (src/search/manifest.ts). A page goes to the bundle its filters say (`yearOf`); one that moves (a
 * corrected date) is superseded in its old bundle and added to the new one's delta. Throws on any
 * failure; the caches then hold complete bundles, old or new.
 */
export async function updateSearchIndex(options: SearchIndexOptions): Promise<SearchIndexReport> {
  const started = performance.now();
  const site = path.resolve(options.site);
  const cacheDir = path.resolve(options.cacheDir);
  const root = path.join(site, BUNDLE);
  await fs.rm(root, { recursive: true, force: true });
  await fs.mkdir(path.join(cacheDir, 'bundles'), { recursive: true });
  await removeLeftovers(cacheDir);

  const [tools, files] = await Promise.all([toolDigest(), htmlFiles(site)]);
  const stats = await mapLimit(files, 32, (rel) => statFile(path.join(site, rel)));
  const { placed, read } = await placeFiles(site, files, stats, cacheDir);
  const bodyMode = placed.some((page) => page.body);
  const language = siteLanguage(placed, bodyMode);
  const tierPages = options.tierPages ?? DEFAULT_TIER_PAGES;
  const articles = new Map<string, number>();
  for (const page of placed)
    if (page.year && (!bodyMode || page.body)) articles.set(page.year, (articles.get(page.year) ?? 0) + 1);
  const periods = periodsOf(articles, tierPages);
  const articleCount = [...articles.values()].reduce((sum, n) => sum + n, 0);
  const single = periods.length <= 1 && articleCount <= (options.oneBundlePages ?? DEFAULT_ONE_BUNDLE_PAGES);
  const periodOf = new Map(periods.flatMap((years) => years.map((year) => [year, periodName(years)] as const)));
  const groups = new Map<string, { files: string[]; stats: FileStats[]; indexable: string[] }>([
    [single ? SITE : GENERAL, { files: [], stats: [], indexable: [] }],
  ]);
  if (!single) for (const years of periods) groups.set(periodName(years), { files: [], stats: [], indexable: [] });
  files.forEach((rel, i) => {
    // A year without an indexable article (a body-less page that says it is one) stays with the rest.
    const name = single ? SITE : (placed[i]!.year && periodOf.get(placed[i]!.year!)) || GENERAL;
    let group = groups.get(name);
    if (!group) groups.set(name, (group = { files: [], stats: [], indexable: [] }));
    group.files.push(rel);
    group.stats.push(stats[i]!);
    if (!bodyMode || placed[i]!.body) group.indexable.push(rel);
  });
  const names = (single ? [SITE] : [GENERAL, ...periods.map(periodName)]).filter(
    (name) => groups.get(name)!.indexable.length > 0,
  );
  if (names.length === 0) throw new Error('search index: no page to index (Pagefind needs at least one)');

  if (!single) await linkTree(await hostBundle(cacheDir, language, tools), root);
  const manifest: SearchManifest = {
    format: 2,
    host: single ? { meta: '', wasm: '' } : await entryFiles(root),
    general: null,
    periods: [],
    tierPages,
  };
  const bundles: Record<string, BundleReport> = {};
  // One after another: Pagefind's memory is then that of the largest bundle, not of the whole site.
  for (const name of names) {
    const group = groups.get(name)!;
    const bundleLanguage = `${language}-x-${languageTag(name)}`;
    const result = await updateBundle({
      site,
      files: group.files,
      stats: group.stats,
      indexable: group.indexable,
      read,
      cacheDir: path.join(cacheDir, 'bundles', name),
      bundleDir: name === SITE ? root : path.join(root, name),
      language: bundleLanguage,
      indexOptions: options.indexOptions ?? {},
      tools,
      force: options.force ?? false,
      limits: {
        pages: options.maxDeltaPages ?? DEFAULT_MAX_DELTA_PAGES,
        share: options.maxDeltaShare ?? DEFAULT_MAX_DELTA_SHARE,
      },
      shadowPages: options.shadowPages ?? DEFAULT_SHADOW_PAGES,
      primary: name === SITE,
    });
    bundles[name] = result.report;
    const files = await entryFiles(name === SITE ? root : path.join(root, name));
    const bundle = {
      path: name === SITE ? '' : `${name}/`,
      prefix: `${bundleLanguage}_`,
      pages: result.pages,
      meta: files.meta,
      delta: result.delta,
    };
    if (name === SITE) {
      // One bundle is the site's articles and its other pages: searched as both, through one instance.
      Object.assign(bundle, {
        filters: (await fs.readdir(path.join(root, 'filter')).catch(() => [])).sort().map((f) => `filter/${f}`),
      });
      manifest.host = files;
      manifest.general = bundle;
      manifest.periods.push({ years: periods[0] ?? [], ...bundle });
    } else if (name === GENERAL) manifest.general = bundle;
    else manifest.periods.push({ years: periods.find((years) => periodName(years) === name)!, ...bundle });
  }
  for (const name of await fs.readdir(path.join(cacheDir, 'bundles'))) {
    if (!names.includes(name)) await fs.rm(path.join(cacheDir, 'bundles', name), { recursive: true, force: true });
  }
  await fs.writeFile(path.join(root, SEARCH_MANIFEST), `${JSON.stringify(manifest)}\n`);
  return { bundles, files: files.length, ms: Math.round(performance.now() - started) };
}

/** One line for the build's log. */
export function describeSearchIndex(report: SearchIndexReport): string {
  const entries = Object.entries(report.bundles);
  const rebuilt = entries.filter(([, b]) => b.archive === 'rebuilt');
  const sum = (key: 'archivePages' | 'deltaPages' | 'superseded' | 'hashed') =>
    entries.reduce((total, [, b]) => total + b[key], 0);
  const parts = [`${entries.length} bundles of ${sum('archivePages')} pages`];
  if (rebuilt.length > 0) parts.push(`rebuilt ${rebuilt.map(([name, b]) => `${name} (${b.reason})`).join(', ')}`);
  parts.push(`${sum('deltaPages')} in deltas, ${sum('superseded')} superseded, ${sum('hashed')} files hashed`);
  return `search index: ${parts.join('; ')}, in ${(report.ms / 1000).toFixed(1)} s`;
}
