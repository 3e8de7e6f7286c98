/**
 * Anchor ids for attributed quotes. The expert sidebar, expert pages and shared links all point at these,
 * so the scheme is part of the public URL contract: `#kutipan-<expert-id>-<n>`, n counting that expert's
 * quotes in the article from 1.
 */
export function quoteAnchorId(expertId: string, n: number): string {
  return `kutipan-${expertId}-${n}`;
}
