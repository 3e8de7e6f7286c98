/**
 * remarkSmartPunctuation replaces Astro's built-in smartypants (remark-smartypants) for speed: it must
 * render exactly what Astro's would, on the fixtures, the default content, a generated corpus and the
 * cases where a skipped pass could have mattered.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateContent } from '../../scripts/generate-content.mjs';
import { parseYaml, splitFrontmatter } from '../../src/content/yaml.ts';
import { wartaRehypePlugins, wartaRemarkPlugins } from '../../src/markdown/pipeline.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'warta-punctuation-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const markdownFiles = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => path.join(dir, f));

/** Astro's pipeline with its own smartypants, and with Warta's in its place. */
const processors = async () => {
  const rehypePlugins = wartaRehypePlugins({ warn: () => {} });
  const astros = await createMarkdownProcessor({ smartypants: true, remarkPlugins: wartaRemarkPlugins({ rendering: false }), rehypePlugins });
  const wartas = await createMarkdownProcessor({ smartypants: false, remarkPlugins: wartaRemarkPlugins(), rehypePlugins });
  return async (source: string) => {
    const { frontmatter, body } = splitFrontmatter(source);
    const data = (frontmatter ? parseYaml(frontmatter) : {}) as Record<string, unknown>;
    // Renders that fail (fixtures of contract errors) must fail alike.
    const render = (p: typeof astros) => p.render(body, { frontmatter: { ...data } }).then((r) => r.code, (e: Error) => `error: ${e.message}`);
    return { astro: await render(astros), warta: await render(wartas) };
  };
};

describe('remarkSmartPunctuation renders what Astro’s smartypants renders', () => {
  let render: Awaited<ReturnType<typeof processors>>;
  beforeAll(async () => {
    // Astro's processor prints every failed render; the contract-error fixtures fail on purpose.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render = await processors();
  });

  it('on the Markdown fixtures and the default content', async () => {
    const files = [...markdownFiles(path.join(root, 'tests/fixtures/markdown')), ...markdownFiles(path.join(root, 'content/articles'))];
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const { astro, warta } = await render(readFileSync(file, 'utf8'));
      expect(warta, file).toBe(astro);
    }
  });

  it('on 200 generated articles', { timeout: 60_000 }, async () => {
    await generateContent({ out: path.join(work, 'corpus'), articles: 200, seed: 11 });
    const files = markdownFiles(path.join(work, 'corpus/articles'));
    expect(files.length).toBe(200);
    let changed = 0;
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const { astro, warta } = await render(source);
      expect(warta, file).toBe(astro);
      if (/[“”‘’—…]/.test(astro)) changed++;
    }
    // the corpus exercises the transformations, not only the shortcuts
    expect(changed).toBeGreaterThan(70);
  });

  const cases: Array<[string, string]> = [
    ['quotes around emphasis and links', 'Ia berkata "*sangat* [penting](https://contoh.id)" kemarin.'],
    ['quotes around inline code', 'Perintah "`npm ci`" dan \'`npm start`\' saja.'],
    ['a quote opening a block', '"Kami siap," kata menteri.\n\n## "Judul" berkutip\n\n| a | b |\n|---|---|\n| "x" | \'y\' |'],
    ['apostrophes and nested quotes', 'Jum\'at itu ia menulis: "Kata \'darurat\' tidak tepat." Era \'90-an.'],
    ['dashes', 'Jakarta -- Harga naik --- lagi; 2020--2024; a - b.'],
    ['ellipses, spaced and unspaced', 'Tunggu... dan . . . lalu .. atau ....'],
    ['backticks', 'Gaya ``lama\'\' tetap.'],
    ['dots and dashes split across emphasis', 'Lalu *..*. dan -*-*- serta .*.*.'],
    ['nothing to change', 'Harga beras naik 5 persen pada 10:30 WIB.'],
    ['directives', 'Menurut :quote["ini" -- itu...]{expert="a"} dan :::pullquote\n"kutipan"\n:::'],
  ];
  for (const [name, source] of cases) {
    it(name, async () => {
      const { astro, warta } = await render(`---\nexperts: [a]\n---\n${source}`);
      expect(warta).toBe(astro);
    });
  }
});
