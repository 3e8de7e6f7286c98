/**
 * Reading a Pagefind 1.6 bundle from Node: the parts the incremental search index needs to know about the
 * pages it holds. Pagefind writes its files gzip-compressed after a `pagefind_dcd` signature; the metadata
 * file (`pagefind.<lang>_<hash>.pf_meta`) is CBOR: `[version, pages, index chunks, filters, sorts, meta
 * fields]`, each page `[id, word count, fragment group]`, each sort `[key, page numbers in ascending order]`
 * (pagefind/src/index/index_metadata.rs). A result's `id` in the browser is the page's id (pagefind.js:
 * `id: result.p`), which is also the fragment's file name, unless the page's fragment lives in a group file
 * (`--max-fragments`), a JSON object keyed by page id.
 */
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/** The payload of a Pagefind file: gunzipped when needed, signature removed. */
export function decompress(data: Uint8Array): Buffer {
  let buffer = Buffer.from(data);
  if (buffer.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) buffer = gunzipSync(buffer);
  if (buffer.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE)
    throw new Error('not a Pagefind file (no pagefind_dcd signature)');
  return buffer.subarray(SIGNATURE.length);
}

type Cbor = number | string | boolean | null | Uint8Array | Cbor[] | { [key: string]: Cbor };

/** A minimal CBOR decoder: what minicbor writes for Pagefind's metadata (no tags, no floats). */
export function decodeCbor(data: Uint8Array): Cbor {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const text = new TextDecoder();
  let pos = 0;
  /** Reads `bytes` bytes at the current position and moves past them. */
  const take = <T>(bytes: number, read: (at: number) => T): T => {
    const at = pos;
    pos += bytes;
    return read(at);
  };
  const length = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return view.getUint8(pos++);
    if (info === 25) return take(2, (at) => view.getUint16(at));
    if (info === 26) return take(4, (at) => view.getUint32(at));
    if (info === 27) return take(8, (at) => Number(view.getBigUint64(at)));
    if (info === 31) return -1;
    throw new Error(`CBOR: unsupported length ${info}`);
  };
  const item = (): Cbor => {
    if (pos >= data.length) throw new Error('CBOR: unexpected end');
    const initial = view.getUint8(pos++);
    const major = initial >> 5;
    const info = initial & 31;
    switch (major) {
      case 0:
        return length(info);
      case 1:
        return -1 - length(info);
      case 2:
      case 3: {
        const n = length(info);
        if (n < 0) throw new Error('CBOR: indefinite strings are not supported');
        const bytes = take(n, (at) => data.subarray(at, at + n));
        return major === 2 ? bytes : text.decode(bytes);
      }
      case 4: {
        const n = length(info);
        const list: Cbor[] = [];
        if (n < 0) {
          while (view.getUint8(pos) !== 0xff) list.push(item());
          pos++;
        } else {
          for (let i = 0; i < n; i++) list.push(item());
        }
        return list;
      }
      case 5: {
        const n = length(info);
        if (n < 0) throw new Error('CBOR: indefinite maps are not supported');
        const map: { [key: string]: Cbor } = {};
        for (let i = 0; i < n; i++) {
          const key = item();
          map[String(key)] = item();
        }
        return map;
      }
      case 7:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22) return null;
        throw new Error(`CBOR: unsupported simple value ${info}`);
      default:
        throw new Error(`CBOR: unsupported major type ${major}`);
    }
  };
  return item();
}

export interface BundleMeta {
  version: string;
  /** in page-number order */
  pages: { id: string; group: string }[];
  /** sort key → page numbers, ascending by value */
  sorts: Record<string, number[]>;
}

export function readMeta(file: Uint8Array): BundleMeta {
  const meta = decodeCbor(decompress(file));
  if (!Array.isArray(meta) || typeof meta[0] !== 'string' || !Array.isArray(meta[1]) || !Array.isArray(meta[4])) {
    throw new Error('unexpected Pagefind metadata layout');
  }
  const pages = meta[1].map((page) => {
    if (!Array.isArray(page) || typeof page[0] !== 'string') throw new Error('unexpected Pagefind page entry');
    return { id: page[0], group: typeof page[2] === 'string' ? page[2] : '' };
  });
  const sorts: Record<string, number[]> = {};
  for (const sort of meta[4]) {
    if (!Array.isArray(sort) || typeof sort[0] !== 'string' || !Array.isArray(sort[1]))
      throw new Error('unexpected Pagefind sort entry');
    sorts[sort[0]] = sort[1].map(Number);
  }
  return { version: meta[0], pages, sorts };
}

export interface Fragment {
  url: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

export interface BundleEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/**
 * The pages of a bundle: for each page id its fragment (the JSON text, parsed) in page-number order.
 * `read` returns a file of the bundle by its path inside it.
 */
export async function readPages(read: (file: string) => Promise<Uint8Array>): Promise<{
  entry: BundleEntry;
  meta: BundleMeta | null;
  language: string | null;
  fragments: Map<string, { text: string; fragment: Fragment }>;
}> {
  const entry = JSON.parse(Buffer.from(await read('pagefind-entry.json')).toString('utf8')) as BundleEntry;
  const languages = Object.entries(entry.languages);
  const fragments = new Map<string, { text: string; fragment: Fragment }>();
  if (languages.length !== 1) return { entry, meta: null, language: null, fragments };
  const [language, { hash }] = languages[0]!;
  const meta = readMeta(await read(`pagefind.${hash}.pf_meta`));
  const groups = new Map<string, Record<string, unknown>>();
  for (const page of meta.pages) {
    let text: string;
    if (page.group) {
      let group = groups.get(page.group);
      if (!group) {
        group = JSON.parse(decompress(await read(`fragment/${page.group}.pf_fragment`)).toString('utf8')) as Record<
          string,
          unknown
        >;
        groups.set(page.group, group);
      }
      text = JSON.stringify(group[page.id]);
    } else {
      text = JSON.stringify(JSON.parse(decompress(await read(`fragment/${page.id}.pf_fragment`)).toString('utf8')));
    }
    fragments.set(page.id, { text, fragment: JSON.parse(text) as Fragment });
  }
  return { entry, meta, language, fragments };
}
