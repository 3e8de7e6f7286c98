// @ts-check
import path from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { inlineScriptHashes } from './src/browser/inline-scripts.ts';
import { IMAGE_SERVICE } from './src/build/image-service.ts';
import { moduleGraphDigest } from './src/build/source-digest.ts';
import { readExpertNames } from './src/content/expert-names.ts';
import { cacheRoot, contentRoot } from './src/content/paths.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentStoreModule } from './src/integrations/content-store-module.ts';
import { recordedReads } from './src/integrations/recorded-reads.ts';
import { wartaMarkdown } from './src/markdown/pipeline.ts';

/**
 * Astro keeps rendered Markdown in its content store until its config changes. Our plugins are code, not
 * config: the digest of the pipeline's import graph rides along in their options, so editing a plugin or
 * anything it imports re-renders every article (and, through Astro's config hash, every page).
 */
const markdownDigest = moduleGraphDigest(['src/markdown/pipeline.ts']);

/** @type {Map<string, string> | undefined} */
let expertNames;
const expertName = (/** @type {string} */ id) => (expertNames ??= readExpertNames(contentRoot())).get(id);

export default defineConfig({
  site: process.env.WARTA_SITE_URL ?? 'https://warta.example',
  base: process.env.WARTA_BASE ?? '/',
  trailingSlash: 'always',
  outDir: process.env.WARTA_OUT_DIR ?? 'dist',
  cacheDir: path.join(cacheRoot(), 'astro'),
  // 'jsx' (Astro 7's default) drops the space between inline elements on separate lines: bylines break.
  compressHTML: true,
  integrations: [contentCheck(), contentStoreModule(), recordedReads()],
  security: {
    // Hashes every script and style Astro emits into a <meta> CSP. Pagefind compiles WebAssembly, which
    // needs 'wasm-unsafe-eval' and nothing more. frame-ancestors cannot live in a <meta>: see public/_headers.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScriptHashes() },
    },
  },
  // Its cache of made images is keyed by this too (scripts/build.ts, src/build/image-service.ts).
  image: { service: IMAGE_SERVICE },
  build: {
    // Pages rendered 16 at a time (in one thread: their waits on files and data interleave). Measured at
    // 10,000 articles, cold: page generation 55 s at 1, 38 s at 4, 35 s at 8, 30–33 s at 16 and 32, with
    // less CPU and the same memory; the output is the same (docs/performance.md, "Issue 13").
    concurrency: 16,
  },
  markdown: {
    // Shiki colours code with inline styles, which the CSP forbids; news copy needs no highlighting.
    syntaxHighlight: false,
    // Sätteri (Astro's default processor) with Warta's plugins and parser features (src/markdown/pipeline.ts).
    processor: satteri(wartaMarkdown({ expertName, digest: markdownDigest })),
  },
  experimental: {
    // Pages whose recorded inputs (src/build/recorded-reads.ts) and code are unchanged are not rendered again.
    incrementalBuild: true,
  },
  vite: {
    plugins: [tailwindcss()],
    // scripts/build.ts fills its fresh staging folder with links to the previous build's unchanged pages
    // before Astro runs (src/build/incremental.ts); Astro must not empty it. Plain `astro build` empties.
    // No module preload helper: added to any script with a dynamic import, it weighs ~1 KB gzip, more than
    // the header box's whole loader (which imports the search page's script by its URL instead).
    build: { emptyOutDir: process.env.WARTA_STAGING !== '1', modulePreload: false },
  },
});
