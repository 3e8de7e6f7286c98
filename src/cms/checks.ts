/**
 * Checks the CMS runs before it saves an article (src/cms/admin.ts), for what its fields cannot express:
 * the build checks the same (src/markdown/quote-attribution.ts, pull-quote.ts) and stays the final word.
 */

/** The expert ids that quotes and pull-quotes of a body name, in order, once each. */
export function quotedExperts(body: string): string[] {
  const ids = [...body.matchAll(/(?::quote\[[^\]\n]*\]|:{3,}pullquote)\{[^}\n]*\bexpert="([^"\n]*)"/g)].map(
    (m) => m[1] ?? '',
  );
  return [...new Set(ids)];
}

/** Ids quoted in the body that the article's `experts` do not list. */
export function unlistedExperts(body: string, experts: readonly string[]): string[] {
  return quotedExperts(body).filter((id) => !experts.includes(id));
}
