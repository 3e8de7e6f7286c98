/**
 * The one stamp rule of the build's caches (src/build/file-stamp.ts) and the lock that keeps builds in a
 * checkout one at a time (src/build/checkout-lock.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockCheckout } from '../../src/build/checkout-lock.ts';
import { fileStamp, RACY_WINDOW_MS } from '../../src/build/file-stamp.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'warta-file-stamp-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('fileStamp', () => {
  const stats = { ino: 7, size: 120, mtimeMs: 1_000_000, ctimeMs: 1_000_500 };

  it('gives no stamp to a file changed within the racy window (git: racily clean), one after it', () => {
    expect(fileStamp(stats, { now: stats.ctimeMs + RACY_WINDOW_MS - 1 })).toBeUndefined();
    expect(fileStamp(stats, { now: stats.ctimeMs + RACY_WINDOW_MS })).toBe('7:120:1000000:1000500');
  });

  it('leaves the change time out where it moves without the bytes changing (hard-linked pages)', () => {
    const later = { ...stats, ctimeMs: 9_000_000 };
    const now = 10_000_000;
    expect(fileStamp(later, { trustCtime: false, now })).toBe(fileStamp(stats, { trustCtime: false, now }));
    expect(fileStamp(later, { now })).not.toBe(fileStamp(stats, { now }));
    // The racy window then counts from the modification time alone.
    expect(fileStamp({ ...stats, ctimeMs: now }, { trustCtime: false, now })).toBe('7:120:1000000');
  });

  it('changes with every write, even with the same size and the modification time put back', () => {
    const file = path.join(work, 'a.md');
    writeFileSync(file, 'satu');
    const before = statSync(file);
    const later = { now: Date.now() + 60_000 };
    writeFileSync(file, 'dua!');
    const after = statSync(file);
    expect(after.size).toBe(before.size);
    expect(fileStamp(after, later)).not.toBe(fileStamp(before, later));
  });
});

describe('lockCheckout', () => {
  it('takes over the lock of a build that died, and releases its own', () => {
    const root = path.join(work, 'dead');
    mkdirSync(path.join(root, '.astro'), { recursive: true });
    // No process has this id (Linux's pid_max is at most 2^22).
    writeFileSync(path.join(root, '.astro', 'warta-build.lock'), String(2 ** 23));
    const said: string[] = [];
    const release = lockCheckout(root, (m) => said.push(m));
    expect(readFileSync(path.join(root, '.astro', 'warta-build.lock'), 'utf8')).toBe(String(process.pid));
    expect(said).toEqual([]);
    release();
    expect(existsSync(path.join(root, '.astro', 'warta-build.lock'))).toBe(false);
  });

  it('waits for a build that is running, then takes the lock', async () => {
    const root = path.join(work, 'live');
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { lockCheckout } = await import(${JSON.stringify(path.resolve('src/build/checkout-lock.ts'))});
         lockCheckout(${JSON.stringify(root)}, () => {}); console.log('locked'); setTimeout(() => process.exit(0), 1500);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    const exited = new Promise<void>((resolve) => holder.once('exit', () => resolve()));
    const said: string[] = [];
    const release = lockCheckout(root, (m) => said.push(m));
    expect(said).toEqual([`Waiting for the build already running in this checkout (process ${holder.pid}).`]);
    // Taken once the running build let it go.
    expect(readFileSync(path.join(root, '.astro', 'warta-build.lock'), 'utf8')).toBe(String(process.pid));
    await exited;
    release();
  });
});
