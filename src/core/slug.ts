/**
 * The URL slug of free text such as a tag ("Energi & Iklim" → "energi-dan-iklim"). Letters of any script
 * are kept, so a Korean or Arabic tag still gets a readable page; accents on Latin letters are dropped.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .toLocaleLowerCase('id')
    .replace(/&/g, ' dan ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
