/**
 * How the built site is served, for every host: the one table that `deploy/nginx.conf` and `public/_headers`
 * are written from (`npm run deploy-config`; tests/unit/serving.test.ts fails when they are not), and that
 * the search benchmark reads. docs/deploy.md says why each lifetime is what it is.
 */

/**
 * Sent with every response. Pages carry their script and style policy in a hashed `<meta>` CSP
 * (astro.config.mjs); this policy says what a `<meta>` cannot (frame-ancestors) and, for every response,
 * what no page of the site needs. Browsers apply both: neither may allow what the other forbids.
 */
export const SECURITY_HEADERS: readonly (readonly [name: string, value: string])[] = [
  ['Content-Security-Policy', "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'"],
  ['X-Frame-Options', 'DENY'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // Web Share is left at its default (this origin): Chromium does not know it as a policy feature and
  // warns in the console about a header that names it.
  [
    'Permissions-Policy',
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  ],
  // Browsers heed it only over HTTPS, where the site is meant to be read (a CDN or proxy in front of nginx).
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains; preload'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

export const CACHE_CONTROL = {
  /** Named by a hash of their bytes: a change is a new URL, so the old one may be kept for ever. */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages, feeds, sitemaps, Pagefind's entry files: always asked again; the ETag makes that a 304. */
  revalidate: 'public, max-age=0, must-revalidate',
  /** Fetched by every article view: reused for a minute, then served stale while it is fetched again. */
  latest: 'public, max-age=60, stale-while-revalidate=300',
  /**
   * A live page's feed, polled by every open copy of the page: shared caches (a CDN) may answer for ten
   * seconds, so a crowd of readers costs the origin one request in ten seconds, and an update is at most
   * ten seconds older there than on the origin. Browsers ask with their own conditional headers.
   */
  live: 'public, max-age=10, must-revalidate',
  /** Not hashed, and rarely changed. */
  day: 'public, max-age=86400',
  /**
   * The service worker: asked again whenever a browser checks for a new one, so a deploy's worker is found
   * at the reader's next visit. Browsers bypass their HTTP cache for it anyway; a CDN must not keep it.
   */
  worker: 'no-cache',
} as const;

export interface CacheRule {
  /**
   * URL paths as `_headers` writes them: an exact path, a trailing `*` for the rest of the path, `:name`
   * for one path segment.
   */
  paths: readonly string[];
  cacheControl: string;
  why: string;
  /** set for files served with a type that nginx's stock mime.types does not know */
  contentType?: string;
  /**
   * Named by hash and needed by pages read offline: the service worker answers them from its cache first
   * (src/browser/worker/service-worker.ts). Only immutable rules may say so.
   */
  cacheFirstOffline?: true;
}

/** The first rule whose path matches decides; what none matches gets `CACHE_CONTROL.revalidate`. */
export const CACHE_RULES: readonly CacheRule[] = [
  {
    paths: ['/_astro/*'],
    cacheControl: CACHE_CONTROL.immutable,
    why: "Astro's CSS, scripts and images, named by hash",
    cacheFirstOffline: true,
  },
  {
    paths: ['/og/berita/*'],
    cacheControl: CACHE_CONTROL.immutable,
    why: 'article share cards: the URL carries the hash of what the card shows',
  },
  {
    paths: [
      '/pagefind/fragment/*',
      '/pagefind/index/*',
      '/pagefind/filter/*',
      '/pagefind/:bundle/fragment/*',
      '/pagefind/:bundle/index/*',
      '/pagefind/:bundle/filter/*',
    ],
    cacheControl: CACHE_CONTROL.immutable,
    why: "Pagefind's index, fragment and filter files, named by hash (its entry files are revalidated)",
    cacheFirstOffline: true,
  },
  { paths: ['/terkini.json'], cacheControl: CACHE_CONTROL.latest, why: 'the newest stories for "Berita Terkini"' },
  {
    paths: ['/berita/:slug/pembaruan.json'],
    cacheControl: CACHE_CONTROL.live,
    why: "a live page's newest updates, polled by open pages (the page itself, like every page, is revalidated on each view)",
  },
  {
    paths: ['/og/situs.jpg', '/og/rubrik/*', '/favicon.svg', '/logo.png', '/ikon/*'],
    cacheControl: CACHE_CONTROL.day,
    why: "the site's and sections' share cards, the logos and the app icons",
  },
  {
    paths: ['/manifest.webmanifest'],
    cacheControl: CACHE_CONTROL.day,
    why: 'the web app manifest (name, icons, colours), read when a reader installs the site',
    contentType: 'application/manifest+json',
  },
  {
    paths: ['/sw.js'],
    cacheControl: CACHE_CONTROL.worker,
    why: 'the service worker: always asked again, so a new deploy reaches readers at their next visit',
  },
];

/** URL path patterns (regular expression sources) the service worker answers from its cache first. */
export function cacheFirstPatterns(base: string): string[] {
  const prefix = base.replace(/\/$/, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  return CACHE_RULES.filter((rule) => rule.cacheFirstOffline).flatMap((rule) =>
    rule.paths.map((p) => `^${prefix}${patternSource(p)}$`),
  );
}

/** A `_headers` path pattern as the source of a regular expression over URL paths (unanchored). */
function patternSource(pattern: string): string {
  return pattern
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/:[a-z]+/g, '[^/]+')
    .replace(/\*$/, '.*');
}

/** A `_headers` path pattern as a regular expression over URL paths. */
export function pathPattern(pattern: string): RegExp {
  return new RegExp(`^${patternSource(pattern)}$`);
}

/** The Cache-Control a path is served with (under the site's root; a sub-path deploy strips its base). */
export function cacheControlFor(urlPath: string): string {
  const rule = CACHE_RULES.find((r) => r.paths.some((p) => pathPattern(p).test(urlPath)));
  return rule?.cacheControl ?? CACHE_CONTROL.revalidate;
}

const GENERATED =
  'Generated from src/build/serving.ts by `npm run deploy-config`: edit the table there, not this file.';

/**
 * `_headers`, which Netlify and Cloudflare Pages read. They join the values of a header that two matching
 * rules set, so Cache-Control is set only by the rules above, which never overlap; everything else gets
 * the host's default, which on both is `public, max-age=0, must-revalidate`: the revalidation we want.
 */
export function headersFile(): string {
  const lines = [
    `# ${GENERATED}`,
    '# For static hosts that read a _headers file (Netlify, Cloudflare Pages). Pages, feeds, sitemaps and',
    `# Pagefind's entry files get the host's default Cache-Control, "${CACHE_CONTROL.revalidate}".`,
    '/*',
    ...SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
  ];
  for (const rule of CACHE_RULES) {
    lines.push('', `# ${rule.why}`);
    for (const path of rule.paths) {
      lines.push(path, `  Cache-Control: ${rule.cacheControl}`);
      if (rule.contentType) lines.push(`  Content-Type: ${rule.contentType}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** An nginx location for a rule's paths: exact, a prefix, or one regular expression for them all. */
function nginxLocation(paths: readonly string[]): string {
  const [only] = paths;
  if (paths.length === 1 && only !== undefined && !only.includes(':')) {
    if (!only.includes('*')) return `location = ${only}`;
    if (only.endsWith('/*') && only.indexOf('*') === only.length - 1) return `location ^~ ${only.slice(0, -1)}`;
  }
  const alternatives = paths.map(patternSource);
  return `location ~ "^(?:${alternatives.join('|')})$"`;
}

function nginxHeaders(cacheControl: string, indent: string, contentType?: string): string[] {
  // `always`: a 404 carries them too. Each location repeats them: nginx drops the server's add_header
  // lines in any location that has its own.
  return [
    // An empty types block inside the location: its one file gets the default type, not a guess.
    ...(contentType ? [`${indent}types { }`, `${indent}default_type ${contentType};`] : []),
    `${indent}add_header Cache-Control "${cacheControl}" always;`,
    ...SECURITY_HEADERS.map(([name, value]) => `${indent}add_header ${name} "${value}" always;`),
  ];
}

/**
 * A complete nginx `server { … }` block for the built site copied to /srv/warta, listening on 8080 (TLS
 * is the CDN's or proxy's in front). Include it inside `http { }` of an nginx whose http block includes
 * mime.types, as the stock nginx.conf does.
 */
export function nginxServer(): string {
  const inner = '    ';
  const lines = [
    `# ${GENERATED}`,
    '# The built site (a copy of dist/ in /srv/warta) behind a CDN or TLS proxy: include this file inside',
    '# http { } of an nginx whose http block includes mime.types (the stock nginx.conf does). docs/deploy.md.',
    'server {',
    '  listen 8080;',
    '  server_name _;',
    '  root /srv/warta;',
    '  index index.html;',
    '  charset utf-8;',
    '  server_tokens off;',
    '  # /berita/slug → 301 to /berita/slug/ with a relative Location: right behind any proxy or port.',
    '  absolute_redirect off;',
    '  # Pagefind files (.pagefind, .pf_*) are compressed by Pagefind itself, and images are: text only.',
    '  gzip on;',
    '  gzip_vary on;',
    '  gzip_comp_level 6;',
    '  gzip_min_length 512;',
    '  gzip_types text/css text/xml text/javascript application/javascript application/json application/xml application/rss+xml image/svg+xml;',
    '  default_type application/octet-stream;',
    '  error_page 404 /404.html;',
    '',
    '  # The host file for other static hosts is no page.',
    '  location = /_headers {',
    '    return 404;',
    '  }',
    '',
    "  # Pages, feeds, sitemaps, robots.txt, Pagefind's entry files.",
    '  location / {',
    ...nginxHeaders(CACHE_CONTROL.revalidate, inner),
    '  }',
  ];
  for (const rule of CACHE_RULES) {
    lines.push(
      '',
      `  # ${rule.why}`,
      `  ${nginxLocation(rule.paths)} {`,
      ...nginxHeaders(rule.cacheControl, inner, rule.contentType),
      '  }',
    );
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
