/**
 * The differential publish fuzzer (issue 26): fast-check draws sequences of the changes a newsroom makes
 * (changes.ts); after each one, the workspace is published incrementally and built cold, and the two
 * must be equal (workspace.ts). The first step at which they differ fails the run; fast-check then
 * shrinks the sequence to the smallest that still fails and prints it with the seed and path that replay
 * it. Used by tests/build/publish-fuzz.test.ts (a fixed seed in `npm test`) and scripts/fuzz-publish.ts
 * (`npm run fuzz:publish -- --seed N --steps K`).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import { CHANGE_KINDS, CHANGES_BY_NAME, type ChangeKind, fixPending } from './changes.ts';
import { KNOWN } from './search-compare.ts';
import { type Base, startRun, tree, treeDifferences, type Workspace } from './workspace.ts';

const here = import.meta.dirname;

/** What one published step found; `differences` is empty when the publish equals a cold build. */
export interface StepReport {
  change: string;
  incremental: boolean;
  cold: boolean;
  differences: string[];
  /** search results of the one known kind of difference (search-compare.ts, prefixFallback) */
  known: string[];
  ms: number;
}

export class PublishDiffers extends Error {}

/** Publishes the workspace's current content both ways and compares (the check after every step). */
export async function publishAndCompare(ws: Workspace, change: string): Promise<StepReport> {
  const started = performance.now();
  const before = tree(ws.dist);
  // One after the other: in parallel on two cores each build took longer than the pair does in turn.
  const incremental = await ws.buildIncremental();
  const cold = await ws.buildCold();
  const differences: string[] = [];
  const known: string[] = [];
  if (incremental.ok !== cold.ok)
    differences.push(
      incremental.ok
        ? `the cold build failed where the incremental build succeeded:\n${cold.output.slice(-3000)}`
        : `the incremental build failed where a cold build succeeded:\n${incremental.output.slice(-3000)}`,
    );
  else if (!incremental.ok) {
    // Both refused the content: the published site must be exactly as it was.
    differences.push(...treeDifferences(tree(ws.dist), before).map((d) => `after a failed build, ${d}`));
  } else {
    differences.push(...treeDifferences(tree(ws.dist, ['pagefind']), tree(ws.coldDist, ['pagefind'])));
    const searched = spawnSync(process.execPath, [path.join(here, 'search-compare.ts'), ws.dist, ws.coldDist], {
      encoding: 'utf8',
    });
    if (searched.status !== 0) differences.push(`comparing searches failed: ${searched.stderr.slice(-2000)}`);
    else
      for (const line of JSON.parse(searched.stdout) as string[])
        (line.startsWith(KNOWN) ? known : differences).push(line);
  }
  return { change, incremental: incremental.ok, cold: cold.ok, differences, known, ms: performance.now() - started };
}

/** A change as a fast-check command: applied to the workspace, then published and compared. */
class Step implements fc.AsyncCommand<object, Workspace> {
  readonly kind: ChangeKind;
  readonly args: readonly number[];
  constructor(kind: ChangeKind, args: readonly number[]) {
    this.kind = kind;
    this.args = args;
  }
  check(): boolean {
    return true;
  }
  async run(_model: object, ws: Workspace): Promise<void> {
    await applyAndPublish(ws, this.kind, this.args);
  }
  toString(): string {
    return `${this.kind.name}(${this.args.join(',')})`;
  }
}

export interface RunLog {
  /** called after each published step */
  onStep?: ((report: StepReport, ws: Workspace) => void) | undefined;
  /** called when a sequence starts from the base */
  onRun?: (() => void) | undefined;
}

let log: RunLog = {};

/** Applies one change; when it changed something, publishes and compares, and throws on a difference. */
export async function applyAndPublish(ws: Workspace, kind: ChangeKind, args: readonly number[]): Promise<void> {
  const what = kind.apply(ws, args);
  if (what === undefined) return;
  await check(ws, `${kind.name}(${args.join(',')}): ${what}`);
  // A broken file is put right at once, and that publish is compared too.
  if (kind.name === 'break') await check(ws, `fix: ${fixPending.apply(ws, [])}`);
}

async function check(ws: Workspace, change: string): Promise<void> {
  const report = await publishAndCompare(ws, change);
  ws.history.push(change);
  if (!report.incremental && !report.cold) ws.refused++;
  log.onStep?.(report, ws);
  if (report.differences.length > 0)
    throw new PublishDiffers(
      `after ${ws.history.length} publishes, the last one differs from a cold build of the same content:\n` +
        `${ws.history.map((h, i) => `  ${i + 1}. ${h}`).join('\n')}\n` +
        report.differences
          .slice(0, 40)
          .map((d) => `  ${d}`)
          .join('\n') +
        (report.differences.length > 40 ? `\n  … ${report.differences.length - 40} more` : ''),
    );
}

const argument = fc.nat({ max: 1000 });

/**
 * The kinds fast-check draws from, each as often as it is listed in CHANGE_KINDS; `favour` lists a kind
 * that many times instead (`{ live: 6 }`: six times as often as a kind listed once; 0 leaves it out).
 * Without it, the list is CHANGE_KINDS itself, so seeds and paths replay as before.
 */
function stepArbitraries(favour: Readonly<Record<string, number>> = {}) {
  for (const name of Object.keys(favour))
    if (!CHANGE_KINDS.some((k) => k.name === name)) throw new Error(`favour: no change kind "${name}"`);
  const kinds = CHANGE_KINDS.filter((kind, i) => {
    const wanted = favour[kind.name];
    return wanted === undefined || CHANGE_KINDS.slice(0, i).filter((k) => k === kind).length < wanted;
  });
  for (const [name, wanted] of Object.entries(favour)) {
    const kind = CHANGE_KINDS.find((k) => k.name === name)!;
    for (let listed = kinds.filter((k) => k === kind).length; listed < wanted; listed++) kinds.push(kind);
  }
  return kinds.map((kind) => fc.tuple(argument, argument, argument).map((args) => new Step(kind, args)));
}

export interface FuzzOptions {
  /** the base made by prepareBase() */
  base: Base;
  seed: number;
  /** how many sequences */
  runs: number;
  /** at most this many changes in one sequence */
  steps: number;
  /** replay: fast-check's path of a failure */
  path?: string | undefined;
  /** stop at the first failure without shrinking it */
  noShrink?: boolean;
  /** stop shrinking (and fail with the smallest sequence found so far) after this long */
  timeLimitMs?: number;
  /** draw these kinds this many times as often (stepArbitraries); a path replays only with the same */
  favour?: Readonly<Record<string, number>> | undefined;
  onStep?: RunLog['onStep'];
  onRun?: RunLog['onRun'];
}

/** Runs the fuzzer; resolves when every sequence published equal to a cold build, rejects otherwise. */
export async function fuzzPublish(options: FuzzOptions): Promise<void> {
  log = { onStep: options.onStep, onRun: options.onRun };
  try {
    await fc.assert(
      fc.asyncProperty(
        fc.commands(stepArbitraries(options.favour), { maxCommands: options.steps, size: 'max' }),
        async (steps) => {
          log.onRun?.();
          const ws = startRun(options.base);
          await fc.asyncModelRun(() => ({ model: {}, real: ws }), steps);
        },
      ),
      {
        seed: options.seed,
        numRuns: options.runs,
        ...(options.path ? { path: options.path } : {}),
        endOnFailure: options.noShrink ?? false,
        ...(options.timeLimitMs ? { interruptAfterTimeLimit: options.timeLimitMs, markInterruptAsFailure: true } : {}),
        verbose: 1,
      },
    );
  } finally {
    log = {};
  }
}

/** A sequence of changes written as `name(a,b,c)` (what a failure prints), applied and compared. */
export async function replaySequence(ws: Workspace, sequence: readonly string[]): Promise<void> {
  for (const step of sequence) {
    const match = /^([\w.]+)\(([\d,]*)\)$/.exec(step);
    const kind = match && CHANGES_BY_NAME.get(match[1]!);
    if (!match || !kind) throw new Error(`not a change: ${step}`);
    await applyAndPublish(ws, kind, match[2] ? match[2].split(',').map(Number) : []);
  }
}
