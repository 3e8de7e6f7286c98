import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What the content check found in each article file last time, so that a rebuild reads only the articles
 * that changed (parsing the body is ~6 ms an article; the frontmatter, schema and headline checks another
 * ~1.2 ms, which is 12 s at 10,000 articles). An entry counts only for the same file bytes under the same
 * context: the checker's code, the dependencies and the experts and sections (quotes and references are
 * checked against them). The lead image's file and every check across files run every time.
 */
export interface ArticleFindings {
  errors: string[];
  draft: boolean;
  /** the lead image's path as written, and where its problem, if any, goes among the errors */
  image?: { src: string; at: number };
}

export interface CheckCache {
  get(file: string, source: string): ArticleFindings | undefined;
  set(file: string, source: string, findings: ArticleFindings): void;
  /** The context of the entries: set once the experts and sections are read. */
  setContext(context: string): void;
  save(): void;
}

interface Stored {
  context: string;
  entries: Record<string, ArticleFindings & { digest: string }>;
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
      const { digest: _, ...findings } = entry;
      return findings;
    },
    set(name, source, findings) {
      seen[name] = { ...findings, digest: digest(source) };
    },
    save() {
      mkdirSync(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ context, entries: seen } satisfies Stored));
      renameSync(temporary, file);
    },
  };
}
