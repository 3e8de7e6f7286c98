import { createHash } from 'node:crypto';

/**
 * The few scripts that must run inline (before first paint, or without a network request), as strings:
 * pages render them verbatim and astro.config.mjs puts their hashes into the Content Security Policy,
 * since Astro does not hash `<script is:inline>` itself. Edit a script here and its hash follows.
 * Plain ES5-era syntax: these run on old phones too.
 */
export const INLINE_SCRIPTS = {
  /**
   * In <head>, before the first paint: the reader's stored theme, so a dark page never flashes; and the
   * classes `js` and `can-share` that let CSS show script-only controls from the first paint, so revealing
   * them later never shifts the layout.
   */
  pageInit: `var r=document.documentElement;r.classList.add('js');if(navigator.share)r.classList.add('can-share');try{var t=localStorage.getItem('warta-theme');if(t==='dark'||t==='light')r.dataset.theme=t}catch(e){}`,

  /** The theme button (shown by pageInit): switches, stores, and follows the system otherwise. */
  themeToggle: `(function(){var b=document.getElementById('theme-toggle');if(!b)return;var r=document.documentElement,s=window.matchMedia('(prefers-color-scheme: dark)');
function cur(){return r.dataset.theme||(s.matches?'dark':'light')}
function render(){var next=cur()==='dark'?'light':'dark',k=next==='dark'?'Dark':'Light';b.setAttribute('aria-label',b.dataset['label'+k]);b.querySelector('[data-theme-text]').textContent=b.dataset['text'+k];b.querySelector('[data-icon="dark"]').toggleAttribute('hidden',next!=='dark');b.querySelector('[data-icon="light"]').toggleAttribute('hidden',next!=='light')}
b.addEventListener('click',function(){var next=cur()==='dark'?'light':'dark';r.dataset.theme=next;try{localStorage.setItem('warta-theme',next)}catch(e){}render()});
s.addEventListener('change',render);render()})();`,

  /** "/" focuses the header search box, unless the reader is typing somewhere. */
  searchShortcut: `document.addEventListener('keydown',function(e){if(e.key!=='/'||e.ctrlKey||e.metaKey||e.altKey)return;var t=e.target;if(t&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))return;var i=document.getElementById('cari-header');if(!i)return;e.preventDefault();i.focus();i.select()});`,

  /**
   * On an article reached from a search result (?sorot=…): load Pagefind's highlighter and mark the
   * searched words. Nothing is loaded otherwise. The script's data-src says where the highlighter is.
   */
  searchHighlight: `(function(){var s=document.currentScript,p=s&&s.dataset.param;if(!p||!new URLSearchParams(location.search).has(p))return;import(s.dataset.src).then(function(m){new m.default({highlightParam:p,addStyles:false});var f=document.querySelector('mark.pagefind-highlight');if(f)f.scrollIntoView({block:'center'})})})();`,

  /**
   * Article sharing ("Salin tautan" and the system share sheet are shown by pageInit's classes): copies
   * the canonical URL, and shares a quote as canonical#anchor plus a text fragment. Browsers
   * without text fragments get the anchor scrolled into view instead.
   */
  shareActions: `(function(){var c=document.querySelector('link[rel=canonical]');if(!c)return;var url=c.href;
function status(el,msg){var bar=el.closest('.share-bar'),s=(bar||document).querySelector('[data-share-status]');if(!s)return;s.textContent='';setTimeout(function(){s.textContent=msg},60)}
function copy(el,text,msg){if(navigator.clipboard&&navigator.clipboard.writeText){navigator.clipboard.writeText(text).then(function(){status(el,msg)},function(){window.prompt(msg,text)})}else{window.prompt(msg,text)}}
function enc(s){return encodeURIComponent(s).replace(/-/g,'%2D').replace(/,/g,'%2C')}
function fragment(text){var w=text.replace(/[\u201c\u201d"]/g,'').split(/\s+/).filter(Boolean);if(!w.length)return '';var start=w.slice(0,Math.min(5,w.length)).join(' ');return ':~:text='+enc(start)+(w.length>9?','+enc(w.slice(-4).join(' ')):'')}
document.addEventListener('click',function(e){var el=e.target.closest&&e.target.closest('[data-share]');if(!el)return;var kind=el.getAttribute('data-share');
if(kind==='copy'){e.preventDefault();copy(el,url,el.getAttribute('data-done'))}
else if(kind==='native'){e.preventDefault();navigator.share({title:document.querySelector('meta[property="og:title"]').content,url:url}).catch(function(){})}
else if(kind==='quote'){e.preventDefault();var text=el.getAttribute('data-share-text')||'',link=url+el.getAttribute('href')+fragment(text);if(navigator.share){navigator.share({text:'\u201c'+text+'\u201d',url:link}).catch(function(){})}else{copy(el,link,document.querySelector('[data-share-quote-done]').getAttribute('data-share-quote-done'))}}});
var h=location.hash;if(h.indexOf(':~:')>0&&!document.fragmentDirective){var t=document.getElementById(decodeURIComponent(h.slice(1).split(':~:')[0]));if(t)t.scrollIntoView()}})();`,

  /**
   * "Berita Terkini" beside an article (LatestRail.astro): fills the reserved slot from the JSON at
   * data-src with up to data-size stories, leaving out the article being read (data-current), as clones
   * of the card template filled with textContent. When it cannot (no fetch, a failed request, an empty
   * list) the slot is removed; the link to /terkini/ beside the heading is always there.
   */
  latestRail: `(function(){var s=document.currentScript,box=document.getElementById('terkini-isi'),tpl=document.getElementById('terkini-kartu');if(!s||!box||!tpl)return;
function fail(){box.hidden=true}
if(!window.fetch||!tpl.content)return fail();
fetch(s.dataset.src).then(function(r){if(!r.ok)throw new Error(r.status);return r.json()}).then(function(d){var list=tpl.content.firstElementChild.cloneNode(true),card=list.firstElementChild,max=+s.dataset.size,n=0;list.removeChild(card);
(d&&d.stories||[]).forEach(function(x){if(n>=max||x.url===s.dataset.current||!/^[/][^/]/.test(x.url))return;var li=card.cloneNode(true),a=li.querySelector('a'),time=li.querySelector('time');li.querySelector('p').textContent=x.section;a.textContent=x.title;a.setAttribute('href',x.url);time.textContent=x.date;time.setAttribute('datetime',x.iso);list.appendChild(li);n++});
if(n)box.appendChild(list);else fail()}).catch(fail)})();`,
} as const;

export type InlineScript = keyof typeof INLINE_SCRIPTS;

/** The CSP hash of every inline script, as Astro's `scriptDirective.hashes` takes them. */
export function inlineScriptHashes(): `sha256-${string}`[] {
  return Object.values(INLINE_SCRIPTS).map((source) => `sha256-${createHash('sha256').update(source).digest('base64')}` as const);
}
