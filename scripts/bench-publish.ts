// The publishing scenarios of `npm run bench` (issue: publish in seconds): the changes a newsroom makes
// all day, applied one after another to a generated corpus, each followed by an incremental build. Each
// scenario changes the content, and `restore()` puts every touched file back afterwards.
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { publishChanges } from '../src/build/publish-report.ts';

/** An article of the corpus: its file and its text. */
interface Story {
  file: string;
  text: string;
}

/** One change a newsroom makes, applied to the content folder. */
export interface PublishScenario {
  /** the report's row label */
  name: string;
  /** what `--scenarios` and the report's JSON call it */
  key: string;
  apply: () => void;
}

export interface PublishScenarios {
  scenarios: PublishScenario[];
  /** puts back every file the scenarios wrote or deleted */
  restore: () => void;
}

/** What a deploy uploads after a build. */
export interface Upload {
  /** files new or changed */
  files: number;
  /** their bytes */
  bytes: number;
  /** files gone since the build before */
  deleted: number;
}

const field = (text: string, name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(text)?.[1];

/** `value`, or an error naming what the corpus lacks for a scenario (thrown when the scenario runs). */
function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`bench-publish: the corpus has no ${what}`);
  return value;
}

/** Published articles of a corpus, newest first. */
function publishedArticles(articles: string): Story[] {
  return readdirSync(articles, { recursive: true })
    .map(String)
    .filter((rel) => rel.endsWith('.md'))
    .map((rel) => ({ file: path.join(articles, rel), text: readFileSync(path.join(articles, rel), 'utf8') }))
    .filter((a) => !/^draft: true$/m.test(a.text))
    .sort((a, b) => String(field(b.text, 'published')).localeCompare(String(field(a.text, 'published'))));
}

/**
 * The scenarios, in the order they run. Names are the report's row labels. Every file a scenario writes or
 * deletes is saved first, and restore() brings the corpus back as it was.
 */
export function publishScenarios(content: string): PublishScenarios {
  const articles = path.join(content, 'articles');
  /** each touched file's bytes before, null when it did not exist */
  const saved = new Map<string, Buffer | null>();
  const save = (file: string) => {
    if (!saved.has(file)) saved.set(file, existsSync(file) ? readFileSync(file) : null);
  };
  const write = (file: string, text: string) => {
    save(file);
    writeFileSync(file, text);
  };
  const remove = (file: string) => {
    save(file);
    rmSync(file);
  };
  const stories = publishedArticles(articles);
  /** the i-th newest published article */
  const nth = (i: number) => need(stories[i], `published article number ${i + 1}`);
  const withImage = stories.find((s) => /^image:/m.test(s.text));
  const imageFile = (story: Story) =>
    path.resolve(
      path.dirname(story.file),
      need(/^\s+src: "?([^"\n]+)"?$/m.exec(story.text)?.[1], `image src in ${story.file}`),
    );
  const expertOf = (story: Story) =>
    field(story.text, 'experts')
      ?.replace(/^\[|\]$/g, '')
      .split(',')[0]
      ?.trim();
  const expertStory = stories.find((s, i) => i > 10 && expertOf(s));
  const scenarios: PublishScenario[] = [
    {
      name: 'edit one (headline and a paragraph)',
      key: 'edit',
      apply: () => {
        const newest = nth(0);
        write(
          newest.file,
          newest.text
            .replace(/^title: "(.*)"$/m, 'title: "$1 (Diperbarui)"')
            .replace(/\n\n([^\n]+)\n/, '\n\n$1 Koreksi: angka diperbarui.\n'),
        );
      },
    },
    {
      name: 'add one (a follow-up, the newest story)',
      key: 'add',
      apply: () => {
        const newest = nth(0);
        write(
          path.join(path.dirname(newest.file), `tindak-lanjut-${path.basename(newest.file)}`),
          newest.text
            .replace(/^title: "(.*)"$/m, 'title: "Tindak lanjut: $1"')
            .replace(/^published: .*$/m, 'published: 2026-01-05T08:00:00+07:00')
            .replace(/^slug: .*\n/m, ''),
        );
      },
    },
    { name: 'unpublish one (file deleted)', key: 'delete', apply: () => remove(nth(3).file) },
    {
      name: 'unpublish one (draft: true)',
      key: 'draft',
      apply: () => write(nth(4).file, nth(4).text.replace(/^---\n/, '---\ndraft: true\n')),
    },
    {
      name: "an expert's bio edited",
      key: 'expert',
      apply: () => {
        const file = path.join(
          content,
          'experts',
          `${need(expertStory && expertOf(expertStory), 'article with an expert')}.yaml`,
        );
        // Generated experts may have no bio: then one is added (replacing nothing would measure a no-op).
        const bio = 'bio: "Biografi yang diperbarui oleh redaksi."';
        const yaml = readFileSync(file, 'utf8');
        write(file, /^bio: /m.test(yaml) ? yaml.replace(/^bio: .*$/m, bio) : `${yaml.replace(/\n?$/, '\n')}${bio}\n`);
      },
    },
    {
      name: 'a section renamed',
      key: 'section',
      apply: () => {
        const file = path.join(content, 'sections', `${field(nth(5).text, 'section')}.yaml`);
        write(file, readFileSync(file, 'utf8').replace(/^name: "?([^"\n]*)"?$/m, 'name: "$1 Baru"'));
      },
    },
    ...(withImage
      ? [
          {
            name: 'a lead image replaced',
            key: 'image',
            apply: () => {
              const other = stories.find((s) => s !== withImage && /^image:/m.test(s.text));
              save(imageFile(withImage));
              copyFileSync(other ? imageFile(other) : imageFile(withImage), imageFile(withImage));
            },
          },
        ]
      : []),
    {
      name: 'a tag added to one article',
      key: 'tag',
      apply: () => write(nth(6).file, nth(6).text.replace(/^tags: \[/m, 'tags: ["Topik Tambahan", ')),
    },
    {
      // The newest story becomes live coverage: its body is the summary, then three updates.
      name: 'live: a story made live coverage',
      key: 'live-start',
      apply: () => {
        const story = nth(0);
        // As the scenarios before left it (the edit scenario changed its headline).
        const current = readFileSync(story.file, 'utf8');
        const published = need(field(current, 'published'), `published in ${story.file}`).replace(/^"|"$/g, '');
        const start = /T/.test(published) ? published : `${published}T06:00:00+07:00`;
        const at = (minutes: number) =>
          new Date(new Date(start).getTime() + minutes * 60_000).toISOString().replace('.000Z', 'Z');
        const update = (minutes: number, flags: string, text: string) =>
          `\n:::update{time="${at(minutes)}"${flags}}\n${text}\n:::\n`;
        write(
          story.file,
          `${current.replace(/^---\n/, `---\nlive:\n  start: ${start}\n`).replace(/\n*$/, '\n')}${[
            update(10, ' pinned', '**Nomor darurat.** Hubungi posko terdekat.'),
            update(25, ' key', '**Status darurat ditetapkan.** Pemerintah daerah menetapkan status tanggap darurat.'),
            update(40, '', 'Petugas mulai mendata warga yang mengungsi.'),
          ].join('')}`,
        );
      },
    },
    {
      name: 'live: one update published',
      key: 'live-update',
      apply: () => {
        const story = nth(0);
        const text = readFileSync(story.file, 'utf8');
        const start = need(/^ {2}start: (.*)$/m.exec(text)?.[1], `live.start in ${story.file} (run live-start first)`);
        const time = new Date(new Date(start).getTime() + 55 * 60_000).toISOString().replace('.000Z', 'Z');
        write(story.file, `${text}\n:::update{time="${time}"}\nBantuan logistik tiba di posko utama.\n:::\n`);
      },
    },
  ];
  return {
    scenarios,
    restore() {
      for (const [file, bytes] of saved) {
        if (bytes === null) rmSync(file, { force: true });
        else writeFileSync(file, bytes);
      }
      saved.clear();
    },
  };
}

/** A hard-linked copy of a built site (no bytes copied), to compare the next build's output with. */
export function linkCopy(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    const source = path.join(entry.parentPath, entry.name);
    const target = path.join(to, path.relative(from, source));
    if (entry.isDirectory()) mkdirSync(target, { recursive: true });
    else {
      mkdirSync(path.dirname(target), { recursive: true });
      linkSync(source, target);
    }
  }
}

/** What a deploy must upload after a build, counted (src/build/publish-report.ts lists it). */
export function changedFiles(previous: string, current: string): Upload {
  const { changed, deleted, bytes } = publishChanges(previous, current);
  return { files: changed.length, bytes, deleted: deleted.length };
}
