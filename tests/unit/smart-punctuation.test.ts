/**
 * Typography comes from Sätteri's smart punctuation plus `smart-punctuation.ts` (em dashes, typewriter
 * quotes). Warta's copy was set for years with SmartyPants' defaults (remark-smartypants, Astro's unified
 * pipeline): the text a reader sees must be what SmartyPants gave, on the fixtures, the default content and
 * a generated corpus. Where the two differ, on junk or rare input, the difference is pinned below.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateContent } from '../../scripts/generate-content/corpus.ts';
import { parseYaml, splitFrontmatter } from '../../src/content/yaml.ts';
import { wartaMarkdown } from '../../src/markdown/pipeline.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'warta-punctuation-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const markdownFiles = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => path.join(dir, f));

/**
 * The reference reads Warta's directives as their words (`:quote[words]{…}` → words, pull-quote fences
 * dropped); everything else that looks like a directive (`pukul 10:30`) stays text, as Warta keeps it.
 */
const directivesAsText = (body: string) =>
  body.replace(/:quote\[([^\]]*)\]\{[^}]*\}/g, '$1').replace(/^:{3,4}((pullquote|update).*)?$/gm, '');

/**
 * What a reader reads: the text, without Warta's own additions (share links, anchors, captions) and
 * GFM's hidden footnote heading, which Warta words in Indonesian ("Catatan kaki", not "Footnotes").
 */
function readerText(html: string): string {
  return textOf(fromHtml(html, { fragment: true }) as Root);
}

/**
 * A live page shows its updates newest first under headers of its own (time, labels, share link) and
 * repeats the key events: its reader text is the summary and each update's words, each of which must
 * read as the reference read it in the file's order.
 */
function liveTexts(html: string): string[] | undefined {
  const tree = fromHtml(html, { fragment: true }) as Root;
  const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className : []);
  const stream = tree.children.find((c): c is Element => c.type === 'element' && classes(c).includes('live-updates'));
  if (!stream) return undefined;
  const summary: Root = {
    type: 'root',
    children: tree.children.filter((c) => c !== stream && !(c.type === 'element' && c.tagName === 'nav')),
  };
  const updates = stream.children
    .filter((c): c is Element => c.type === 'element')
    .map((update) =>
      textOf({
        type: 'root',
        children: update.children.filter(
          (c) => !(c.type === 'element' && (c.tagName === 'header' || classes(c).includes('live-update-share'))),
        ),
      }),
    );
  return [textOf(summary), ...updates];
}

function textOf(tree: Root): string {
  const strip = (parent: Root | Element) => {
    parent.children = parent.children.filter((child) => {
      if (child.type !== 'element') return true;
      const classes = Array.isArray(child.properties.className) ? child.properties.className : [];
      return (
        !classes.includes('quote-share') &&
        !classes.includes('heading-anchor') &&
        child.tagName !== 'figcaption' &&
        !(child.properties.id === 'footnote-label' && classes.includes('sr-only'))
      );
    });
    for (const child of parent.children) if (child.type === 'element') strip(child);
  };
  strip(tree);
  return toText(tree).replace(/\s+/g, ' ').trim();
}

const processors = async () => {
  const smartypants = await createMarkdownProcessor({ smartypants: true, syntaxHighlight: false });
  const warta = await createSatteriMarkdownProcessor({ syntaxHighlight: false, ...wartaMarkdown({ warn: () => {} }) });
  return async (source: string) => {
    const { frontmatter, body } = splitFrontmatter(source);
    const data = (frontmatter ? parseYaml(frontmatter) : {}) as Record<string, unknown>;
    const render = (p: typeof warta, text: string) =>
      p.render(text, { frontmatter: { ...data } }).then(
        (r) => readerText(r.code),
        (e: Error) => `error: ${e.message}`,
      );
    const reference = await render(smartypants, directivesAsText(body));
    const live = await warta.render(body, { frontmatter: { ...data } }).then(
      (r) => liveTexts(r.code),
      () => undefined,
    );
    return { smartypants: reference, warta: await render(warta, body), live };
  };
};

describe('Warta sets punctuation as SmartyPants did', () => {
  let render: Awaited<ReturnType<typeof processors>>;
  beforeAll(async () => {
    // Astro's processor prints every failed render.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render = await processors();
  });

  it('on the Markdown fixtures and the default content', async () => {
    const files = [
      ...markdownFiles(path.join(root, 'tests/fixtures/markdown')),
      ...markdownFiles(path.join(root, 'content/articles')),
    ];
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      // The reference does not sanitise raw HTML; contract-error fixtures have no text to compare.
      if (/<[a-z!]/i.test(splitFrontmatter(source).body)) continue;
      const { smartypants, warta, live } = await render(source);
      if (warta.startsWith('error:')) continue;
      if (live) for (const text of live) expect(smartypants, file).toContain(text);
      else expect(warta, file).toBe(smartypants);
    }
  });

  it('on 200 generated articles', { timeout: 60_000 }, async () => {
    await generateContent({ out: path.join(work, 'corpus'), articles: 200, seed: 11 });
    const files = markdownFiles(path.join(work, 'corpus/articles'));
    expect(files.length).toBe(200);
    let changed = 0;
    for (const file of files) {
      const { smartypants, warta } = await render(readFileSync(file, 'utf8'));
      expect(warta, file).toBe(smartypants);
      if (/[“”‘’—…]/.test(warta)) changed++;
    }
    // the corpus exercises the transformations, not only the shortcuts
    expect(changed).toBeGreaterThan(70);
  });

  const same: Array<[string, string]> = [
    ['quotes around emphasis and links', 'Ia berkata "*sangat* [penting](https://contoh.id)" kemarin.'],
    ['quotes around inline code', 'Perintah "`npm ci`" dan \'`npm start`\' saja.'],
    [
      'a quote opening a block',
      '"Kami siap," kata menteri.\n\n## "Judul" berkutip\n\n| a | b |\n|---|---|\n| "x" | \'y\' |',
    ],
    ['apostrophes and nested quotes', "Jum'at itu ia menulis: \"Kata 'darurat' tidak tepat.\" Qur'an, ta'aruf."],
    ['dashes', 'Jakarta -- Harga naik --- lagi; 2020--2024; a - b.'],
    ['an ellipsis opening a quote', '"...dan itu benar," katanya. "--kata itu," ujarnya.'],
    ['unspaced ellipses', 'Tunggu... lalu .. atau "Hm..."'],
    ['nothing to change', 'Harga beras naik 5 persen pada 10:30 WIB.'],
    ['directives', 'Menurut :quote["ini" -- itu...]{expert="a"} dan\n\n:::pullquote\n"kutipan"\n:::'],
  ];
  for (const [name, source] of same) {
    it(name, async () => {
      const { smartypants, warta } = await render(`---\nexperts: [a]\n---\n${source}`);
      expect(warta).toBe(smartypants);
    });
  }

  /**
   * Where Sätteri sets differently: rare in news copy, and mostly better (’90-an, ’tis are apostrophes).
   * Each case says what Warta renders; it must still differ from SmartyPants, or the pin is stale.
   */
  const pinned: Array<[string, string, string]> = [
    ['an elided year', "Era '90-an.", 'Era ’90-an.'],
    ['spaced and four-dot ellipses', 'Tunggu . . . lalu .... dan.', 'Tunggu . . . lalu …. dan.'],
    ['typewriter quotes with single marks', "Gaya ''dua'' saja.", 'Gaya ’‘dua’’ saja.'],
    ['a quote right before a tag or a symbol', '"> tidak dan "; lalu', '“> tidak dan “; lalu'],
    ['a pair of straight quotes alone', '""', '“”'],
  ];
  for (const [name, source, expected] of pinned) {
    it(`differs, pinned: ${name}`, async () => {
      const { smartypants, warta } = await render(source);
      expect(warta).toBe(expected);
      expect(warta).not.toBe(smartypants);
    });
  }
});
