import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type StampStats, fileStamp as stampOf } from '../build/file-stamp.ts';

/**
 * What the content check found in each article file last time, so that a rebuild reads only the articles
 * that changed (parsing the body is ~6 ms an article; the frontmatter, schema and headline checks another
 * ~1.2 ms, which is 12 s at 10,000 articles). An entry counts only for the same file bytes under the same
 * context: the checker's code, the dependencies and the experts and sections (quotes and references are
 * checked against them). The lead image's file and every check across files run every time.
 *
 * Reading 10,000 files to compare digests costs ~1 s (5 s at 50,000) on every publish, so a file whose
 * stamp (src/build/file-stamp.ts: inode, size, modification and change times) is the one recorded with
 * its digest is taken as unchanged without being read, as git's index does. A file changed just before
 * it was checked gets no stamp (it is racily clean) and is read next time; a fresh checkout or a restored
 * CI cache gives every file a new stamp, and a read.
 */
export interface ArticleFindings {
  errors: string[];
  draft: boolean;
  /** the lead image's path as written, and where its problem, if any, goes among the errors */
  image?: { src: string; at: number };
}

export interface CheckCache {
  /** A file's stamp, or undefined when it is racily clean (src/build/file-stamp.ts). */
  stamp(stats: StampStats): string | undefined;
  /** The findings of a file not written since they were recorded (see stamp), without reading it. */
  unchanged(file: string, stamp: string | undefined): ArticleFindings | undefined;
  get(file: string, source: string, stamp: string | undefined): ArticleFindings | undefined;
  set(file: string, source: string, stamp: string | undefined, findings: ArticleFindings): void;
  /** The context of the entries: set once the experts and sections are read. */
  setContext(context: string): void;
  save(): void;
}

interface Stored {
  context: string;
  entries: Record<string, ArticleFindings & { digest: string; stamp?: string | undefined }>;
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/** `now`: when the check runs, for telling racily clean files (tests move it). */
export function openCheckCache(file: string, codeDigest: string, now?: number): CheckCache {
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
    stamp: (stats) => stampOf(stats, { now: now ?? Date.now() }),
    unchanged(name, stamp) {
      const entry = entries[name];
      if (!entry || stamp === undefined || entry.stamp !== stamp) return undefined;
      seen[name] = entry;
      const { digest: _, stamp: __, ...findings } = entry;
      return findings;
    },
    get(name, source, stamp) {
      const entry = entries[name];
      if (!entry || entry.digest !== digest(source)) return undefined;
      seen[name] = { ...entry, stamp };
      const { digest: _, stamp: __, ...findings } = entry;
      return findings;
    },
    set(name, source, stamp, findings) {
      seen[name] = { ...findings, digest: digest(source), stamp };
    },
    save() {
      mkdirSync(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ context, entries: seen } satisfies Stored));
      renameSync(temporary, file);
    },
  };
}
