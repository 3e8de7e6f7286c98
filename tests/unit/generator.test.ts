/**
 * The seeded corpus generator for search tests and benchmarks (scripts/generate-content/): what it writes
 * passes the content validator, the same seed gives byte-identical files, another seed gives other files,
 * and it never deletes a folder it did not write itself.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { markdownToHtml } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent, MARKER } from '../../scripts/generate-content/corpus.ts';
import { validateContent } from '../../src/content/validate.ts';
import { parseYaml, splitFrontmatter } from '../../src/content/yaml.ts';
import { messagesOf } from '../../src/markdown/messages.ts';
import { wartaMarkdown } from '../../src/markdown/pipeline.ts';

const script = path.resolve(import.meta.dirname, '../../scripts/generate-content/cli.ts');
const work = mkdtempSync(path.join(os.tmpdir(), 'warta-generate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const at = (name: string) => path.join(work, name);

/** Every file under dir (relative, sorted), the marker included. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => statSync(path.join(dir, file)).isFile())
    .sort();
}

function articleFiles(dir: string): string[] {
  return listFiles(dir).filter((file) => file.endsWith('.md'));
}

describe('generateContent', () => {
  const dir = at('corpus');
  let stats: Awaited<ReturnType<typeof generateContent>>;
  beforeAll(async () => {
    stats = await generateContent({ out: dir, articles: 300, seed: 7, images: 5 });
  }, 60_000);

  it('writes a folder that passes the content validator, with the right counts', () => {
    const result = validateContent(dir, dir);
    expect(result.errors).toEqual([]);
    expect(result.counts).toEqual({ articles: 300, drafts: stats.drafts, experts: 20, sections: 8 });
    expect(stats).toMatchObject({ articles: 300, experts: 20, sections: 8, images: 5 });
    expect(existsSync(path.join(dir, MARKER))).toBe(true);
    for (const id of ['internasional', 'ekonomi', 'sains', 'olahraga', 'lingkungan'])
      expect(existsSync(path.join(dir, `sections/${id}.yaml`))).toBe(true);
  }, 60_000);

  it('puts every article in articles/YYYY/MM/ by its publication date, with a unique slug', () => {
    const slugs = new Set<string>();
    for (const file of articleFiles(dir)) {
      const match = /^articles\/(\d{4})\/(\d{2})\/([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/.exec(file.split(path.sep).join('/'));
      expect(match, file).not.toBeNull();
      const { frontmatter } = splitFrontmatter(readFileSync(path.join(dir, file), 'utf8'));
      const published = String((parseYaml(frontmatter ?? '') as { published: string }).published);
      expect(published.slice(0, 7)).toBe(`${match![1]}-${match![2]}`);
      expect(published >= '2022-11' && published <= '2025-11-20T23:59:59+07:00').toBe(true);
      slugs.add(match![3]!);
    }
    expect(slugs.size).toBe(300);
  });

  it('quotes every listed expert, repeats pull-quotes verbatim, and gets no warnings from the Markdown pipeline', () => {
    const experts = new Map<string, string>();
    for (const file of listFiles(path.join(dir, 'experts'))) {
      const data = parseYaml(readFileSync(path.join(dir, 'experts', file), 'utf8')) as { name: string };
      experts.set(path.basename(file, '.yaml'), data.name);
    }
    const markdown = wartaMarkdown({ expertName: (id) => experts.get(id), warn: () => {} });
    const seen = {
      pullquote: 0,
      table: 0,
      colon: 0,
      dateOnly: 0,
      dateTime: 0,
      updated: 0,
      source: 0,
      nonLatinExpert: 0,
    };
    for (const file of articleFiles(dir)) {
      const { frontmatter, body } = splitFrontmatter(readFileSync(path.join(dir, file), 'utf8'));
      const fm = parseYaml(frontmatter ?? '') as {
        experts?: string[];
        published: string;
        updated?: string;
        source?: unknown;
      };
      for (const id of fm.experts ?? []) expect(body, `${file} quotes ${id}`).toContain(`]{expert="${id}"}`);
      const { data } = markdownToHtml(body, {
        ...markdown,
        data: { astro: { frontmatter: fm } } as Record<string, unknown>,
      }) as { data: Record<string, unknown> };
      expect(messagesOf(data).map((m) => `${file}: ${m.reason}`)).toEqual([]);

      const words = body
        .replace(/\{expert="[^"]*"\}|:quote\[|\]|^:::.*$|^\|.*$/gm, ' ')
        .split(/\s+/)
        .filter(Boolean).length;
      expect(words, file).toBeGreaterThanOrEqual(250);
      expect(words, file).toBeLessThanOrEqual(1000);
      if (body.includes(':::pullquote')) seen.pullquote++;
      if (body.includes('|---|')) seen.table++;
      if (/pukul \d\d:\d\d|skor \d:\d|rasio \d:\d/.test(body)) seen.colon++;
      if (/T\d\d:\d\d:00\+07:00$/.test(fm.published)) seen.dateTime++;
      else seen.dateOnly++;
      if (fm.updated) seen.updated++;
      if (fm.source) seen.source++;
    }
    for (const name of experts.values()) if (/[^\p{Script=Latin}\p{P}\p{Zs}]/u.test(name)) seen.nonLatinExpert++;
    for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThan(0);
  }, 60_000);

  it('gives the requested number of articles a small PNG lead image with alt text', () => {
    const images = listFiles(dir).filter((file) => file.endsWith('.png'));
    expect(images).toHaveLength(5);
    for (const image of images) {
      const bytes = readFileSync(path.join(dir, image));
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 675]);
      expect(bytes.length).toBeLessThan(30_000);
      const article = readFileSync(path.join(dir, image.replace(/\.png$/, '.md')), 'utf8');
      expect(article).toContain(`src: ./${path.basename(image)}`);
      expect(article).toMatch(/^ {2}alt: ".+"$/m);
    }
  });

  it('is deterministic: the same arguments give byte-identical files, another seed gives other files', async () => {
    const a = at('same-a');
    const b = at('same-b');
    const other = at('other-seed');
    await generateContent({ out: a, articles: 150, seed: 42, images: 3 });
    await generateContent({ out: b, articles: 150, seed: 42, images: 3 });
    await generateContent({ out: other, articles: 150, seed: 43, images: 3 });

    const files = listFiles(a);
    expect(listFiles(b)).toEqual(files);
    for (const file of files)
      expect(readFileSync(path.join(b, file)).equals(readFileSync(path.join(a, file))), file).toBe(true);

    const otherArticles = articleFiles(other);
    expect(otherArticles).not.toEqual(articleFiles(a));
    expect(readFileSync(path.join(other, 'experts', listFiles(path.join(other, 'experts'))[0]!), 'utf8')).not.toBe(
      readFileSync(path.join(a, 'experts', listFiles(path.join(a, 'experts'))[0]!), 'utf8'),
    );
  }, 60_000);

  it('refuses to delete a folder without its marker, and replaces one with it', async () => {
    const real = at('real-content');
    mkdirSync(path.join(real, 'articles'), { recursive: true });
    writeFileSync(path.join(real, 'articles/penting.md'), 'jangan dihapus');
    await expect(generateContent({ out: real, articles: 5 })).rejects.toThrow(
      /refusing to delete .*real-content.*\.warta-generated/,
    );
    expect(readFileSync(path.join(real, 'articles/penting.md'), 'utf8')).toBe('jangan dihapus');

    const empty = at('empty');
    mkdirSync(empty);
    await expect(generateContent({ out: empty, articles: 5 })).rejects.toThrow(/refusing to delete/);

    const file = at('a-file');
    writeFileSync(file, 'x');
    await expect(generateContent({ out: file, articles: 5 })).rejects.toThrow(/refusing to delete/);
    expect(readFileSync(file, 'utf8')).toBe('x');

    const ours = at('ours');
    await generateContent({ out: ours, articles: 5 });
    writeFileSync(path.join(ours, 'articles/stale.md'), 'old');
    await generateContent({ out: ours, articles: 5 });
    expect(existsSync(path.join(ours, 'articles/stale.md'))).toBe(false);
    expect(articleFiles(ours)).toHaveLength(5);
  }, 60_000);

  it('rejects impossible arguments', async () => {
    await expect(generateContent({ out: at('bad-1'), articles: 0 })).rejects.toThrow(/articles/);
    await expect(generateContent({ out: at('bad-2'), articles: 3, images: 4 })).rejects.toThrow(/images/);
    await expect(generateContent({ out: at('bad-3'), articles: 3, experts: -1 })).rejects.toThrow(/experts/);
  });
});

describe('node scripts/generate-content/cli.ts', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

  it('writes the same files as generateContent and prints a one-line summary', async () => {
    const cli = at('cli');
    const result = run('--out', cli, '--articles', '40', '--seed', 'warta', '--experts', '6', '--images', '1');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toMatch(/40 articles .*1 with images.*6 experts, 8 sections/);

    const api = at('api');
    await generateContent({ out: api, articles: 40, seed: 'warta', experts: 6, images: 1 });
    const files = listFiles(api);
    expect(listFiles(cli)).toEqual(files);
    for (const file of files)
      expect(readFileSync(path.join(cli, file)).equals(readFileSync(path.join(api, file))), file).toBe(true);
  }, 60_000);

  it('exits non-zero with a message for a folder it did not write and for bad arguments', () => {
    const real = at('cli-real');
    mkdirSync(real);
    writeFileSync(path.join(real, 'notes.txt'), 'keep');
    const refused = run('--out', real, '--articles', '5');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/refusing to delete/);
    expect(readFileSync(path.join(real, 'notes.txt'), 'utf8')).toBe('keep');

    const missing = run('--articles', '5');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--out and --articles are required/);
    expect(run('--out', at('cli-x'), '--articles', '5', '--colour', 'red').status).toBe(2);
  });
});
