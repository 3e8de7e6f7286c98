import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** What a deploy must do after a build: upload what is new or changed, delete what is gone. */
export interface PublishChanges {
  /** paths under the site folder, new or with other bytes than before */
  changed: string[];
  /** paths the previous site had and this one has not */
  deleted: string[];
  /** the bytes of the changed files */
  bytes: number;
}

/**
 * The files of `current` that a host holding `previous` must be sent, and those it must delete. A file
 * that is still the same inode (the incremental build links unchanged pages: src/build/incremental.ts) is
 * unchanged without reading it; a file written again with the same bytes is unchanged too. Without a
 * previous site, every file is new.
 */
export function publishChanges(previous: string, current: string): PublishChanges {
  const changed: string[] = [];
  let bytes = 0;
  const seen = new Set<string>();
  for (const entry of readdirSync(current, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const rel = path.relative(current, file).split(path.sep).join('/');
    seen.add(rel);
    const now = statSync(file);
    const before = statSync(path.join(previous, rel), { throwIfNoEntry: false });
    if (before?.ino === now.ino) continue;
    if (before?.size === now.size && readFileSync(path.join(previous, rel)).equals(readFileSync(file))) continue;
    changed.push(rel);
    bytes += now.size;
  }
  const deleted: string[] = [];
  for (const entry of existsSync(previous) ? readdirSync(previous, { recursive: true, withFileTypes: true }) : []) {
    if (!entry.isFile()) continue;
    const rel = path.relative(previous, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (!seen.has(rel)) deleted.push(rel);
  }
  return { changed: changed.sort(), deleted: deleted.sort(), bytes };
}
