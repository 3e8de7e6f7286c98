/**
 * Ids in pasted HTML against the ids Warta gives (issue 14): a copied quote or a page id in wire copy must
 * not take the anchor a shared link points at, and Warta's own anchors must come out unmarked.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFixture } from '../support/render-markdown.ts';

const fixture = path.resolve(import.meta.dirname, '../fixtures/markdown/raw-html-ids.md');

function ids(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
}

describe('ids in pasted HTML', () => {
  it('gives every element a distinct id, Warta’s anchors as they are and pasted ones prefixed', async () => {
    const { html } = await renderFixture(readFileSync(fixture, 'utf8'), fixture);
    const all = ids(html);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(
      expect.arrayContaining(['kutipan-yakov-zinberg-1', 'sorotan-1', 'html_kutipan-yakov-zinberg-1', 'html_konten']),
    );
    expect(all.filter((id) => !id.startsWith('html_')).sort()).toEqual(['kutipan-yakov-zinberg-1', 'sorotan-1']);
  });

  it('records the real quote’s anchor in the body facts, without the render’s mark', async () => {
    const { facts } = await renderFixture(readFileSync(fixture, 'utf8'), fixture);
    expect(facts?.quotes).toEqual([
      { expert: 'yakov-zinberg', text: 'ancaman yang diperhitungkan', anchor: 'kutipan-yakov-zinberg-1' },
    ]);
  });

  it('leaves no mark on the anchors of a body without raw HTML', async () => {
    const source =
      '---\nexperts: [yakov-zinberg]\n---\n"Ini :quote[ancaman]{expert="yakov-zinberg"}," katanya.\n\n:::pullquote{expert="yakov-zinberg"}\nIni ancaman\n:::\n';
    const { html, facts } = await renderFixture(source, 'tanpa-html.md');
    expect(ids(html)).toEqual(['kutipan-yakov-zinberg-1', 'sorotan-1']);
    expect(html).not.toContain('warta-');
    expect(facts?.quotes.map((q) => q.anchor)).toEqual(['kutipan-yakov-zinberg-1']);
  });

  it('points links and references in the pasted copy at the prefixed ids, and Markdown links at Warta’s', async () => {
    const { html } = await renderFixture(readFileSync(fixture, 'utf8'), fixture);
    expect(html).toContain('<a href="#html_catatan-1">catatan 1</a>');
    expect(html).toContain('<a href="#kutipan-yakov-zinberg-1">kutipan</a>');
    expect(html).toContain('headers="html_kol-harga"');
    expect(html).toContain('aria-labelledby="html_catatan-1 narasumber-judul"');
  });

  it('does not offer to share a pasted copy of a quote', async () => {
    const { html } = await renderFixture(readFileSync(fixture, 'utf8'), fixture);
    expect(html.match(/class="quote-share"/g)).toHaveLength(2);
    expect(html).not.toContain('href="#html_kutipan');
  });
});
