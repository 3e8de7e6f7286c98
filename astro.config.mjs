// @ts-check
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { readExpertNames } from './src/content/expert-names.ts';
import { contentRoot } from './src/content/paths.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { wartaRehypePlugins, wartaRemarkPlugins } from './src/markdown/pipeline.ts';
import { inlineScriptHashes } from './src/scripts/inline.ts';

/** @type {Map<string, string> | undefined} */
let expertNames;
const expertName = (/** @type {string} */ id) => (expertNames ??= readExpertNames(contentRoot())).get(id);

export default defineConfig({
  site: process.env.WARTA_SITE_URL ?? 'https://warta.example',
  base: process.env.WARTA_BASE ?? '/',
  trailingSlash: 'always',
  outDir: process.env.WARTA_OUT_DIR ?? 'dist',
  // 'jsx' (Astro 7's default) drops the space between inline elements on separate lines: bylines break.
  compressHTML: true,
  integrations: [contentCheck()],
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
  markdown: {
    // Shiki colours code with inline styles, which the CSP forbids; news copy needs no highlighting.
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: wartaRemarkPlugins({ expertName }),
      rehypePlugins: wartaRehypePlugins({ expertName }),
    }),
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
