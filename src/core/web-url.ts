/**
 * Characters a URL's path, query and fragment may hold as they are: RFC 3986's pchar, "/" and "?", and
 * "%" of an escape. The HTML standard takes a URL as valid only when it is (the W3C Nu checker says
 * "Illegal character in query"); the URL parser leaves some of the others as they are (`{`, `}`, `\`,
 * `|`, `[`, `]`, `^`, a second `#`).
 */
const NOT_KEPT = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/gu;

const encodePart = (part: string) =>
  part.replace(/%(?![0-9A-Fa-f]{2})/g, '%25').replace(NOT_KEPT, (c) => encodeURIComponent(c));

/**
 * An absolute URL as an href that is valid HTML and means what a browser fetches for it: the URL parser's
 * form (spaces, quotes and non-ASCII percent-encoded, the host in lower case and punycode), then every
 * character the path, query or fragment may not hold percent-encoded. Escapes already there are kept.
 */
export function validHref(value: string): string {
  const url = new URL(value);
  const tail = url.pathname + url.search + url.hash;
  const head = url.href.slice(0, url.href.length - tail.length);
  return (
    head +
    encodePart(url.pathname) +
    (url.search ? `?${encodePart(url.search.slice(1))}` : '') +
    (url.hash ? `#${encodePart(url.hash.slice(1))}` : '')
  );
}
