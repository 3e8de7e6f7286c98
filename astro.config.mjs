// @ts-check
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { readExpertNames } from './src/content/expert-names.ts';
import { contentRoot } from './src/content/paths.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { wartaRehypePlugins, wartaRemarkPlugins } from './src/markdown/pipeline.ts';

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
  markdown: {
    processor: unified({
      remarkPlugins: wartaRemarkPlugins({ expertName }),
      rehypePlugins: wartaRehypePlugins(),
    }),
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
