import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { astroManifestFile, type RecordedManifest, readsRegistry, recordReads } from '../build/recorded-reads.ts';

/**
 * Writes what each keyed page read into Astro's incremental-build manifest once Astro has written it
 * (src/build/recorded-reads.ts). Pages are rendered in this process, so the records are at hand.
 */
export function recordedReads(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'warta:recorded-reads',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': () => {
        const file = astroManifestFile(cacheDir);
        let manifest: RecordedManifest;
        try {
          manifest = JSON.parse(readFileSync(file, 'utf8')) as RecordedManifest;
        } catch {
          return; // no incremental build: nothing to record
        }
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify(recordReads(manifest, readsRegistry())));
        renameSync(temporary, file);
      },
    },
  };
}
