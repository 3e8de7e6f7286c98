import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

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

/**
 * The project's own modules that the entries import, directly or through others, the entries included:
 * the module graph as a bundler resolves it (esbuild's metafile), so re-exports, `export * from`,
 * imports written over several lines and dynamic imports with a literal path are all followed, and
 * type-only imports, which change no behaviour, are not. Packages stay outside: the lockfile stands for
 * them.
 */
export function moduleGraph(entries: readonly string[], root = process.cwd()): string[] {
  const key = `${root}\0${entries.join('\0')}`;
  let graph = graphs.get(key);
  if (!graph) {
    const result = buildSync({
      entryPoints: entries.map((entry) => path.resolve(root, entry)),
      absWorkingDir: root,
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      outdir: path.join(root, '.module-graph'),
      packages: 'external',
      // Astro's virtual modules resolve only inside Astro's build.
      external: ['astro:*'],
      logLevel: 'silent',
    });
    graph = Object.keys(result.metafile.inputs)
      .map((file) => path.resolve(root, file))
      .filter((file) => !path.relative(root, file).startsWith('..') && existsSync(file))
      .sort();
    graphs.set(key, graph);
  }
  return graph;
}

const graphs = new Map<string, string[]>();

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
