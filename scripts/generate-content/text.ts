/** Small text helpers of the generator: capitals, slugs, numbers, YAML strings. */

/** The first letter upper-cased. */
export function cap(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

const SMALL_WORDS = new Set([
  'di',
  'ke',
  'dari',
  'dan',
  'yang',
  'untuk',
  'atas',
  'dengan',
  'pada',
  'dalam',
  'oleh',
  'atau',
  'bagi',
  'karena',
  'tentang',
  'per',
  'sebagai',
  'hingga',
]);

/** Indonesian headline case: every word capitalised except short function words. */
export function titleCase(s: string): string {
  return s
    .split(' ')
    .map((w, i) =>
      i > 0 && SMALL_WORDS.has(w)
        ? w
        : w.replace(/^(["'(]?)(\p{Ll})/u, (_, pre: string, ch: string) => pre + ch.toUpperCase()),
    )
    .join(' ');
}

/** Lower-case ASCII words joined by "-" (the id/slug pattern of the content contract). */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** 1234567 → "1.234.567" (Indonesian thousands separator), independent of the machine's ICU data. */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function countWords(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** JSON strings are valid double-quoted YAML scalars. */
export function yamlString(s: string): string {
  return JSON.stringify(s);
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
