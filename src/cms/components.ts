/**
 * The body's own syntax as editor components (content-format "Article body", "Live coverage"): how each
 * block is recognised in the Markdown, read into its fields and written back. Pure, so the round trip is
 * tested on every block of the default content (tests/unit/cms-components.test.ts); the CMS adds labels,
 * field widgets and previews (src/cms/admin.ts).
 */

export type Fields = Record<string, unknown>;

export interface BlockSyntax {
  id: 'warta-quote' | 'warta-pullquote' | 'warta-update';
  /** matched per line (`^`/`$` are lines: Sveltia runs it over the whole body) */
  pattern: string;
  fromBlock: (match: RegExpMatchArray) => Fields;
  toBlock: (fields: Fields) => string;
}

const text = (value: unknown) => String(value ?? '');

export const QUOTE: BlockSyntax = {
  id: 'warta-quote',
  // A paragraph that is one quotation said by an expert: "…," katanya.
  pattern: '^":quote\\[([^\\]\\n]+)\\]\\{expert="([a-z0-9-]+)"\\}(?:," ([^\\n]+)|")$',
  fromBlock: (m) => ({ text: m[1], expert: m[2], said: m[3] ?? '' }),
  toBlock: (d) =>
    `":quote[${text(d.text).replace(/[\]\n]/g, ' ')}]{expert="${text(d.expert)}"}${d.said ? `," ${text(d.said)}` : '"'}`,
};

export const PULLQUOTE: BlockSyntax = {
  id: 'warta-pullquote',
  pattern: '^:::pullquote(?:\\{expert="([a-z0-9-]+)"\\})?\\n([\\s\\S]*?)\\n:::$',
  fromBlock: (m) => ({ expert: m[1] ?? '', text: m[2] }),
  toBlock: (d) => `:::pullquote${d.expert ? `{expert="${text(d.expert)}"}` : ''}\n${text(d.text)}\n:::`,
};

export const UPDATE: BlockSyntax = {
  id: 'warta-update',
  pattern: '^:::update\\{time="([^"\\n]+)"((?: (?:key|pinned))*)\\}\\n([\\s\\S]*?)\\n:::$',
  fromBlock: (m) => ({
    time: m[1],
    key: / key/.test(m[2] ?? ''),
    pinned: / pinned/.test(m[2] ?? ''),
    // The flags in the order written, so that an untouched update is written back as it was.
    flags: (m[2] ?? '').trim(),
    text: m[3],
  }),
  toBlock: (d) => {
    const wanted = [d.pinned ? 'pinned' : '', d.key ? 'key' : ''].filter(Boolean);
    const written = text(d.flags).split(' ').filter(Boolean);
    const flags =
      wanted.length === written.length && wanted.every((f) => written.includes(f)) ? written : wanted.reverse();
    return `:::update{time="${text(d.time)}"${flags.map((f) => ` ${f}`).join('')}}\n${text(d.text)}\n:::`;
  },
};

export const BLOCKS: readonly BlockSyntax[] = [QUOTE, PULLQUOTE, UPDATE];
