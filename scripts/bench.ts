// `npm run bench`: Warta's build against what a newsroom would pick instead, measured interleaved on the
// same generated corpora: a bare Astro site of the blog starter's shape (bench/astro-blog), the same with
// Pagefind over its output, and Hugo (bench/hugo, Debian's package). For Warta: the cold full build
// (Astro, share images, Pagefind, every cache empty), the rebuild after editing one article and after
// adding one, peak memory, pages per second, dist size and files, index size, and a first search in
// headless Chromium. Medians over the runs; the table goes to bench/results/ and docs/performance.md
// quotes it.
//
// Usage: npm run bench -- [--sizes 1000,10000] [--with-50k] [--runs 3] [--work DIR] [--skip-search]
//                         [--results NAME]   (bench/results/NAME.{md,json}, default "latest")
//                         [--cold-only]      (Warta's cold build and the search only: the 50,000 memory check)
//                         [--publish-only]   (no baselines, no timed cold build: the publishing scenarios over the
//                                             output and caches left in the work folder, built untimed if missing)
//                         [--scenarios edit,add,…] (which publishing scenarios; all by default, see bench-publish.ts)
//                         [--no-share-images] (article share images neither drawn nor placed: 50,000 articles)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { changedFiles, linkCopy, publishScenarios, type Upload } from './bench-publish.ts';
import type { SearchLine, SearchMedianLine } from './bench-search.ts';

/** What one measured command took. */
interface Sample {
  /** wall time */
  seconds: number;
  /** the peak of the summed resident memory of its whole process tree */
  peakBytes: number;
  /** the peak of its largest single process */
  peakProcessBytes: number;
  /** CPU time (user + system) of the whole tree */
  cpuSeconds: number;
}

/** A publishing scenario's build, and what it left to upload. */
interface PublishSample extends Sample {
  upload: Upload;
}

interface MeasureOptions {
  /** the project by default */
  cwd?: string;
  /** added to this process's environment */
  env?: Record<string, string>;
}

/** The builds timed in each run. */
type SampleKey = 'astro' | 'astroPagefind' | 'hugo' | 'wartaCold' | 'wartaEdit' | 'wartaAdd';

/** The files of a built site (or of its search index). */
interface OutputSize {
  files: number;
  bytes: number;
  html: number;
}

interface Machine {
  cpu: string;
  memory: string;
  node: string;
  astro: string;
  pagefind: string;
  hugo: string;
  work: string;
}

/** A publishing scenario's medians over the runs. */
interface PublishResult {
  name: string;
  seconds: number;
  cpuSeconds: number;
  uploadFiles: number;
  uploadBytes: number;
  deleted: number;
  samples: PublishSample[];
}

/** The medians of one corpus size (NaN, written as null, for what a run did not measure). */
interface SizeReport {
  seconds: Record<'astro' | 'astroPagefind' | 'hugo' | 'wartaCold' | 'wartaEdit' | 'wartaAdd', number>;
  peakBytes: Record<'astro' | 'astroPagefind' | 'hugo' | 'wartaCold' | 'wartaEdit', number>;
  /** the largest single process of the tree: Astro's own, for both */
  peakProcessBytes: Record<'astro' | 'wartaCold' | 'wartaEdit', number>;
  /** bare Astro's with Pagefind's */
  cpuSeconds: Record<'astroPagefind' | 'hugo' | 'wartaCold' | 'wartaEdit' | 'wartaAdd', number>;
  samples: Record<SampleKey, Sample[]>;
  /** per publishing scenario, by its key */
  publish: Record<string, PublishResult>;
  /** the baselines' output only when they were built (not with --cold-only or --publish-only) */
  output: { warta: OutputSize; index: OutputSize; astro: OutputSize | undefined; hugo: OutputSize | undefined };
  /** bench-search.ts's lines, unless --skip-search */
  search: SearchLine[] | undefined;
}

/** bench/results/NAME.json */
interface Report {
  date: string;
  machine: Machine;
  runs: number;
  /** by number of articles */
  sizes: Record<string, SizeReport>;
}

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    'with-50k': { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    // On the project's file system: Astro moves built assets into outDir with rename(), which fails
    // across devices (so not /dev/shm unless the project is there too).
    work: { type: 'string', default: path.join(os.tmpdir(), 'warta-bench') },
    'skip-search': { type: 'boolean', default: false },
    // A separate name keeps a long one-size run (50,000) from replacing the 1,000/10,000 table.
    results: { type: 'string', default: 'latest' },
    'cold-only': { type: 'boolean', default: false },
    'publish-only': { type: 'boolean', default: false },
    scenarios: { type: 'string' },
    // Warta's article share images neither drawn nor placed (scripts/build.ts): for 50,000 articles,
    // whose 220,000 cards take hours to draw on two cores. Say so beside any figure measured this way.
    'no-share-images': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes
  .split(',')
  .map(Number)
  .concat(values['with-50k'] ? [50_000] : []);
const runs = Math.max(1, Number(values.runs));
const coldOnly = values['cold-only'];
const publishOnly = values['publish-only'];
const scenarioKeys = values.scenarios?.split(',');
const work = path.resolve(values.work);
const node = process.execPath;
const bin = {
  astro: path.join(root, 'node_modules/astro/bin/astro.mjs'),
  pagefind: path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs'),
};
mkdirSync(work, { recursive: true });
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
if (statSync(work).dev !== statSync(root).dev) {
  console.error(
    `bench: ${work} is on another file system than ${root}; Astro cannot build there (rename across devices). Use --work.`,
  );
  process.exit(1);
}
const logFile = path.join(work, 'bench.log');
writeFileSync(logFile, '');

// ---------------------------------------------------------------------------------------------------------
// Measuring a command: wall time, and the peak of the summed resident memory of its whole process tree.

function treeRss(rootPid: number | undefined): { total: number; largest: number } {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  let largest = 0;
  // (no pid: the command did not start)
  const queue = rootPid === undefined ? [] : [rootPid];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      const rss = match ? Number(match[1]) * 1024 : 0;
      total += rss;
      largest = Math.max(largest, rss);
    } catch {
      // ended
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return { total, largest };
}

/**
 * CPU seconds (user + system) of every child this process has waited for, and of their waited-for
 * children in turn: the difference around one command is what its whole process tree used.
 */
const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
function childrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields from the state on (field 3 of proc(5)): cutime (16) and cstime (17) are at 13 and 14
  return (Number(fields[13]) + Number(fields[14])) / ticksPerSecond;
}

function measure(
  label: string,
  command: string,
  args: readonly string[],
  { cwd = root, env = {} }: MeasureOptions = {},
): Promise<Sample> {
  return new Promise((resolve, reject) => {
    writeFileSync(logFile, `\n### ${label}: ${command} ${args.join(' ')}\n`, { flag: 'a' });
    const started = performance.now();
    const cpuBefore = childrenCpuSeconds();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let peak = 0;
    let peakProcess = 0;
    const poll = setInterval(() => {
      const { total, largest } = treeRss(child.pid);
      peak = Math.max(peak, total);
      peakProcess = Math.max(peakProcess, largest);
    }, 250);
    const log = (chunk: Buffer) => writeFileSync(logFile, chunk, { flag: 'a' });
    child.stdout.on('data', log);
    child.stderr.on('data', log);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`${label} failed (exit ${code}); see ${logFile}`));
      else
        resolve({
          seconds,
          peakBytes: peak,
          peakProcessBytes: peakProcess,
          cpuSeconds: childrenCpuSeconds() - cpuBefore,
        });
    });
  });
}

// ---------------------------------------------------------------------------------------------------------

function walk(dir: string): OutputSize {
  let files = 0;
  let bytes = 0;
  let html = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) html++;
  }
  return { files, bytes, html };
}

/** The middle value, the mean of the two middle ones for an even count; NaN for none. */
const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
};
// '–' for what a run did not measure (--cold-only)
const fmtS = (s: number) => (!Number.isFinite(s) ? '–' : s >= 100 ? `${s.toFixed(0)} s` : `${s.toFixed(1)} s`);
const fmtB = (b: number) =>
  !Number.isFinite(b) ? '–' : b >= 1e9 ? `${(b / 1e9).toFixed(2)} GB` : `${(b / 1e6).toFixed(0)} MB`;
const fmtR = (r: number, digits: number, unit = '') => (Number.isFinite(r) ? `${r.toFixed(digits)}${unit}` : '–');
const fmtN = (n: number) => n.toLocaleString('en-US');

/** The first line a command prints, or 'not installed'. */
function version(command: string, args: readonly string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8' }).trim().split('\n')[0] ?? '';
  } catch {
    return 'not installed';
  }
}

function ensureHugo() {
  if (version('hugo', ['version']) !== 'not installed') return;
  console.log('bench: installing Hugo from Debian (apt-get install hugo)…');
  execFileSync('apt-get', ['install', '-y', 'hugo'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** The version in an installed package's package.json. */
function packageVersion(name: string): string {
  const manifest: unknown = JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'));
  if (
    typeof manifest === 'object' &&
    manifest !== null &&
    'version' in manifest &&
    typeof manifest.version === 'string'
  )
    return manifest.version;
  throw new Error(`bench: no version in node_modules/${name}/package.json`);
}

// ---------------------------------------------------------------------------------------------------------

ensureHugo();
const machine: Machine = {
  cpu: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
  memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  node: process.version,
  astro: packageVersion('astro'),
  pagefind: packageVersion('pagefind'),
  hugo: version('hugo', ['version']).split(' ')[1] ?? 'unknown',
  work,
};
console.log(`bench: ${JSON.stringify(machine)}; sizes ${sizes.join(', ')}, ${runs} run(s) each; log ${logFile}`);

const report: Report = { date: new Date().toISOString(), machine, runs, sizes: {} };
for (const size of sizes) {
  const content = path.join(work, `content-${size}`);
  if (!existsSync(content)) {
    // A few lead images (0.2 %), so that replacing one can be measured.
    execFileSync(
      node,
      [
        path.join(root, 'scripts/generate-content/cli.ts'),
        '--out',
        content,
        '--articles',
        String(size),
        '--images',
        String(Math.max(2, Math.round(size / 500))),
      ],
      {
        stdio: 'ignore',
      },
    );
  }
  const articles = path.join(content, 'articles');
  const out = (name: string) => path.join(work, `out-${name}-${size}`);
  const cache = (name: string) => path.join(work, `cache-${name}-${size}`);
  const wartaEnv: Record<string, string> = {
    WARTA_CONTENT_DIR: content,
    WARTA_OUT_DIR: out('warta'),
    WARTA_CACHE_DIR: cache('warta'),
    ...(values['no-share-images'] ? { WARTA_BENCH_NO_SHARE_IMAGES: '1' } : {}),
  };
  const samples: Record<SampleKey, Sample[]> = {
    astro: [],
    astroPagefind: [],
    hugo: [],
    wartaCold: [],
    wartaEdit: [],
    wartaAdd: [],
  };
  /** per publishing scenario: its timed builds and what each left to upload */
  const publish: Record<string, { name: string; samples: PublishSample[] }> = {};

  for (let run = 1; run <= runs; run++) {
    console.log(`bench: ${fmtN(size)} articles, run ${run}/${runs}`);
    if (publishOnly) {
      // Whatever the work folder holds is brought up to date, untimed: the scenarios start from a published site.
      await measure('warta warm-up', node, [path.join(root, 'scripts/build.ts')], { env: wartaEnv });
      await rebuilds();
      continue;
    }
    if (!coldOnly) await baselines();
    // Warta, cold: no dist, no Astro content store, no share images
    for (const dir of [out('warta'), cache('warta')]) rmSync(dir, { recursive: true, force: true });
    execFileSync('sync');
    samples.wartaCold.push(await measure('warta cold', node, [path.join(root, 'scripts/build.ts')], { env: wartaEnv }));
    if (!coldOnly) await rebuilds();
  }

  // (a) bare Astro, then Pagefind over its output; (b) Hugo
  async function baselines() {
    for (const dir of [out('astro'), cache('astro')]) rmSync(dir, { recursive: true, force: true });
    // The previous build's write-back (gigabytes) would land in this one's time (measured: 35 s → 233 s).
    execFileSync('sync');
    samples.astro.push(
      await measure('astro-blog', node, [bin.astro, 'build'], {
        cwd: path.join(root, 'bench/astro-blog'),
        env: { BENCH_CONTENT_DIR: content, BENCH_OUT_DIR: out('astro'), BENCH_CACHE_DIR: cache('astro') },
      }),
    );
    samples.astroPagefind.push(
      await measure('astro-blog pagefind', node, [bin.pagefind, '--site', out('astro'), '--quiet']),
    );
    // (b) Hugo
    rmSync(out('hugo'), { recursive: true, force: true });
    rmSync(cache('hugo'), { recursive: true, force: true });
    samples.hugo.push(
      await measure('hugo', 'hugo', [
        '--source',
        path.join(root, 'bench/hugo'),
        '--contentDir',
        articles,
        '--destination',
        out('hugo'),
        '--cacheDir',
        cache('hugo'),
        '--quiet',
      ]),
    );
  }

  // The publishing scenarios (scripts/bench-publish.ts), one after another on the published site, each an
  // incremental build; then the corpus is restored. Upload: files in dist/ new or changed since the build before.
  async function rebuilds() {
    const { scenarios, restore } = publishScenarios(content);
    const snapshot = path.join(work, `previous-${size}`);
    try {
      for (const scenario of scenarios) {
        if (scenarioKeys && !scenarioKeys.includes(scenario.key)) continue;
        scenario.apply();
        linkCopy(out('warta'), snapshot);
        execFileSync('sync');
        const sample = await measure(`warta ${scenario.key}`, node, [path.join(root, 'scripts/build.ts')], {
          env: wartaEnv,
        });
        const upload = changedFiles(snapshot, out('warta'));
        (publish[scenario.key] ??= { name: scenario.name, samples: [] }).samples.push({ ...sample, upload });
        console.log(
          `bench: ${scenario.name}: ${fmtS(sample.seconds)}, upload ${upload.files} files, ${fmtB(upload.bytes)}, ${upload.deleted} deleted`,
        );
        if (scenario.key === 'edit') samples.wartaEdit.push(sample);
        if (scenario.key === 'add') samples.wartaAdd.push(sample);
      }
    } finally {
      restore();
      rmSync(snapshot, { recursive: true, force: true });
    }
    // back to the corpus as generated, for the next run's cold build (untimed)
    await measure('warta restore', node, [path.join(root, 'scripts/build.ts')], { env: wartaEnv });
  }

  const warta = walk(out('warta'));
  const index = walk(path.join(out('warta'), 'pagefind'));
  const astroSite = coldOnly || publishOnly ? undefined : walk(out('astro'));
  const hugoSite = coldOnly || publishOnly ? undefined : walk(out('hugo'));
  let search: SearchLine[] | undefined;
  if (!values['skip-search']) {
    // A build removes the previous site in the background (tens of thousands of links): not while a
    // reader's search is timed.
    await waitForRemovals(out('warta'));
    const lines = execFileSync(
      node,
      [path.join(root, 'scripts/bench-search.ts'), '--dist', out('warta'), '--runs', '3', 'harga', 'pemerintah'],
      { encoding: 'utf8' },
    )
      .trim()
      .split('\n')
      // bench-search.ts's own output: the line types are its
      .map((line) => JSON.parse(line) as SearchLine | SearchMedianLine)
      .filter((line): line is SearchLine => !('median' in line));
    search = lines;
  }
  const m = (key: SampleKey, field: keyof Sample = 'seconds') => median(samples[key].map((s) => s[field]));
  /** bare Astro's build and then Pagefind over its output, run by run */
  const astroThenPagefind = samples.astro.map((s, i) => ({
    seconds: s.seconds + (samples.astroPagefind[i]?.seconds ?? Number.NaN),
    cpuSeconds: s.cpuSeconds + (samples.astroPagefind[i]?.cpuSeconds ?? Number.NaN),
  }));
  const astroPlusPagefind = median(astroThenPagefind.map((s) => s.seconds));
  report.sizes[size] = {
    seconds: {
      astro: m('astro'),
      astroPagefind: astroPlusPagefind,
      hugo: m('hugo'),
      wartaCold: m('wartaCold'),
      wartaEdit: m('wartaEdit'),
      wartaAdd: m('wartaAdd'),
    },
    peakBytes: {
      astro: m('astro', 'peakBytes'),
      astroPagefind: m('astroPagefind', 'peakBytes'),
      hugo: m('hugo', 'peakBytes'),
      wartaCold: m('wartaCold', 'peakBytes'),
      wartaEdit: m('wartaEdit', 'peakBytes'),
    },
    // the largest single process of the tree: Astro's own, for both
    peakProcessBytes: {
      astro: m('astro', 'peakProcessBytes'),
      wartaCold: m('wartaCold', 'peakProcessBytes'),
      wartaEdit: m('wartaEdit', 'peakProcessBytes'),
    },
    cpuSeconds: {
      astroPagefind: median(astroThenPagefind.map((s) => s.cpuSeconds)),
      hugo: m('hugo', 'cpuSeconds'),
      wartaCold: m('wartaCold', 'cpuSeconds'),
      wartaEdit: m('wartaEdit', 'cpuSeconds'),
      wartaAdd: m('wartaAdd', 'cpuSeconds'),
    },
    samples,
    publish: Object.fromEntries(
      Object.entries(publish).map(([key, p]) => [
        key,
        {
          name: p.name,
          seconds: median(p.samples.map((x) => x.seconds)),
          cpuSeconds: median(p.samples.map((x) => x.cpuSeconds)),
          uploadFiles: median(p.samples.map((x) => x.upload.files)),
          uploadBytes: median(p.samples.map((x) => x.upload.bytes)),
          deleted: median(p.samples.map((x) => x.upload.deleted)),
          samples: p.samples,
        },
      ]),
    ),
    output: { warta, index, astro: astroSite, hugo: hugoSite },
    search,
  };
  writeFileSync(path.join(root, `bench/results/${values.results}.json`), `${JSON.stringify(report, null, 2)}\n`);
}

/** Waits (two minutes at most) until no previous site of `outDir` is being removed (scripts/build.ts). */
async function waitForRemovals(outDir: string): Promise<void> {
  const prefix = `${path.basename(outDir)}.old-`;
  for (let waited = 0; waited < 120_000; waited += 500) {
    if (!readdirSync(path.dirname(outDir)).some((name) => name.startsWith(prefix))) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

// ---------------------------------------------------------------------------------------------------------
// The table

const lines = [
  `# Benchmark ${report.date.slice(0, 10)}`,
  '',
  `Machine: ${machine.cpu}, ${machine.memory}; Node ${machine.node}; Astro ${machine.astro}; Pagefind ${machine.pagefind}; Hugo ${machine.hugo}.`,
  `Build output and caches in ${machine.work}. Medians of ${runs} interleaved run(s) (bare Astro, Pagefind, Hugo, Warta cold, Warta edit, Warta add).`,
  ...(values['no-share-images']
    ? ['**Warta without its article share images** (`--no-share-images`): neither drawn nor placed.']
    : []),
  '',
  '| articles | bare Astro | + Pagefind | Hugo | Warta cold | ratio to Astro + Pagefind | ratio to Hugo | edit one | add one | edit / cold | peak memory Warta / bare Astro | Warta pages/s | Warta dist | Pagefind index |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
];
for (const [size, r] of Object.entries(report.sizes)) {
  const s = r.seconds;
  lines.push(
    `| ${fmtN(Number(size))} | ${fmtS(s.astro)} | ${fmtS(s.astroPagefind)} | ${fmtS(s.hugo)} | ${fmtS(s.wartaCold)} | ${fmtR(s.wartaCold / s.astroPagefind, 2, '×')} | ${fmtR(s.wartaCold / s.hugo, 1, '×')} | ${fmtS(s.wartaEdit)} | ${fmtS(s.wartaAdd)} | ${fmtR(s.wartaEdit / s.wartaCold, 2)} | ${fmtB(r.peakBytes.wartaCold)} / ${fmtB(r.peakBytes.astro)} | ${fmtR(r.output.warta.html / s.wartaCold, 0)} | ${fmtB(r.output.warta.bytes)} in ${fmtN(r.output.warta.files)} files (${fmtN(r.output.warta.html)} pages) | ${fmtB(r.output.index.bytes)} in ${fmtN(r.output.index.files)} files |`,
  );
}
lines.push(
  '',
  '| articles | CPU time: bare Astro + Pagefind | Hugo | Warta cold | edit one | add one | largest process: bare Astro / Warta cold / Warta edit |',
  '|---|---|---|---|---|---|---|',
);
for (const [size, r] of Object.entries(report.sizes)) {
  const c = r.cpuSeconds;
  const p = r.peakProcessBytes;
  lines.push(
    `| ${fmtN(Number(size))} | ${fmtS(c.astroPagefind)} | ${fmtS(c.hugo)} | ${fmtS(c.wartaCold)} | ${fmtS(c.wartaEdit)} | ${fmtS(c.wartaAdd)} | ${fmtB(p.astro)} / ${fmtB(p.wartaCold)} / ${fmtB(p.wartaEdit)} |`,
  );
}
const published = Object.entries(report.sizes).filter(([, r]) => Object.keys(r.publish ?? {}).length > 0);
if (published.length > 0) {
  lines.push(
    '',
    '| articles | publish (incremental build) | time | CPU | files to upload | bytes to upload | files deleted | runs |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const [size, r] of published)
    for (const p of Object.values(r.publish))
      lines.push(
        `| ${fmtN(Number(size))} | ${p.name} | ${fmtS(p.seconds)} | ${fmtS(p.cpuSeconds)} | ${fmtN(p.uploadFiles)} | ${fmtB(p.uploadBytes)} | ${fmtN(p.deleted)} | ${p.samples.length} |`,
      );
}
const searches = Object.entries(report.sizes).filter(([, r]) => r.search);
if (searches.length > 0) {
  lines.push('', '| articles | query | first search: bytes | results shown after |', '|---|---|---|---|');
  for (const [size, r] of searches)
    for (const q of r.search ?? [])
      lines.push(
        `| ${fmtN(Number(size))} | ${q.query} | ${fmtN(q.firstQueryKB)} KB in ${q.pagefindRequests} Pagefind requests | ${q.timeToResultsMs} ms |`,
      );
}
const table = `${lines.join('\n')}\n`;
writeFileSync(path.join(root, `bench/results/${values.results}.md`), table);
console.log(`\n${table}`);
