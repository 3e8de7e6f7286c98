import type { Data } from 'satteri';

/**
 * What Warta's Markdown plugins found wrong in a body. They record it in the compile's data bag (shared by
 * every plugin, returned to the caller), not on the tree: `report-issues.ts` fails the render with every
 * error at once, and the content validator lists them before any page is built.
 */
export interface MarkdownMessage {
  reason: string;
  /** 1-based line in the body, when the node had a position (raw HTML re-parsed into elements has none) */
  line?: number;
  /** an error breaks the contract and fails the build; a warning is something the desk should look at */
  fatal: boolean;
}

const MESSAGES_KEY = 'wartaMessages';

/** The plugin context's parts the reporters read: mdast and hast contexts both have them. */
interface Context {
  readonly data: Data;
}

interface Positioned {
  readonly position?: { readonly start: { readonly line: number } } | undefined;
}

export function messagesOf(data: Data): MarkdownMessage[] {
  return ((data[MESSAGES_KEY] as MarkdownMessage[] | undefined) ??= []);
}

function report(ctx: Context, node: Positioned | undefined, reason: string, fatal: boolean): void {
  const line = node?.position?.start.line;
  messagesOf(ctx.data).push(line === undefined ? { reason, fatal } : { reason, line, fatal });
}

/** Records a contract violation: the render fails, and the content check names it. */
export function reportError(ctx: Context, node: Positioned | undefined, reason: string): void {
  report(ctx, node, reason, true);
}

/** Records something the editor should look at; the page is still built. */
export function reportWarning(ctx: Context, node: Positioned | undefined, reason: string): void {
  report(ctx, node, reason, false);
}

/** The article's frontmatter as Astro hands it to plugins (`data.astro.frontmatter`). */
export function articleFrontmatter(data: Data): Record<string, unknown> {
  const astro = data.astro as { frontmatter?: Record<string, unknown> } | undefined;
  return astro?.frontmatter ?? {};
}

/** The expert ids the article declares, or undefined when the frontmatter's list is not a list. */
export function declaredExperts(data: Data): string[] | undefined {
  const experts = articleFrontmatter(data).experts;
  if (experts === undefined) return [];
  return Array.isArray(experts) ? experts.map(String) : undefined;
}
