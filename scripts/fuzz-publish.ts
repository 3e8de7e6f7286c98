// `npm run fuzz:publish -- --seed N --steps K [--runs R] [--favour KIND=W,…] [--path P] [--no-shrink] [--work DIR]`: the
// differential publish fuzzer (tests/build/publish-fuzz/) for long runs. Each run draws a sequence of at
// most K changes from seed N, publishes after each change and compares with a cold build; a difference
// stops the run, is shrunk to the smallest failing sequence and printed with what replays it.
// Prints one line a publish; `--runs` defaults to enough sequences for about K × runs publishes.
// `--favour live=8,clock=3` draws those kinds as if listed that many times (a path replays only with the
// same --favour).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fuzzPublish } from '../tests/build/publish-fuzz/fuzz.ts';
import { FUZZ_WORK_DIR, prepareBase } from '../tests/build/publish-fuzz/workspace.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    steps: { type: 'string', default: '20' },
    runs: { type: 'string', default: '1' },
    path: { type: 'string' },
    favour: { type: 'string' },
    'no-shrink': { type: 'boolean', default: false },
    work: { type: 'string', default: path.join(FUZZ_WORK_DIR, 'cli') },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  // This file's opening comment.
  const lines = readFileSync(import.meta.filename, 'utf8').split('\n');
  console.log(
    lines
      .slice(
        0,
        lines.findIndex((l) => !l.startsWith('//')),
      )
      .map((l) => l.replace(/^\/\/ ?/, ''))
      .join('\n'),
  );
  process.exit(0);
}
const seed = Number(values.seed);
const steps = Number(values.steps);
const runs = Number(values.runs);
const favour = values.favour
  ? Object.fromEntries(
      values.favour.split(',').map((pair) => {
        const [name = '', weight = ''] = pair.split('=');
        if (!/^\d+$/.test(weight)) throw new Error(`--favour ${pair}: write KIND=WEIGHT, e.g. live=8`);
        return [name, Number(weight)];
      }),
    )
  : undefined;
const started = performance.now();
let publishes = 0;
let differing = 0;
let known = 0;
console.log(
  `fuzz:publish --seed ${seed} --steps ${steps} --runs ${runs}${values.favour ? ` --favour ${values.favour}` : ''}${values.path ? ` --path ${values.path}` : ''}`,
);
const base = await prepareBase(values.work);
try {
  await fuzzPublish({
    base,
    seed,
    runs,
    steps,
    path: values.path,
    noShrink: values['no-shrink'],
    favour,
    onRun() {
      console.log('--- a sequence from the base corpus');
    },
    onStep(report) {
      publishes++;
      if (report.differences.length > 0) differing++;
      if (report.known.length > 0) {
        known++;
        for (const line of report.known) console.log(`       ${line.slice(0, 300)}`);
      }
      const outcome = report.incremental ? 'built' : 'refused';
      console.log(
        `${String(publishes).padStart(4)} ${(report.ms / 1000).toFixed(1).padStart(5)} s ${outcome.padEnd(7)} ${report.differences.length === 0 ? 'equal ' : 'DIFFERS'} ${report.change}`,
      );
    },
  });
  console.log(
    `\n${publishes} publishes, each equal to a cold build (seed ${seed}), in ${((performance.now() - started) / 60_000).toFixed(1)} min; ${known} with a search result of the known prefix-fallback kind`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  // fast-check keeps the failing run's own error as the cause: the differences are in it.
  if (error instanceof Error && error.cause instanceof Error) console.error(`\n${error.cause.message}`);
  console.error(`\n${publishes} publishes, ${differing} differing from a cold build (seed ${seed})`);
  process.exit(1);
}
