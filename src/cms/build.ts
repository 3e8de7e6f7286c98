import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { moduleGraphDigest } from '../build/source-digest.ts';
import { linkedHrefs } from '../core/html-text.ts';
import { cms, t } from '../i18n/id.ts';
import {
  ARTICLE_FORMAT,
  articleDefaults,
  cmsConfig,
  cmsSettings,
  dateTime,
  fieldOrders,
  relation,
  YAML_FORMAT,
} from './config.ts';
import { SVELTIA_MODULE, withIndonesian } from './sveltia-locale.ts';

/**
 * Writes /admin/ into a built site (decision 035): the CMS bundled from src/cms/admin.ts (Sveltia's npm
 * build, with its fonts), its config generated from the contract, and a page with its own CSP. The bundle
 * is kept in the build cache under the digest of everything it is made from (its modules' graph, the
 * lockfile for the packages, the config), so a publish that changes none of them copies it.
 */

const ENTRY = 'src/cms/admin.ts';
export const ADMIN_FOLDER = 'admin';

/**
 * The admin page's policy: Sveltia sets inline styles, shows previews in blob: frames and reads data:
 * and blob: URLs; it signs in and saves through GitHub's API. No eval, no other origin's script.
 */
export function adminCsp(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    "font-src 'self'",
    // GitHub's API to sign in and save; its status page, which Sveltia asks before signing in.
    "connect-src 'self' data: blob: https://api.github.com https://www.githubstatus.com",
    'frame-src blob:',
    "base-uri 'self'",
    "object-src 'none'",
    "form-action 'self'",
  ].join('; ');
}

function adminPage(base: string): string {
  return `<!DOCTYPE html>
<html lang="id">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="content-security-policy" content="${adminCsp()}">
    <meta name="robots" content="noindex, nofollow">
    <title>${cms.pageTitle}</title>
    <script type="module" src="${base}${ADMIN_FOLDER}/cms.js"></script>
  </head>
  <body></body>
</html>
`;
}

/**
 * The cached bundle's files hard-linked into the site (its ~400 files, 18 MB, are never written after they
 * are cached, as the share images are linked: src/share-image/place.ts); copied where a link cannot be made.
 */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

export interface BuiltAdmin {
  cached: boolean;
  key: string;
}

export async function writeAdmin(site: string, base: string, siteUrl: string, cacheDir: string): Promise<BuiltAdmin> {
  const config = cmsConfig(cmsSettings(), new URL(base, siteUrl).href);
  // The site's stylesheets, as its home page links them: the preview is drawn with them.
  const home = readFileSync(path.join(site, 'index.html'), 'utf8');
  const styles = linkedHrefs(home, ['stylesheet']);
  const orders = fieldOrders();
  const injected = {
    config,
    format: ARTICLE_FORMAT,
    yamlFormat: YAML_FORMAT,
    order: orders.articles,
    // Experts' and sections' fields in one order: each file has only its own.
    yamlOrder: [...new Set([...orders.experts, ...orders.sections])],
    defaults: articleDefaults(),
    styles,
    components: cms.components,
    liveLabels: { pinned: t.live.pinned, key: t.live.keyEvent },
    expertRelation: relation('experts'),
    dateTime: dateTime(),
    unlistedExpert: cms.errors.unlistedExpert('{ids}'),
    unnamedExpert: cms.errors.unnamedExpert,
  };
  const key = createHash('sha256')
    // The bundle's modules and this builder's own (how it is bundled and cleaned is an input too).
    .update(moduleGraphDigest([ENTRY, 'src/cms/build.ts']))
    .update(readFileSync('package-lock.json'))
    .update(JSON.stringify(injected))
    .digest('hex')
    .slice(0, 16);
  const cached = path.join(cacheDir, key);
  const hit = existsSync(path.join(cached, 'cms.js'));
  if (!hit) {
    const fresh = `${cached}.${process.pid}`;
    rmSync(fresh, { recursive: true, force: true });
    await build({
      entryPoints: { cms: path.resolve(ENTRY) },
      bundle: true,
      format: 'esm',
      splitting: true,
      minify: true,
      outdir: fresh,
      chunkNames: 'chunks/[name]-[hash]',
      target: 'es2022',
      legalComments: 'none',
      logLevel: 'error',
      define: { WARTA_CMS: JSON.stringify(injected) },
      loader: { '.wasm': 'file', '.woff2': 'file', '.png': 'file' },
      plugins: [
        {
          name: 'warta-sveltia-indonesian',
          setup(bundler) {
            bundler.onLoad({ filter: SVELTIA_MODULE }, (args) => ({
              contents: withIndonesian(readFileSync(args.path, 'utf8')),
              loader: 'js',
            }));
          },
        },
      ],
    });
    // A component's styles also name its fonts on jsDelivr, beside the ones it bundles: left in, the
    // browser asks for them and the CSP blocks them. Taken out; a CDN font anywhere else fails the build.
    const entry = path.join(fresh, 'cms.js');
    const code = readFileSync(entry, 'utf8').replace(/@font-face \{[^}]*https:\/\/cdn\.jsdelivr\.net\/[^}]*\}/g, '');
    if (code.includes('cdn.jsdelivr.net/fontsource'))
      throw new Error('src/cms/build.ts: the CMS bundle still loads fonts from jsDelivr; update the font rule above');
    writeFileSync(entry, code);
    // Sveltia finds its fonts and WebAssembly at `assets/` beside its module.
    cpSync(path.resolve('node_modules/@sveltia/cms/npm/assets'), path.join(fresh, 'assets'), { recursive: true });
    rmSync(cached, { recursive: true, force: true });
    mkdirSync(path.dirname(cached), { recursive: true });
    renameSync(fresh, cached);
  }
  const target = path.join(site, ADMIN_FOLDER);
  rmSync(target, { recursive: true, force: true });
  linkTree(cached, target);
  writeFileSync(path.join(target, 'index.html'), adminPage(base));
  return { cached: hit, key };
}
