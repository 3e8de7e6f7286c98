/**
 * The differential publish fuzzer at a fixed seed (issue 26): random sequences of a newsroom's changes,
 * each publish compared with a cold build of the same content (tests/build/publish-fuzz/). Long runs:
 * `npm run fuzz:publish -- --seed N --steps K`; what they found stays in publish-regressions.test.ts.
 */
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { fuzzPublish, type StepReport } from './publish-fuzz/fuzz.ts';
import { prepareBase } from './publish-fuzz/workspace.ts';

const work = path.join(os.tmpdir(), 'warta-publish-fuzz');
afterAll(() => {
  if (!process.env.WARTA_KEEP_FUZZ) rmSync(work, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 });
}, 5 * 60_000);

/** The seed and length of the run in `npm test`: chosen to touch most kinds of change in about 2 minutes. */
const SEED = 26;
const STEPS = 16;

it(`publishes equal to a cold build after every step of a random sequence (seed ${SEED})`, {
  timeout: 30 * 60_000,
}, async () => {
  const reports: StepReport[] = [];
  await fuzzPublish({
    base: await prepareBase(work),
    seed: SEED,
    runs: 1,
    steps: STEPS,
    onStep: (report) => reports.push(report),
  });
  const kinds = new Set(reports.map((r) => r.change.split('(')[0]));
  expect(reports.length, 'the sequence published something').toBeGreaterThanOrEqual(8);
  expect(kinds.size, `kinds of change published: ${[...kinds].join(', ')}`).toBeGreaterThanOrEqual(6);
});
