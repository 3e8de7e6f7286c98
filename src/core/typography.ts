/**
 * Typographic punctuation for plain text that is not Markdown (headlines, standfirsts), by the rules the
 * bodies are set with (src/markdown/smart-punctuation.ts and Sätteri's quotes): `"kata"` → “kata”,
 * `'kata'` → ‘kata’, `Jum'at` → Jum’at, `--` → —, `...` → …, and the old ``` ``kata'' ``` → “kata”.
 * Text already set typographically is left as it is.
 */
const OPENS_AFTER = /[\s([{\u2014\u2013/-]|^$/u;

export function typesetPlain(text: string): string {
  return typesetAfter(text, '');
}

/**
 * `typesetPlain` for text that follows other text (the text nodes of a rendered paragraph, one after
 * another): whether a quote opens depends on what came before it.
 */
export function typesetAfter(text: string, before: string): string {
  let out = before;
  const source = text
    .replace(/\.\.\./g, '…')
    .replace(/--/g, '—')
    .replace(/``/g, '“')
    .replace(/''/g, '”');
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    const before = out.slice(-1);
    if (char === '"') out += OPENS_AFTER.test(before) || before === '‘' ? '“' : '”';
    // An apostrophe for elided digits ('98) opens nothing.
    else if (char === "'")
      out += (OPENS_AFTER.test(before) || before === '“') && !/^\d\d(?!\d)/.test(source.slice(i + 1)) ? '‘' : '’';
    else out += char;
  }
  return out.slice(before.length);
}
