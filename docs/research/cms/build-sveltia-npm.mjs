// Builds admin/sveltia-npm/: @sveltia/cms npm entry bundled with esbuild (ESM + code splitting).
import { build } from 'esbuild';
import { cpSync, copyFileSync, mkdirSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'admin/sveltia-npm');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: { 'sveltia-cms': join(root, 'templates/sveltia-npm/entry.js') },
  bundle: true, format: 'esm', splitting: true, minify: true, outdir: out,
  chunkNames: 'chunks/[name]-[hash]', target: 'es2022', logLevel: 'warning',
  loader: { '.wasm': 'file', '.woff2': 'file', '.png': 'file' },
});
// npm/index.js references its fonts/wasm with new URL('assets/…', import.meta.url): copy them next to the entry.
cpSync(join(root, 'node_modules/@sveltia/cms/npm/assets'), join(out, 'assets'), { recursive: true });
for (const f of ['config.yml', 'cms-setup.js']) copyFileSync(join(root, 'templates/shared', f), join(out, f));
writeFileSync(join(out, 'index.html'), readFileSync(join(root, 'templates/sveltia/index.html'), 'utf8')
  .replace('<script src="/admin/sveltia-cms.js"></script>', '<script type="module" src="/admin/sveltia-cms.js"></script>')
  .replace('<script src="/admin/cms-setup.js"></script>', '<script type="module" src="/admin/cms-setup.js"></script>')
  .replace('(Sveltia)', '(Sveltia, npm build bundled by esbuild)'));
console.log('built admin/sveltia-npm');
