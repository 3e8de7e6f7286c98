/** Text made safe for HTML text and double-quoted attribute values: `&`, `<`, `>` and `"` as entities. */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
}

/**
 * The `href`s of a page's `<link>`s of the given `rel`s (`stylesheet`, `icon`), in page order, as written
 * (entities left): what the worker keeps with a page, the offline page's shell, the CMS preview's styles.
 */
export function linkedHrefs(html: string, rels: readonly string[]): string[] {
  return [...html.matchAll(/<link\b[^>]*>/g)].flatMap((link) => {
    const rel = /\brel="([^"]*)"/.exec(link[0])?.[1]?.split(/\s+/) ?? [];
    const href = /\bhref="([^"]+)"/.exec(link[0])?.[1];
    return href && rel.some((r) => rels.includes(r)) ? [href] : [];
  });
}
