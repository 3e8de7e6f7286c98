/**
 * The content check's cache between builds: a rebuild reuses the body check of unchanged articles, and
 * any change to the article, the experts, the sections or the checker's code throws the entry away.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openCheckCache } from '../../src/content/check-cache.ts';
import { validateContent } from '../../src/content/validate.ts';

const FILES: Record<string, string> = {
  'sections/internasional.yaml': 'name: Internasional\n',
  'experts/yakov-zinberg.yaml': 'name: Yakov Zinberg\nrole: Profesor\naffiliation: Universitas Kokushikan\n',
  'articles/kim-putin.md':
    '---\ntitle: "Judul"\ndescription: "Standfirst."\npublished: 2025-10-06\nsection: internasional\nexperts: [yakov-zinberg]\n---\n"Ini :quote[ancaman]{expert="yakov-zinberg"}," katanya.\n',
  'articles/kutipan-asing.md':
    '---\ntitle: "Judul lain"\ndescription: "Standfirst."\npublished: 2025-10-06\nsection: internasional\n---\nKata :quote[siapa]{expert="tidak-ada"}.\n',
};

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function folder(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'warta-check-cache-'));
  dirs.push(root);
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

/**
 * The check, as a build run `later` ms after the files were written: a file changed within the racy
 * window (src/build/file-stamp.ts) before a check is read again by the next one, so the tests of the
 * stamp shortcut run their checks as later builds would.
 */
function check(root: string, code = 'code-1', later = 60_000) {
  const cache = openCheckCache(path.join(root, 'cache.json'), code, Date.now() + later);
  const result = validateContent(path.join(root), root, cache);
  cache.save();
  return result.errors.filter((e) => !e.startsWith('cache.json'));
}

/** Plants a made-up finding for an article in the cache: seeing it proves the cache was read. */
function plant(root: string, rel: string) {
  const file = path.join(root, 'cache.json');
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { errors: string[] }> };
  stored.entries[rel]!.errors = [`${rel}: planted`];
  writeFileSync(file, JSON.stringify(stored));
}

it('gives the same findings with a cold and a warm cache', () => {
  const root = folder();
  const cold = check(root);
  expect(cold.some((e) => e.startsWith('articles/kutipan-asing.md'))).toBe(true);
  expect(check(root)).toEqual(cold);
});

it('reuses the body check of an unchanged article and redoes it when the article changes', () => {
  const root = folder();
  check(root);
  plant(root, 'articles/kim-putin.md');
  expect(check(root)).toContain('articles/kim-putin.md: planted');
  writeFileSync(
    path.join(root, 'articles/kim-putin.md'),
    FILES['articles/kim-putin.md']!.replace('katanya', 'ujarnya'),
  );
  expect(check(root)).not.toContain('articles/kim-putin.md: planted');
});

it("redoes every check when an expert's name, the sections or the checker change", () => {
  const root = folder();
  check(root);
  plant(root, 'articles/kim-putin.md');
  writeFileSync(
    path.join(root, 'experts/yakov-zinberg.yaml'),
    FILES['experts/yakov-zinberg.yaml']!.replace('Yakov', 'Jakob'),
  );
  expect(check(root)).not.toContain('articles/kim-putin.md: planted');

  plant(root, 'articles/kim-putin.md');
  writeFileSync(path.join(root, 'sections/ekonomi.yaml'), 'name: Ekonomi\n');
  expect(check(root)).not.toContain('articles/kim-putin.md: planted');

  plant(root, 'articles/kim-putin.md');
  expect(check(root, 'code-2')).not.toContain('articles/kim-putin.md: planted');
});

it("keeps every finding when only what no check reads changes: an expert's bio", () => {
  const root = folder();
  check(root);
  plant(root, 'articles/kim-putin.md');
  writeFileSync(
    path.join(root, 'experts/yakov-zinberg.yaml'),
    `${FILES['experts/yakov-zinberg.yaml']!}bio: "Pakar Asia Timur."\n`,
  );
  expect(check(root)).toContain('articles/kim-putin.md: planted');
});

it('forgets deleted articles', () => {
  const root = folder();
  check(root);
  rmSync(path.join(root, 'articles/kutipan-asing.md'));
  check(root);
  const stored = JSON.parse(readFileSync(path.join(root, 'cache.json'), 'utf8')) as {
    entries: Record<string, unknown>;
  };
  expect(Object.keys(stored.entries)).toEqual(['articles/kim-putin.md']);
});

it('does not read an article whose file was not written since (its stamp is unchanged)', () => {
  const root = folder();
  check(root);
  plant(root, 'articles/kim-putin.md');
  // A wrong digest proves the file was not read: read, it would not match and the finding would go.
  const file = path.join(root, 'cache.json');
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { digest: string }> };
  stored.entries['articles/kim-putin.md']!.digest = 'not-the-digest';
  writeFileSync(file, JSON.stringify(stored));
  expect(check(root)).toContain('articles/kim-putin.md: planted');
});

it('records no stamp for a file changed just before the check (racily clean), so the next check reads it', () => {
  const root = folder();
  const stored = () =>
    (
      JSON.parse(readFileSync(path.join(root, 'cache.json'), 'utf8')) as {
        entries: Record<string, { stamp?: string }>;
      }
    ).entries['articles/kim-putin.md']!;
  check(root, 'code-1', 0);
  expect(stored().stamp).toBeUndefined();
  // Planted, then read again: the file's bytes are checked, and the planted finding is not used blindly.
  plant(root, 'articles/kim-putin.md');
  const file = path.join(root, 'cache.json');
  const entries = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { digest: string }> };
  entries.entries['articles/kim-putin.md']!.digest = 'not-the-digest';
  writeFileSync(file, JSON.stringify(entries));
  expect(check(root, 'code-1', 0)).not.toContain('articles/kim-putin.md: planted');
  check(root);
  expect(stored().stamp).toMatch(/^\d+:\d+:[\d.]+:[\d.]+$/);
});

it('reads an article changed under the same size with its modification time put back', () => {
  const root = folder();
  check(root);
  plant(root, 'articles/kim-putin.md');
  const article = path.join(root, 'articles/kim-putin.md');
  const before = statSync(article, { bigint: true });
  const changed = FILES['articles/kim-putin.md']!.replace('katanya', 'ujarnya');
  expect(changed.length).toBe(FILES['articles/kim-putin.md']!.length);
  writeFileSync(article, changed);
  // to the nanosecond, as `touch -d`, `cp -p` or `rsync -t` would put it back
  const ns = before.mtimeNs;
  execFileSync('touch', [
    '-m',
    '-d',
    `@${ns / 1_000_000_000n}.${String(ns % 1_000_000_000n).padStart(9, '0')}`,
    article,
  ]);
  expect(statSync(article, { bigint: true }).mtimeNs).toBe(before.mtimeNs);
  expect(check(root)).not.toContain('articles/kim-putin.md: planted');
});
