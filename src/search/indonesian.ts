/**
 * Pagefind stems Indonesian with Snowball, which removes the prefix meN-/peN- but does not restore the
 * consonant the nasal swallowed: "mengunjungi" becomes "unjung" while "kunjungan" becomes "kunjung", so
 * the two never meet. Warta searches the restored forms too (meng-/peng- + vowel: k, meny-/peny-: s,
 * mem-/pem- + vowel: p, men-/pen- + vowel: t) and merges the results.
 */
const RESTORE: readonly [RegExp, string][] = [
  [/^[mp]eng(?=[aeiou])/, 'k'],
  [/^[mp]eny(?=[aeiou])/, 's'],
  [/^[mp]em(?=[aeiou])/, 'p'],
  [/^[mp]en(?=[aeiou])/, 't'],
];

/** The root-initial forms a prefixed word may come from: mengunjungi → kunjungi. */
export function restoredForms(word: string): string[] {
  const lower = word.toLocaleLowerCase('id');
  const forms: string[] = [];
  for (const [prefix, consonant] of RESTORE) {
    if (prefix.test(lower)) forms.push(lower.replace(prefix, consonant));
  }
  return forms;
}

/**
 * The query as typed, then versions with restored forms (each word on its own, then all together),
 * at most `max` in all. Pagefind matches all words of a query, so each version is a separate search.
 */
export function queryVariants(query: string, max = 4): string[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const variants = [words.join(' ')];
  const add = (candidate: string) => {
    if (variants.length < max && !variants.includes(candidate)) variants.push(candidate);
  };
  const alternatives = words.map(restoredForms);
  alternatives.forEach((forms, i) => {
    for (const form of forms) add(words.map((w, j) => (j === i ? form : w)).join(' '));
  });
  if (alternatives.filter((forms) => forms.length > 0).length > 1) {
    add(words.map((w, i) => alternatives[i]?.[0] ?? w).join(' '));
  }
  return variants;
}
