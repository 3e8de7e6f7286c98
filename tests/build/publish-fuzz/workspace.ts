/**
 * The differential publish fuzzer's workspace: a small generated content folder, the incremental build
 * of it (`dist/` and its caches, as a newsroom's publishing machine keeps them) and, after every change,
 * a cold build of the same content in a fresh cache. The two outputs must be equal (docs/performance.md,
 * "Never stale"): every file and folder byte for byte, except `pagefind/`, which is compared by what
 * searches return (the incremental index is an archive plus deltas, decision 020).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateContent } from '../../../scripts/generate-content/corpus.ts';
import { IMAGE_VARIANTS, renderImages } from '../../../scripts/generate-content/images.ts';
import { sourceDigest } from '../../../src/build/source-digest.ts';

const root = path.resolve(import.meta.dirname, '../../..');

/**
 * Where the fuzzer keeps its base and runs: inside the project, so that its builds never share Astro's
 * fallback server folder (`.astro/.prerender/`, used for output folders outside the project) with any
 * other build, and a long run can go on beside the tests. The CLI takes --work.
 */
export const FUZZ_WORK_DIR = path.join(root, '.cache', 'publish-fuzz');

/** The day the first build is made as of (the e2e tests' day); clock changes move it. */
export const FIRST_BUILD_DATE = '2025-11-21T08:00:00+07:00';

export interface CorpusOptions {
  articles: number;
  images: number;
  experts: number;
  seed: string;
}

export const DEFAULT_CORPUS: CorpusOptions = { articles: 26, images: 4, experts: 6, seed: 'publish-fuzz' };

/** A build's outcome: its exit status and the end of what it printed. */
export interface BuildResult {
  ok: boolean;
  output: string;
}

/** One directory the fuzzer works in: content, the published build and its caches, the cold build. */
export class Workspace {
  readonly content: string;
  readonly dist: string;
  readonly cache: string;
  readonly coldDist: string;
  readonly coldCache: string;
  /** WARTA_BUILD_DATE of the next builds */
  buildDate = FIRST_BUILD_DATE;
  /** numbers new names (articles, experts, sections, images): the same sequence gives the same names */
  counter = 0;
  /** lead-image bytes other than the corpus's own, for replacing a picture with other bytes */
  readonly pictures: Buffer[];
  /** puts right the file a `break` change broke (changes.ts) */
  pendingFix: (() => void) | undefined;
  /** the changes published so far, for the report of a failure */
  readonly history: string[] = [];
  /** how many of those publishes the build refused (both ways: a broken file) */
  refused = 0;

  readonly dir: string;

  constructor(dir: string, pictures: Buffer[]) {
    this.dir = dir;
    this.content = path.join(dir, 'content');
    this.dist = path.join(dir, 'dist');
    this.cache = path.join(dir, 'cache');
    this.coldDist = path.join(dir, 'dist-cold');
    this.coldCache = path.join(dir, 'cache-cold');
    this.pictures = pictures;
  }

  next(): number {
    return ++this.counter;
  }

  /**
   * `npm run build` as a publish does it: incremental, keeping dist/ and the caches. Two publishes in
   * three let any share of a search bundle go to its delta, the third keeps the site's threshold (a
   * tenth of the bundle's pages, which a small corpus passes with two pages), so both the delta and the
   * rebuilt archive are compared with cold builds.
   */
  buildIncremental(): Promise<BuildResult> {
    const share = this.history.length % 3 === 2 ? undefined : '1';
    return build(this.content, this.dist, this.cache, this.buildDate, share);
  }

  /** A cold build of the same content: fresh cache, fresh output folder. */
  async buildCold(): Promise<BuildResult> {
    rmSync(this.coldDist, { recursive: true, force: true });
    rmSync(this.coldCache, { recursive: true, force: true });
    return build(this.content, this.coldDist, this.coldCache, this.buildDate);
  }
}

function build(
  content: string,
  outDir: string,
  cacheDir: string,
  buildDate: string,
  deltaShare?: string,
): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts/build.ts')], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        WARTA_CONTENT_DIR: content,
        WARTA_OUT_DIR: outDir,
        WARTA_CACHE_DIR: cacheDir,
        WARTA_BUILD_DATE: buildDate,
        ...(deltaShare ? { WARTA_SEARCH_DELTA_SHARE: deltaShare } : {}),
      },
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

/** Small pictures: Astro's image service makes no size larger than its original, so builds stay quick. */
const PICTURE_WIDTH = 240;

async function smallPictures(variants: number[]): Promise<Buffer[]> {
  const { default: sharp } = await import('sharp');
  const rendered = await renderImages(variants);
  return Promise.all(
    variants.map((v) =>
      sharp(rendered.get(v)!)
        .resize({ width: PICTURE_WIDTH })
        .png({ palette: true, colours: 32, compressionLevel: 9 })
        .toBuffer(),
    ),
  );
}

/**
 * The starting point of every run: the generated corpus (its lead images made small) and its first,
 * cold, build. Built in `dir/run`, where every run then works, because caches name the content folder's
 * path; kept in `dir/base`, from which each run starts afresh (`cp -a` keeps times and the hard links
 * between dist/ and the caches, as a CI cache restore does). A base made by the same code for the same
 * corpus is reused: the fuzz test and the regression cases share one.
 */
export async function prepareBase(dir: string, corpus: CorpusOptions = DEFAULT_CORPUS): Promise<Base> {
  const base = { saved: path.join(dir, 'base'), run: path.join(dir, 'run') };
  const stamp = path.join(base.saved, 'ready.json');
  // Made again when the corpus or any code that builds it changes.
  const code = sourceDigest(
    ['src', 'scripts', 'tests/build/publish-fuzz', 'astro.config.mjs', 'package-lock.json'],
    root,
  );
  const wanted = JSON.stringify({ corpus, code });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return base;
  rmSync(base.saved, { recursive: true, force: true });
  rmSync(base.run, { recursive: true, force: true });
  mkdirSync(base.run, { recursive: true });
  const content = path.join(base.run, 'content');
  await generateContent({ out: content, ...corpus });
  const variants = IMAGE_VARIANTS.map((_, i) => i);
  const pictures = await smallPictures(variants);
  const pngs = readdirSync(path.join(content, 'articles'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.png'))
    .sort();
  pngs.forEach((f, i) => {
    writeFileSync(path.join(content, 'articles', f), pictures[i % pictures.length]!);
  });
  mkdirSync(path.join(base.run, 'pictures'));
  pictures.forEach((p, i) => {
    writeFileSync(path.join(base.run, 'pictures', `${i}.png`), p);
  });
  const ws = new Workspace(base.run, pictures);
  const first = await ws.buildIncremental();
  if (!first.ok) throw new Error(`the fuzzer's first build failed:\n${first.output}`);
  copyTree(base.run, base.saved);
  writeFileSync(stamp, wanted);
  return base;
}

/** Where a run works, and the saved state it starts from. */
export interface Base {
  saved: string;
  run: string;
}

function copyTree(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true, maxRetries: 5 });
  const copied = spawnSync('cp', ['-a', from, to], { encoding: 'utf8' });
  if (copied.status !== 0) throw new Error(`cp -a ${from} ${to}: ${copied.stderr}`);
}

/** A fresh workspace: the base's saved state, in the folder it was built in. */
export function startRun(base: Base): Workspace {
  copyTree(base.saved, base.run);
  const pictures = readdirSync(path.join(base.run, 'pictures'))
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10))
    .map((f) => readFileSync(path.join(base.run, 'pictures', f)));
  return new Workspace(base.run, pictures);
}

/** Every file (relative path → sha256 of its bytes) and folder (→ "folder") under dir, but `leaveOut`. */
export function tree(dir: string, leaveOut: readonly string[] = []): Map<string, string> {
  const entries = new Map<string, string>();
  if (!existsSync(dir)) return entries;
  for (const rel of readdirSync(dir, { recursive: true }).map(String).sort()) {
    if (leaveOut.some((folder) => rel === folder || rel.startsWith(`${folder}/`))) continue;
    const file = path.join(dir, rel);
    entries.set(
      rel,
      statSync(file).isDirectory() ? 'folder' : createHash('sha256').update(readFileSync(file)).digest('hex'),
    );
  }
  return entries;
}

/** What differs between the incremental (a) and the cold (b) tree, one line a path. */
export function treeDifferences(a: Map<string, string>, b: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [file, hash] of a)
    if (b.get(file) !== hash)
      out.push(
        b.has(file) ? `differs: ${file}` : `only in the incremental build: ${file}${hash === 'folder' ? '/' : ''}`,
      );
  for (const [file, hash] of b)
    if (!a.has(file)) out.push(`only in the cold build: ${file}${hash === 'folder' ? '/' : ''}`);
  return out;
}
