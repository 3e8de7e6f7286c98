import { createHash } from 'node:crypto';

/**
 * The few scripts that must run inline (before first paint, or without a network request), as strings:
 * pages render them verbatim and astro.config.mjs puts their hashes into the Content Security Policy,
 * since Astro does not hash `<script is:inline>` itself. Edit a script here and its hash follows.
 * Plain ES5-era syntax: these run on old phones too.
 */
export const INLINE_SCRIPTS = {
  /** In <head>: the reader's stored theme, applied before the first paint so a dark page never flashes. */
  themeInit: `try{var t=localStorage.getItem('warta-theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}`,

  /** The theme button: shown only when this runs; switches, stores, and follows the system otherwise. */
  themeToggle: `(function(){var b=document.getElementById('theme-toggle');if(!b)return;var r=document.documentElement,s=window.matchMedia('(prefers-color-scheme: dark)');
function cur(){return r.dataset.theme||(s.matches?'dark':'light')}
function render(){var next=cur()==='dark'?'light':'dark',k=next==='dark'?'Dark':'Light';b.setAttribute('aria-label',b.dataset['label'+k]);b.querySelector('[data-theme-text]').textContent=b.dataset['text'+k];b.querySelector('[data-icon="dark"]').toggleAttribute('hidden',next!=='dark');b.querySelector('[data-icon="light"]').toggleAttribute('hidden',next!=='light')}
b.addEventListener('click',function(){var next=cur()==='dark'?'light':'dark';r.dataset.theme=next;try{localStorage.setItem('warta-theme',next)}catch(e){}render()});
s.addEventListener('change',render);render();b.hidden=false})();`,

  /** "/" focuses the header search box, unless the reader is typing somewhere. */
  searchShortcut: `document.addEventListener('keydown',function(e){if(e.key!=='/'||e.ctrlKey||e.metaKey||e.altKey)return;var t=e.target;if(t&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))return;var i=document.getElementById('cari-header');if(!i)return;e.preventDefault();i.focus();i.select()});`,

  /**
   * On an article reached from a search result (?sorot=…): load Pagefind's highlighter and mark the
   * searched words. Nothing is loaded otherwise. The script's data-src says where the highlighter is.
   */
  searchHighlight: `(function(){var s=document.currentScript,p=s&&s.dataset.param;if(!p||!new URLSearchParams(location.search).has(p))return;import(s.dataset.src).then(function(m){new m.default({highlightParam:p,addStyles:false});var f=document.querySelector('mark.pagefind-highlight');if(f)f.scrollIntoView({block:'center'})})})();`,
} as const;

export type InlineScript = keyof typeof INLINE_SCRIPTS;

/** The CSP hash of every inline script, as Astro's `scriptDirective.hashes` takes them. */
export function inlineScriptHashes(): `sha256-${string}`[] {
  return Object.values(INLINE_SCRIPTS).map((source) => `sha256-${createHash('sha256').update(source).digest('base64')}` as const);
}
