/**
 * What the incremental search index must know about a built HTML page without indexing it: whether it
 * marks a `data-pagefind-body` (once one page does, Pagefind skips every page that does not), its
 * `<html lang>` (Pagefind builds one index per language), its `data-pagefind-sort` values (to place
 * the pages of the small bundle among the archive's in date order) and its `data-pagefind-filter` values
 * (which shard of the index holds it). It follows Pagefind 1.6's parser
 * (pagefind/src/fossick/parser.rs) for the forms Warta uses: `key[attribute]` and `key:value`, a comma
 * list of them, the last value of a key winning. A sort taken from an element's text is not read here;
 * such a page is reported as `unreadable` and the caller rebuilds the whole index instead of guessing.
 * The archive's own order proves the reading: search-index.ts checks it against Pagefind's sort lists.
 */
import { decodeEntities } from '../search/excerpt.ts';

export interface PageFacts {
  body: boolean;
  /** lower-cased `<html lang>`, or null */
  lang: string | null;
  sort: Record<string, string>;
  /** filter values by key, in the page's order */
  filters: Record<string, string[]>;
  /** a sort value this reader cannot take from the markup */
  unreadable: boolean;
}

// Comments and raw-text elements are skipped whole; a start tag's attributes may hold quoted `>`.
const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?(?:<\/\1\s*>|$)|<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ATTRIBUTE_REFERENCE = /^(?<name>[^[\]]+)\[(?<attribute>[^\]]+)\]$/;

const normalize = (value: string) => value.trim().replace(/\s+/g, ' ');

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    if (!found.has(name)) found.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return found;
}

/** Pagefind's parse_attr_string + get_attribute_pair, without the element-text case. */
function attributePairs(spec: string, attrs: Map<string, string>): [string, string][] | null {
  const colon = spec.indexOf(':');
  const head = colon >= 0 ? spec.slice(0, colon) : spec;
  const chunks = head.split(',').map((chunk) => {
    const trimmed = chunk.trim();
    const ref = ATTRIBUTE_REFERENCE.exec(trimmed);
    return ref ? `${ref.groups!.name}:${attrs.get(ref.groups!.attribute!.toLowerCase()) ?? ''}` : trimmed;
  });
  if (colon >= 0 && chunks.length > 0) chunks[chunks.length - 1] += spec.slice(colon);
  const pairs: [string, string][] = [];
  for (const chunk of chunks) {
    const split = chunk.indexOf(':');
    if (split < 0) return null;
    pairs.push([chunk.slice(0, split), normalize(chunk.slice(split + 1))]);
  }
  return pairs;
}

export function pageFacts(html: string): PageFacts {
  const facts: PageFacts = { body: false, lang: null, sort: {}, filters: {}, unreadable: false };
  const marked = html.includes('data-pagefind-');
  let sawHtml = false;
  for (const match of html.matchAll(TOKEN)) {
    if (sawHtml && !marked) break;
    const tag = match[2];
    if (!tag) continue;
    const source = match[3] ?? '';
    const name = tag.toLowerCase();
    if (name === 'html' && !sawHtml) {
      sawHtml = true;
      const lang = attributes(source).get('lang');
      facts.lang = lang ? lang.toLowerCase() : null;
      continue;
    }
    if (!source.includes('data-pagefind-')) continue;
    const attrs = attributes(source);
    if (attrs.has('data-pagefind-body')) facts.body = true;
    const filter = attrs.get('data-pagefind-filter');
    if (filter !== undefined)
      for (const [key, value] of attributePairs(filter, attrs) ?? []) (facts.filters[key] ??= []).push(value);
    const sort = attrs.get('data-pagefind-sort');
    if (sort === undefined) continue;
    const pairs = attributePairs(sort, attrs);
    if (!pairs) facts.unreadable = true;
    else for (const [key, value] of pairs) facts.sort[key] = value;
  }
  return facts;
}

/** Pagefind's comparison of sort values: numbers (as f32) when every value of the key is one, else bytes. */
export type SortType = 'number' | 'string';

const INTEGER = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function sortNumber(value: string): number | null {
  if (INTEGER.test(value)) {
    const n = Number(value);
    return n >= -(2 ** 31) && n < 2 ** 31 ? Math.fround(n) : null;
  }
  return FLOAT.test(value) ? Math.fround(Number(value)) : null;
}

export function sortType(values: Iterable<string>): SortType {
  for (const value of values) if (sortNumber(value) === null) return 'string';
  return 'number';
}

export function compareSort(type: SortType): (a: string, b: string) => number {
  if (type === 'number') return (a, b) => sortNumber(a)! - sortNumber(b)!;
  return (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));
}
