/**
 * Rendered article bodies kept outside Astro's content store (src/content/article-html.ts): the store keeps
 * no HTML, the body comes back intact, a missing file makes the loader render the entry again, an edit gets
 * a new file and the old one is pruned.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataStore } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { pruneArticleHtml, storeWithHtmlOutside, withArticleHtml } from '../../src/content/article-html.ts';
import { BODY_FACTS_KEY } from '../../src/markdown/body-facts.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'warta-article-html-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Entry = ReturnType<DataStore['values']>[number];

/** The part of Astro's store the glob loader uses, on a Map; like Astro's, it ignores an entry it holds. */
function memoryStore(): DataStore {
  const map = new Map<string, Entry>();
  return {
    get: (key) => map.get(key) as never,
    entries: () => [...map.entries()],
    set: (entry) => {
      if (entry.digest && map.get(entry.id)?.digest === entry.digest) return false;
      map.set(entry.id, entry as Entry);
      return true;
    },
    values: () => [...map.values()],
    keys: () => [...map.keys()],
    delete: (key) => void map.delete(key),
    clear: () => map.clear(),
    has: (key) => map.has(key),
    addModuleImport: () => {},
  };
}

const facts = { quotes: [{ expert: 'a', text: 'kata', anchor: 'kutipan-a-1' }], wordCount: 3 };
const entry = (digest: string, html: string): Entry => ({
  id: 'harga-beras',
  data: { title: 'Harga beras' },
  filePath: 'content/articles/harga-beras.md',
  digest,
  rendered: {
    html,
    metadata: { headings: [], frontmatter: { title: 'Harga beras', experts: ['a'], [BODY_FACTS_KEY]: facts } },
  },
});

describe('article bodies outside the content store', () => {
  const dir = path.join(work, 'html');
  const inner = memoryStore();
  const store = storeWithHtmlOutside(inner, dir);

  it('keeps the HTML out of the store and gives it back for rendering', () => {
    store.set(entry('d1', '<p>Isi “berita”.</p>'));
    const kept = inner.get('harga-beras')!;
    expect(kept.rendered?.html).toBe('');
    expect(kept.rendered?.metadata?.frontmatter).toEqual({ [BODY_FACTS_KEY]: facts });
    expect(kept.data).toEqual({ title: 'Harga beras' });
    expect(withArticleHtml(kept, dir).rendered?.html).toBe('<p>Isi “berita”.</p>');
    expect(store.get('harga-beras')).toBe(kept);
  });

  it('hands the loader no entry when its file is gone, so it is rendered again', () => {
    const kept = inner.get('harga-beras')!;
    for (const f of readdirSync(dir)) rmSync(path.join(dir, f));
    expect(store.get('harga-beras')).toBeUndefined();
    // Gone from the store too: Astro's store ignores a new entry with the digest of one it holds.
    expect(inner.get('harga-beras')).toBeUndefined();
    expect(() => withArticleHtml(kept, dir)).toThrow(
      /harga-beras\.md: its rendered body .* is missing from the build cache; delete .* and build again/,
    );
    store.set(entry('d1', '<p>Isi.</p>'));
    expect(store.get('harga-beras')).toBeDefined();
  });

  it('replaces an entry rendered again under the same digest (its experts renamed)', () => {
    const names = { current: 'Nama Lama' };
    const named = storeWithHtmlOutside(inner, dir, () => names.current);
    named.set(entry('d1', '<p>Nama Lama</p>'));
    names.current = 'Nama Baru';
    expect(named.get('harga-beras')).toBeUndefined();
    named.set(entry('d1', '<p>Nama Baru</p>'));
    expect(named.get('harga-beras')?.rendered?.metadata?.wartaRenderInputs).toBe('Nama Baru');
    expect(withArticleHtml(named.get('harga-beras')!, dir).rendered?.html).toBe('<p>Nama Baru</p>');
    store.set(entry('d1', '<p>Isi.</p>'));
  });

  it('gives an edited body a new file and prunes the old one', () => {
    store.set(entry('d2', '<p>Isi baru.</p>'));
    expect(readdirSync(dir).sort()).toEqual(['harga-beras-d1.html', 'harga-beras-d2.html']);
    pruneArticleHtml(store, dir);
    expect(readdirSync(dir)).toEqual(['harga-beras-d2.html']);
    expect(withArticleHtml(store.get('harga-beras')!, dir).rendered?.html).toBe('<p>Isi baru.</p>');
    store.delete('harga-beras');
    pruneArticleHtml(store, dir);
    expect(existsSync(path.join(dir, 'harga-beras-d2.html'))).toBe(false);
  });
});
