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
    return statSync(full).isDirectory()
      ? readdirSync(full, { recursive: true })
          .map((f) => path.join(full, String(f)))
          .filter((f) => statSync(f).isFile())
      : [full];
  });
  const hash = createHash('sha256');
  for (const file of files.sort())
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Relative module specifiers of static imports, re-exports and dynamic imports with a literal path. */
const IMPORTS =
  /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]|\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)|\bimport\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** The project's own modules that the entries import, directly or through others, the entries included. */
export function moduleGraph(entries: readonly string[], root = process.cwd()): string[] {
  const seen = new Set<string>();
  const pending = entries.map((entry) => path.resolve(root, entry));
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORTS)) {
      const specifier = (match[1] ?? match[2] ?? match[3])!.split('?')[0]!;
      pending.push(path.resolve(path.dirname(file), specifier));
    }
  }
  return [...seen].sort();
}

/**
 * A digest of the code behind a cached result: the entries and every project module they import (found
 * from the import graph, so a new helper module is covered without a list to keep), and the lockfile for
 * the dependencies. Editing any of it throws the cached results away.
 */
export function moduleGraphDigest(entries: readonly string[], root = process.cwd()): string {
  return sourceDigest(
    [...moduleGraph(entries, root).map((file) => path.relative(root, file)), 'package-lock.json'],
    root,
  );
}
