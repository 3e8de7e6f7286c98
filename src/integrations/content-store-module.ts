import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's module of the content store (astro/dist/content/consts.js RESOLVED_DATA_STORE_VIRTUAL_ID). */
const STORE_MODULE = '\0astro:data-layer-content';
/** Astro's file of it, in its cache folder (astro/dist/content/consts.js DATA_STORE_FILE). */
const STORE_FILE = 'data-store.json';

/**
 * The content store, read when the build's pages are rendered instead of compiled into the bundle.
 *
 * Astro makes its store a module of one string literal (`export default JSON.parse("…")`), and V8
 * compiles such a module in time that grows faster than its size: 13 MB take 1.1 s and 65 MB 11.9 s
 * (measured here); Warta's 78 MB store at 50,000 articles took 53 s of every build, the largest single
 * cost of a publish. Reading the same file at render time is a JSON.parse, which grows with the size.
 * The store file is written by the content sync before the bundle is built, and the pages are rendered
 * by the same `astro build` right after, so the module sees exactly the store it would have inlined.
 * The module keeps Astro's mark as content data, so it stays out of the pages' code hashes
 * (incremental builds key pages on what they read instead: src/build/recorded-reads.ts). Builds only:
 * `astro dev` keeps Astro's module and its updates.
 */
export function contentStoreModule(): AstroIntegration {
  return {
    name: 'warta:content-store-module',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const storeFile = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'warta:content-store-module',
                enforce: 'pre',
                // Astro's own plugin for the module is `enforce: 'pre'` too and comes first: the hook's
                // own order puts this one ahead of it.
                load: {
                  order: 'pre',
                  filter: { id: new RegExp(`^${STORE_MODULE}$`) },
                  handler() {
                    return {
                      code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`,
                      // astro/dist/core/build/incremental-metadata.js createContentDataIncrementalMetadata()
                      meta: { astroIncremental: { kind: 'content-data' } },
                    };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
