import type { Features, HastPluginList, MdastPluginList } from 'satteri';
import { recordBodyFacts } from './body-facts.ts';
import { footnoteLabels } from './footnote-labels.ts';
import { headingAnchors } from './heading-anchors.ts';
import { liveUpdates } from './live-updates.ts';
import { type PullQuoteOptions, pullQuote } from './pull-quote.ts';
import { quoteAttribution } from './quote-attribution.ts';
import { quoteShare } from './quote-share.ts';
import { type ReportOptions, reportIssues } from './report-issues.ts';
import { restoreDirectives } from './restore-directives.ts';
import { sanitize } from './sanitize.ts';
import { SMART_PUNCTUATION_FEATURE, smartPunctuation } from './smart-punctuation.ts';
import { unclosedRawText } from './unclosed-raw-text.ts';

export type PipelineOptions = PullQuoteOptions &
  ReportOptions & {
    /** A digest of the plugins' sources; unused by the plugins, it makes Astro's content cache see code changes. */
    digest?: string;
  };

export interface WartaMarkdown {
  features: Features;
  mdastPlugins: MdastPluginList;
  hastPlugins: HastPluginList;
}

/**
 * Sätteri's parser features: GFM, directives (`:quote`, `:::pullquote`), typographic punctuation, and raw
 * HTML parsed into elements so that the sanitiser sees pasted HTML as elements, not as opaque strings.
 */
const FEATURES: Features = { gfm: true, directive: true, smartPunctuation: SMART_PUNCTUATION_FEATURE, rawHtml: true };

/**
 * The plugins that read the contract: what the content check runs (with `CHECK_FEATURES`: raw HTML stays
 * text, typography is left alone), and what rendering starts with.
 */
export const CHECK_FEATURES: Features = { gfm: true, directive: true };

export function contractPlugins(options: PipelineOptions): MdastPluginList {
  return [restoreDirectives, pullQuote(options), quoteAttribution(), liveUpdates];
}

/**
 * Warta's Markdown extensions in the order they must run. The site (astro.config.mjs), the content
 * validator and the fixture tests all take them from here, so all three read a body the same way.
 */
export function wartaMarkdown(options: PipelineOptions = {}): WartaMarkdown {
  return {
    features: FEATURES,
    mdastPlugins: [smartPunctuation, ...contractPlugins(options), recordBodyFacts, unclosedRawText],
    // Astro appends its own heading ids after these; h2–h4 already have theirs.
    hastPlugins: [
      sanitize,
      footnoteLabels,
      headingAnchors(),
      quoteShare(options),
      Object.assign(reportIssues(options), { digest: options.digest }),
    ],
  };
}
