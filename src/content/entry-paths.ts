import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DataStore } from 'astro/loaders';

/**
 * Astro's glob loader keeps a stored entry whose file has the same digest as before, without asking
 * whether the file is still where the entry says it is. An article moved to another folder unchanged,
 * or a content folder built from another path (a CI cache restored into another checkout), would keep
 * its old `filePath`: relative images in the body would be read from the old place, and an image left
 * behind would build where a cold build fails. An entry whose file is not at its recorded path, inside
 * the content folder, is deleted and reported missing, so the loader reads and renders it again (Astro's
 * store would ignore the new entry while one with the same digest is there).
 */
export function storeAtCurrentPaths(store: DataStore, contentRoot: string, projectRoot = process.cwd()): DataStore {
  const inside = (filePath: string) => {
    const file = path.resolve(projectRoot, filePath);
    return !path.relative(contentRoot, file).startsWith('..') && existsSync(file);
  };
  const get: DataStore['get'] = <TData extends Record<string, unknown>>(key: string) => {
    const entry = store.get<TData>(key);
    if (!entry?.filePath || inside(entry.filePath)) return entry;
    // Astro's store ignores a new entry with the digest of the one it holds: the old one goes first.
    store.delete(key);
    return undefined;
  };
  return new Proxy(store, {
    get(target, property) {
      if (property === 'get') return get;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
