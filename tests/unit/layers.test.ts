/**
 * The folders of src/ are layers, and imports point one way (docs/architecture.md, "Layers"): pure logic
 * at the bottom, the pages at the top. An import against the rule fails here with the file that makes it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../../src');

/** What each layer may import besides itself. `content.config.ts` belongs to the content layer. */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  i18n: [],
  // The service worker is bundled (src/build/service-worker.ts) and formats dates as the site does.
  browser: ['core'],
  styles: [],
  search: ['core', 'i18n'],
  markdown: ['core', 'i18n'],
  build: ['core', 'i18n', 'search'],
  'share-image': ['core', 'i18n', 'build'],
  content: ['core', 'i18n', 'markdown', 'share-image', 'build'],
  integrations: ['core', 'content', 'build'],
  // The CMS at /admin/ (issue 30): its config from the content contract, its file format.
  cms: ['core', 'i18n', 'content', 'build'],
  site: ['core', 'i18n', 'search', 'markdown', 'share-image', 'build', 'content'],
  components: ['core', 'i18n', 'browser', 'search', 'site', 'styles'],
  layouts: ['core', 'i18n', 'browser', 'site', 'styles', 'components'],
  pages: ['core', 'i18n', 'search', 'share-image', 'site', 'styles', 'components', 'layouts', 'cms'],
  // Astro's middleware: it records what each page reads while it renders.
  'middleware.ts': ['build', 'site'],
};

function layerOf(file: string): string {
  const rel = path.relative(src, file).split(path.sep);
  return rel[0] === 'content.config.ts' ? 'content' : (rel[0] ?? '');
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) =>
    path.resolve(path.dirname(file), m[1]!),
  );
}

const files = readdirSync(src, { recursive: true })
  .map((f) => path.join(src, String(f)))
  .filter((f) => /\.(ts|astro|mjs)$/.test(f));

describe('layers of src/', () => {
  it('has a rule for every folder', () => {
    expect([...new Set(files.map(layerOf))].filter((layer) => !(layer in ALLOWED))).toEqual([]);
  });

  it('imports only from the layers below', () => {
    const wrong = files.flatMap((file) => {
      const from = layerOf(file);
      return importsOf(file)
        .map((target) => ({ target, to: layerOf(target) }))
        .filter(({ to }) => to !== from && !ALLOWED[from]?.includes(to))
        .map(
          ({ target }) =>
            `${path.relative(src, file)} imports ${path.relative(src, target)} (${from} → ${layerOf(target)})`,
        );
    });
    expect(wrong).toEqual([]);
  });
});
