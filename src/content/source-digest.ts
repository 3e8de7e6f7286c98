import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * A digest of source files and folders (recursively), relative to the project: what a build cache keys on
 * so that editing the code that produced a cached result throws the result away.
 */
export function sourceDigest(entries: readonly string[], root = process.cwd()): string {
  const files = entries.flatMap((entry) => {
    const full = path.resolve(root, entry);
    if (!existsSync(full)) return [];
    return statSync(full).isDirectory() ? readdirSync(full, { recursive: true }).map((f) => path.join(full, String(f))).filter((f) => statSync(f).isFile()) : [full];
  });
  const hash = createHash('sha256');
  for (const file of files.sort()) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}
