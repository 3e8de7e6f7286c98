import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * One build at a time in a checkout. Astro writes the modules that map content to its pictures and
 * bodies into the project's `.astro/` folder, whatever the output and cache folders, so two builds at
 * once in one checkout read each other's maps: the publish fuzzer caught a cold build that failed on a
 * lead picture another build had just remapped. A second build waits for the first; a lock left by a
 * build that died is taken over.
 */
export function lockCheckout(root: string, say: (message: string) => void = console.log): () => void {
  const file = path.join(root, '.astro', 'warta-build.lock');
  mkdirSync(path.dirname(file), { recursive: true });
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = false; ; ) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(readLock(file), 10);
    if (!Number.isInteger(holder) || !alive(holder)) {
      rmSync(file, { force: true });
      continue;
    }
    if (!waited) say(`Waiting for the build already running in this checkout (process ${holder}).`);
    waited = true;
    Atomics.wait(pause, 0, 0, 500);
  }
  const release = () => {
    if (readLock(file) === String(process.pid)) rmSync(file, { force: true });
  };
  process.on('exit', release);
  return release;
}

function readLock(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
