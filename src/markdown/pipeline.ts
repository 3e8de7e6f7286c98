import rehypeRaw from 'rehype-raw';
import remarkDirective from 'remark-directive';
import { rehypeHeadingAnchors } from './rehype-heading-anchors.ts';
import { rehypeQuoteShare } from './rehype-quote-share.ts';
import { rehypeReportIssues, type ReportOptions } from './rehype-report-issues.ts';
import { rehypeSanitize } from './rehype-sanitize.ts';
import { rehypeUnclosedRawText } from './rehype-unclosed-raw-text.ts';
import { remarkBodyFacts } from './remark-body-facts.ts';
import { remarkPullQuote, type PullQuoteOptions } from './remark-pull-quote.ts';
import { remarkQuoteAttribution } from './remark-quote-attribution.ts';
import { remarkRestoreDirectives } from './remark-restore-directives.ts';
import { remarkSmartPunctuation } from './remark-smart-punctuation.ts';

export type PipelineOptions = PullQuoteOptions & {
  /** A digest of the plugins' sources; unused by the plugins, it makes Astro's content cache see code changes. */
  digest?: string;
  /**
   * Whether the body is being rendered (default true). Only a render needs the typographic quotes, dashes
   * and ellipses (Astro's own `smartypants` must be off) and the body facts the site model reads; the
   * content check, which only wants errors, leaves both out.
   */
  rendering?: boolean;
};

/**
 * Warta's Markdown extensions in the order they must run. The site (astro.config.mjs), the content
 * validator and the fixture tests all take them from here, so all three read a body the same way.
 */
export function wartaRemarkPlugins(options: PipelineOptions = {}) {
  const pullQuote: [typeof remarkPullQuote, PipelineOptions] = [remarkPullQuote, options];
  const contract = [remarkRestoreDirectives, pullQuote, remarkQuoteAttribution];
  if (options.rendering === false) return [remarkDirective, ...contract];
  // Typography where Astro's smartypants ran (right after parsing); the body facts last.
  return [remarkDirective, remarkSmartPunctuation, ...contract, remarkBodyFacts];
}

/**
 * Astro parses raw HTML only after the user's rehype plugins; rehype-raw runs first here so that the
 * sanitiser sees pasted HTML as elements, not as opaque strings. Before it, an unclosed <script>, <iframe>
 * and the like is cut off, or it would swallow the rest of the article.
 */
export function wartaRehypePlugins(options: ReportOptions & PipelineOptions = {}) {
  const report: [typeof rehypeReportIssues, ReportOptions] = [rehypeReportIssues, options];
  const quoteShare: [typeof rehypeQuoteShare, PipelineOptions] = [rehypeQuoteShare, options];
  return [rehypeUnclosedRawText, rehypeRaw, rehypeSanitize, rehypeHeadingAnchors, quoteShare, report];
}
