import { defineMdastPlugin } from 'satteri';

/**
 * Typographic quotes, dashes and ellipses: `"kata"` → “kata”, `--` → —, `...` → …
 *
 * Sätteri sets the quotes and ellipses as it parses (its `smartPunctuation` feature, which pairs quotes
 * across emphasis and links as SmartyPants does). Two rules of SmartyPants' defaults, which Warta's copy
 * has always been set with, it does differently or not at all: `--` is an em dash (Sätteri's would be an
 * en dash), and ``` ``quoted'' ``` in the old typewriter style becomes “quoted”. This plugin applies those
 * two, to text only (never code), and only where the source has them at all.
 */
export const SMART_PUNCTUATION_FEATURE = { quotes: true, ellipses: true, dashes: false } as const;

const MAY_CHANGE = /--|``|''/;
const RUNS = /-+|`+|'+/g;

function typeset(text: string): string {
  return text.replace(RUNS, (run) => (run === '--' ? '—' : run === '``' ? '“' : run === "''" ? '”' : run));
}

export const smartPunctuation = (factory: { source: string }) =>
  MAY_CHANGE.test(factory.source) &&
  defineMdastPlugin({
    name: 'warta-smart-punctuation',
    text(node) {
      if (!MAY_CHANGE.test(node.value)) return undefined;
      const value = typeset(node.value);
      return value === node.value ? undefined : { type: 'text', value };
    },
  });
