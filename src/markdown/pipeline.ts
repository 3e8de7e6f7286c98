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
   * Typographic quotes, dashes and ellipses (default true). Rendering needs them; the content check does
   * not (they cannot make an error), so it leaves them out. Astro's own `smartypants` must be off.
   */
  typography?: boolean;
};

/**
 * Warta's Markdown extensions in the order they must run. The site (astro.config.mjs), the content
 * validator and the fixture tests all take them from here, so all three read a body the same way.
 */
export function wartaRemarkPlugins(options: PipelineOptions = {}) {
  const pullQuote: [typeof remarkPullQuote, PipelineOptions] = [remarkPullQuote, options];
  // Where Astro's smartypants ran: right after parsing, before any Warta plugin.
  const typography = options.typography === false ? [] : [remarkSmartPunctuation];
  return [remarkDirective, ...typography, remarkRestoreDirectives, pullQuote, remarkQuoteAttribution, remarkBodyFacts];
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
