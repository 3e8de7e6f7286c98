import { describe, expect, it } from 'vitest';
import { escapeHtml, linkedHrefs } from '../../src/core/html-text.ts';

describe('escapeHtml', () => {
  it('makes text safe for HTML text and double-quoted attributes', () => {
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml(undefined)).toBe('');
  });
});

describe('linkedHrefs', () => {
  const page = [
    '<link rel="preload" href="/_astro/font.woff2" as="font">',
    '<link rel="stylesheet" href="/_astro/a.css">',
    '<link href="/_astro/b.css" rel="stylesheet" media="print">',
    '<link rel="icon" type="image/svg+xml" href="/favicon.svg">',
    '<link rel="alternate stylesheet" href="/_astro/c.css?x=1&amp;y=2">',
    '<link rel="canonical" href="https://warta.example/">',
  ].join('\n');

  it('finds the links of the rels asked for, whatever the attributes’ order, in page order', () => {
    expect(linkedHrefs(page, ['stylesheet'])).toEqual(['/_astro/a.css', '/_astro/b.css', '/_astro/c.css?x=1&amp;y=2']);
    expect(linkedHrefs(page, ['stylesheet', 'icon'])).toEqual([
      '/_astro/a.css',
      '/_astro/b.css',
      '/favicon.svg',
      '/_astro/c.css?x=1&amp;y=2',
    ]);
    expect(linkedHrefs(page, ['manifest'])).toEqual([]);
  });
});
