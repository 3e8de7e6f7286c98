import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';

/**
 * The few scripts that must run inline (before first paint, or without a network request). Each is a
 * typed source file in `src/browser/inline/`, compiled here (types stripped, minified) when the site
 * builds; pages render the result verbatim (`InlineScript.astro`) and astro.config.mjs puts its hash into
 * the Content Security Policy, since Astro does not hash `<script is:inline>` itself
 * (docs/decisions/006-inline-scripts-hashed-for-the-csp.md). Edit a script and its hash follows; the hash
 * is part of Astro's config, so every page is rendered again.
 *
 * They run on old phones too: the target is ES5 (esbuild refuses `let`, `const` and classes rather than
 * emit them), with dynamic `import()` allowed for the search highlighter.
 */
const FILES = {
  pageInit: 'page-init.ts',
  themeToggle: 'theme-toggle.ts',
  searchShortcut: 'search-shortcut.ts',
  searchHighlight: 'search-highlight.ts',
  shareActions: 'share-actions.ts',
  latestRail: 'latest-rail.ts',
  liveUpdates: 'live-updates.ts',
  offline: 'offline.ts',
  offlinePage: 'offline-page.ts',
} as const;

export type InlineScript = keyof typeof FILES;

/** Resolved from the project folder: in a build this module runs from a bundled chunk, not from here. */
const SOURCE_DIR = path.resolve('src/browser/inline');

let compiled: Map<InlineScript, string> | undefined;

function compile(file: string): string {
  const source = readFileSync(path.join(SOURCE_DIR, file), 'utf8');
  const { code } = transformSync(source, {
    loader: 'ts',
    minify: true,
    target: 'es5',
    supported: { 'dynamic-import': true },
    sourcefile: file,
  });
  return code.trim();
}

/** The script as pages render it, byte for byte. */
export function inlineScript(name: InlineScript): string {
  compiled ??= new Map(Object.entries(FILES).map(([key, file]) => [key as InlineScript, compile(file)]));
  const code = compiled.get(name);
  if (code === undefined) throw new Error(`No inline script ${name}`);
  return code;
}

/** The CSP hash of every inline script, as Astro's `scriptDirective.hashes` takes them. */
export function inlineScriptHashes(): `sha256-${string}`[] {
  return (Object.keys(FILES) as InlineScript[]).map(
    (name) => `sha256-${createHash('sha256').update(inlineScript(name)).digest('base64')}` as const,
  );
}
