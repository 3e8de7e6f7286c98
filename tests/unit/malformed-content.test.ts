/**
 * The malformed-content set (tests/support/malformed.ts) through the content validator, the same code the
 * build's content check runs: each broken file gets the contract's errors (`file[:line]: field: fix`),
 * never an exception or a stack trace, in seconds; each merely unusual file passes. The same set goes
 * through a real failing build in build-safety.test.ts, and the unusual files through `npm run build:hostile`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/content/validate.ts';
import { expectClearError } from '../support/clear-error.ts';
import { BROKEN, type ContentCase, UNUSUAL, writeContent } from '../support/malformed.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'warta-malformed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function check(c: ContentCase) {
  const dir = path.join(work, c.name);
  writeContent(dir, [c]);
  const started = performance.now();
  const result = validateContent(dir, dir);
  return { ...result, ms: performance.now() - started };
}

const timings: string[] = [];
afterAll(() => console.log(`validator time per case (ms): ${timings.join(', ')}`));

describe('the malformed-content set', () => {
  it('has many broken cases and some unusual ones', () => {
    expect(BROKEN.length).toBeGreaterThanOrEqual(40);
    expect(UNUSUAL.length).toBeGreaterThanOrEqual(8);
    expect(new Set([...BROKEN, ...UNUSUAL].map((c) => c.name)).size).toBe(BROKEN.length + UNUSUAL.length);
  });

  it('starts from a valid content folder', () => {
    expect(check({ name: 'dasar', what: 'BASE', files: {}, expect: 'ok' }).errors).toEqual([]);
  });

  for (const c of BROKEN) {
    it(`${c.name}: ${c.what} gets a clear error`, () => {
      const { errors, ms } = check(c);
      timings.push(`${c.name} ${Math.round(ms)}`);
      const patterns = c.expect as RegExp[];
      for (const pattern of patterns)
        expect(
          errors.filter((e) => pattern.test(e)),
          `${pattern} in ${JSON.stringify(errors).slice(0, 800)}`,
        ).toHaveLength(1);
      expect(errors).toHaveLength(patterns.length);
      for (const line of errors) expectClearError(line, Object.keys(c.files));
      expect(ms).toBeLessThan(5_000);
    });
  }

  for (const c of UNUSUAL) {
    it(`${c.name}: ${c.what} passes`, () => {
      const { errors, ms } = check(c);
      timings.push(`${c.name} ${Math.round(ms)}`);
      expect(errors).toEqual([]);
      expect(ms).toBeLessThan(30_000);
    }, 60_000);
  }
});
