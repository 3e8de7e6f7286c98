import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What the content check found in each article's body and headline last time, so that a rebuild parses
 * only the articles that changed (the body check is most of the check's cost: ~6 ms an article). An entry
 * counts only for the same file bytes under the same context: the checker's code, the dependencies and
 * the experts and sections (quotes and references are checked against them). Anything else, and every
 * check across files, runs every time.
 */
export interface CheckCache {
  get(file: string, source: string): string[] | undefined;
  set(file: string, source: string, errors: string[]): void;
  /** The context of the entries: set once the experts and sections are read. */
  setContext(context: string): void;
  save(): void;
}

interface Stored {
  context: string;
  entries: Record<string, { digest: string; errors: string[] }>;
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

export function openCheckCache(file: string, codeDigest: string): CheckCache {
  let stored: Stored = { context: '', entries: {} };
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
  } catch {
    // no cache yet, or an unreadable one: start empty
  }
  let context = '';
  let entries: Stored['entries'] = {};
  // Only what this run met is saved: deleted and renamed files drop out.
  const seen: Stored['entries'] = {};
  return {
    setContext(data) {
      context = digest(`${codeDigest}\0${data}`);
      entries = stored.context === context ? stored.entries : {};
    },
    get(name, source) {
      const entry = entries[name];
      if (!entry || entry.digest !== digest(source)) return undefined;
      seen[name] = entry;
      return entry.errors;
    },
    set(name, source, errors) {
      seen[name] = { digest: digest(source), errors };
    },
    save() {
      mkdirSync(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ context, entries: seen } satisfies Stored));
      renameSync(temporary, file);
    },
  };
}
