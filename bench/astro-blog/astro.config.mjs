// The bare Astro baseline of `npm run bench`: the shape of Astro's official blog starter (a list page
// and a page per post) over the benchmark corpus, with Astro's default Markdown pipeline and nothing else.
import path from 'node:path';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.com',
  outDir: process.env.BENCH_OUT_DIR ?? 'dist',
  cacheDir: process.env.BENCH_CACHE_DIR ? path.resolve(process.env.BENCH_CACHE_DIR) : './node_modules/.astro',
});
