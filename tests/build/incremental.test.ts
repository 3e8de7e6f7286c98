/**
 * The rule that makes incremental builds safe (docs/performance.md): a build after any sequence of edits
 * equals a cold build of the same content, file for file and byte for byte. A generated corpus is built
 * cold, then changed a dozen ways with an incremental `npm run build` after each change, then built cold
 * again from scratch into another folder, and the two outputs are compared. The one folder that may
 * differ is pagefind/: the incremental search index is an archive bundle plus a bundle of recent changes
 * (src/build/search-index.ts), so it is compared by what searches return instead.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/generate-content/corpus.ts';
import { type SiteResult, searchSite } from '../support/pagefind-node.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'warta-incremental-'));
afterAll(() => {
  // Builds remove the previous site in a detached process that may still be running. Two sites and their
  // caches are tens of thousands of files: on a busy machine that is more than the default 10 s.
  if (!process.env.WARTA_KEEP_INCREMENTAL)
    rmSync(work, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 });
}, 5 * 60_000);

const content = path.join(work, 'content');
const articles = path.join(content, 'articles');
const incrementalOut = path.join(work, 'dist');
const coldOut = path.join(work, 'dist-cold');

/**
 * The day the builds are made as of (WARTA_BUILD_DATE): one of the changes is a later day, on which
 * articles cross a year and get their age notice without any file changing.
 */
let buildDate = '2025-11-21T08:00:00+07:00';

function build(outDir: string, cacheDir: string, { expectFailure = false } = {}): string {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      WARTA_CONTENT_DIR: content,
      WARTA_OUT_DIR: outDir,
      WARTA_CACHE_DIR: cacheDir,
      WARTA_BUILD_DATE: buildDate,
    },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (expectFailure) expect(result.status, output).not.toBe(0);
  else expect(result.status, output.slice(-4000)).toBe(0);
  return output;
}
const buildIncremental = (options?: { expectFailure?: boolean }) =>
  build(incrementalOut, path.join(work, 'cache'), options);

/** Every file under dir (relative path → sha256 of its bytes), leaving out the folders given. */
function snapshot(dir: string, leaveOut: string[] = []): Map<string, string> {
  const files = new Map<string, string>();
  for (const rel of readdirSync(dir, { recursive: true }).map(String).sort()) {
    if (leaveOut.some((folder) => rel === folder || rel.startsWith(`${folder}/`))) continue;
    const file = path.join(dir, rel);
    if (statSync(file).isDirectory()) continue;
    files.set(rel, createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return files;
}

function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [file, hash] of a)
    if (b.get(file) !== hash) out.push(b.has(file) ? `differs: ${file}` : `only in the incremental build: ${file}`);
  for (const file of b.keys()) if (!a.has(file)) out.push(`only in the cold build: ${file}`);
  return out;
}

/** All article files, by slug (the file name). */
function articleFiles(): Map<string, string> {
  return new Map(
    readdirSync(articles, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.md'))
      .map((f) => [path.basename(f, '.md'), path.join(articles, f)]),
  );
}
const read = (file: string) => readFileSync(file, 'utf8');
const field = (text: string, name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(text)?.[1];
const setField = (text: string, name: string, value: string) =>
  new RegExp(`^${name}: `, 'm').test(text)
    ? text.replace(new RegExp(`^${name}: .*$`, 'm'), `${name}: ${value}`)
    : text.replace(/^---\n/, `---\n${name}: ${value}\n`);

/** Published articles, newest first. */
function byDate(): { slug: string; file: string; text: string }[] {
  return [...articleFiles()]
    .map(([slug, file]) => ({ slug, file, text: read(file) }))
    .filter((a) => field(a.text, 'draft') !== 'true')
    .sort((a, b) => String(field(b.text, 'published')).localeCompare(String(field(a.text, 'published'))));
}

describe('an incremental build', () => {
  it('equals a cold build of the same content after a dozen kinds of change', { timeout: 30 * 60_000 }, async () => {
    await generateContent({ out: content, articles: 300, images: 6, seed: 'incremental' });
    buildIncremental();

    const stories = byDate();
    const newest = stories[0]!;
    const withImage = stories.find((s) => /^image:/m.test(s.text))!;
    const otherImage = stories.find((s) => /^image:/m.test(s.text) && s !== withImage)!;
    // Published between 21 November and 19 December 2024: a year old only once the build is as of 20 December.
    const crossing = stories.find((s) => {
      const day = field(s.text, 'published')!.slice(0, 10);
      return day >= '2024-11-22' && day <= '2024-12-18';
    })!;
    const noticeOf = (slug: string) =>
      /class="age-notice[^>]*>[\s\S]*?(Artikel ini terbit[^<]*?)\s*<\/p>/.exec(
        read(path.join(incrementalOut, 'berita', slug, 'index.html')),
      )?.[1];
    expect(noticeOf(crossing.slug), 'less than a year old on the first day').toBeUndefined();
    expect(noticeOf(stories.at(-1)!.slug), 'the oldest story is more than two years old').toBe(
      'Artikel ini terbit lebih dari 2 tahun lalu',
    );
    const steps: [string, () => void][] = [
      [
        'edit the newest article: headline and a paragraph',
        () =>
          writeFileSync(
            newest.file,
            setField(read(newest.file), 'title', '"Kabar Terbaru yang Diperbarui"').replace(
              /\n\n([^\n]+)\n/,
              '\n\n$1 Koreksi: angka diperbarui.\n',
            ),
          ),
      ],
      [
        'add a follow-up, the newest story',
        () => {
          const text = setField(
            setField(read(newest.file), 'title', '"Tindak Lanjut: Pemerintah Menjawab"'),
            'published',
            '2025-11-21T07:00:00+07:00',
          );
          writeFileSync(
            path.join(path.dirname(newest.file), 'tindak-lanjut-pemerintah-menjawab.md'),
            text.replace(/^slug: .*\n/m, ''),
          );
        },
      ],
      ['delete an article', () => rmSync(stories[5]!.file)],
      [
        'unpublish an article (draft: true)',
        () => writeFileSync(stories[8]!.file, setField(stories[8]!.text, 'draft', 'true')),
      ],
      ['publish it again', () => writeFileSync(stories[8]!.file, stories[8]!.text)],
      [
        "edit an expert's name and bio",
        () => {
          const expert = field(stories[10]!.text, 'experts')!
            .replace(/^\[|\]$/g, '')
            .split(',')[0]!
            .trim();
          const file = path.join(content, 'experts', `${expert}.yaml`);
          writeFileSync(
            file,
            read(file)
              .replace(/^name: .*$/m, 'name: "Prof. Nama Baru"')
              .replace(/^bio: .*$/m, 'bio: "Biografi yang diperbarui."'),
          );
        },
      ],
      [
        'rename a section',
        () => {
          const section = field(stories[12]!.text, 'section')!;
          const file = path.join(content, 'sections', `${section}.yaml`);
          writeFileSync(file, read(file).replace(/^name: .*$/m, 'name: "Rubrik Berganti Nama"'));
        },
      ],
      [
        'add a tag to an article',
        () =>
          writeFileSync(
            stories[20]!.file,
            read(stories[20]!.file).replace(/^tags: \[/m, 'tags: ["Topik Baru Sekali", '),
          ),
      ],
      [
        'replace a lead image (same file name, other picture)',
        () => {
          const src = (text: string, file: string) =>
            path.resolve(path.dirname(file), /^\s+src: "?([^"\n]+)"?$/m.exec(text)![1]!);
          copyFileSync(src(otherImage.text, otherImage.file), src(withImage.text, withImage.file));
        },
      ],
      [
        "change an article's experts and tags so that it enters another's Rekomendasi",
        () => {
          const target = stories.find((s, i) => i >= 30 && field(s.text, 'experts') && field(s.text, 'tags'))!;
          const mover = stories.find((s, i) => i >= 60 && field(s.text, 'section') !== field(target.text, 'section'))!;
          const list = (text: string, name: string) =>
            (field(text, name) ?? '[]')
              .replace(/^\[|\]$/g, '')
              .split(',')
              .map((x) => x.trim())
              .filter(Boolean);
          let text = read(mover.file);
          // Its own experts stay (its body quotes them); the target's are added.
          for (const name of ['experts', 'tags'])
            text = setField(
              text,
              name,
              `[${[...new Set([...list(text, name), ...list(target.text, name)])].join(', ')}]`,
            );
          writeFileSync(mover.file, setField(text, 'section', field(target.text, 'section')!));
        },
      ],
      [
        'correct an old article',
        () =>
          writeFileSync(
            stories.at(-1)!.file,
            read(stories.at(-1)!.file).replace(/\n\n([^\n]+)\n/, '\n\n$1 Ralat: nama lembaga diperbaiki.\n'),
          ),
      ],
      [
        'add a backdated article (pagination shifts)',
        () => {
          const text = setField(
            setField(read(stories[40]!.file), 'title', '"Arsip yang Baru Diunggah"'),
            'published',
            field(stories[41]!.text, 'published')!,
          );
          writeFileSync(
            path.join(path.dirname(stories[40]!.file), 'arsip-yang-baru-diunggah.md'),
            text.replace(/^slug: .*\n/m, ''),
          );
        },
      ],
      [
        'a later day: no file changes, but articles cross a year',
        () => {
          buildDate = '2025-12-20T08:00:00+07:00';
        },
      ],
    ];
    for (const [, change] of steps) {
      change();
      buildIncremental();
    }
    expect(noticeOf(crossing.slug), 'a year old on the later day').toBe('Artikel ini terbit lebih dari setahun lalu');

    // A failed incremental build leaves the published site as it was.
    const before = snapshot(incrementalOut);
    const broken = path.join(articles, 'rusak.md');
    writeFileSync(broken, '---\ntitle: "Tanpa tanggal"\n---\n\nIsi.\n');
    buildIncremental({ expectFailure: true });
    expect(differences(snapshot(incrementalOut), before)).toEqual([]);
    rmSync(broken);
    buildIncremental();

    build(coldOut, path.join(work, 'cache-cold'));
    const found = differences(snapshot(incrementalOut, ['pagefind']), snapshot(coldOut, ['pagefind']));
    expect(found, `${steps.length} changes built incrementally differ from a cold build`).toEqual([]);

    // The incremental index is an archive plus a delta of the changes; searches find the same pages, with
    // the same titles and excerpts (docs/search.md: the order among close scores may differ).
    const deltas = readdirSync(path.join(incrementalOut, 'pagefind'), { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && existsSync(path.join(entry.parentPath, entry.name, 'delta')),
    );
    expect(deltas.length, 'the changes went to delta bundles').toBeGreaterThan(0);
    const queries: [string | null, Parameters<typeof searchSite>[2]][] = [
      ['Diperbarui', {}],
      ['koreksi angka', {}],
      ['Tindak Lanjut Pemerintah', {}],
      ['Ralat lembaga', {}],
      ['Nama Baru', {}],
      ['Nama Baru', { people: true }],
      ['Topik Baru Sekali', {}],
      ['Topik Baru Sekali', { people: true }],
      ['Arsip yang Baru Diunggah', {}],
      ['pemerintah', { filters: { bagian: 'Ekonomi' } }],
      ['pemerintah', { year: '2025' }],
      ['harga', { sort: 'terbaru' }],
      // every article, newest first: nothing deleted, drafted or superseded shows, nothing is missing
      [null, {}],
    ];
    const bySet = (results: SiteResult[]) => results.map((r) => JSON.stringify(r)).sort();
    for (const [query, options] of queries) {
      const [incremental, cold] = await Promise.all([
        searchSite(incrementalOut, query, options),
        searchSite(coldOut, query, options),
      ]);
      expect(bySet(incremental), `search ${JSON.stringify(query)} ${JSON.stringify(options)}`).toEqual(bySet(cold));
    }
    expect((await searchSite(coldOut, 'Diperbarui')).length, 'the queries find something').toBeGreaterThan(0);
  });
});
