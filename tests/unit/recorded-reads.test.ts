/**
 * Recorded reads (src/build/recorded-reads.ts, decision 31): what a page reads is recorded while it
 * renders, and its key next time is the digest of those inputs' current values. The publish fuzzer judges
 * the whole; these pin the mechanism's rules.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  astroManifestFile,
  type InputValues,
  keyPaths,
  pathId,
  type RecordedManifest,
  readsRegistry,
  recordingReads,
  recordReads,
  renderRecorded,
} from '../../src/build/recorded-reads.ts';

/** A tiny model: what the site's is to pages. */
interface Model {
  sections: string[];
  year: number;
  related: Map<string, string[]>;
}

function valuesOf(model: Model): InputValues {
  const digest = (value: unknown) => JSON.stringify(value instanceof Map ? [...value] : (value ?? null));
  return {
    digest,
    input(name) {
      const [property, key] = name.split(':') as [keyof Model, string | undefined];
      const value = model[property];
      return digest(key === undefined ? value : value instanceof Map ? value.get(key) : undefined);
    },
  };
}

const emptyCache = () => mkdtempSync(path.join(os.tmpdir(), 'warta-reads-'));

function cacheWith(manifest: RecordedManifest): string {
  const dir = emptyCache();
  mkdirSync(dir, { recursive: true });
  writeFileSync(astroManifestFile(dir), JSON.stringify(manifest));
  return dir;
}

const page = (text: string) => async () => new Response(text, { headers: { 'Content-Type': 'text/html' } });

beforeEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('warta.recorded-reads')];
});

describe('recording what a page reads', () => {
  const model = (): Model => ({ sections: ['a'], year: 2025, related: new Map([['x', ['y']]]) });

  it('records properties and map entries by key, only for keyed routes, only while the page renders', async () => {
    const site = recordingReads(model());
    keyPaths('/berita/[slug]', [{ params: { slug: 'x' } }], valuesOf(model()), emptyCache());
    site.year; // outside any render: not recorded
    await renderRecorded(
      '/berita/[slug]',
      { slug: 'x' },
      async () => {
        site.sections;
        site.related.get('x');
        site.related.has('z');
        return new Response('ok');
      },
      async () => valuesOf(model()),
    );
    expect(readsRegistry().rendered.get(pathId('/berita/[slug]', { slug: 'x' }))?.reads).toEqual([
      'related:x',
      'related:z',
      'sections',
    ]);
    // a route without keys is rendered, not recorded
    await renderRecorded('/', {}, page('home'), async () => valuesOf(model()));
    expect(readsRegistry().rendered.size).toBe(1);
  });

  it('records a map read whole as the map, and reads made while the body streams', async () => {
    const site = recordingReads(model());
    keyPaths('/pakar/[expert]', [{ params: { expert: 'e' } }], valuesOf(model()), emptyCache());
    const response = await renderRecorded(
      '/pakar/[expert]',
      { expert: 'e' },
      async () => {
        const stream = new ReadableStream<Uint8Array>({
          async pull(controller) {
            await new Promise((resolve) => setTimeout(resolve, 5));
            controller.enqueue(new TextEncoder().encode(`${[...site.related.keys()].join()} ${site.year}`));
            controller.close();
          },
        });
        return new Response(stream, { status: 200, headers: { 'X-Test': '1' } });
      },
      async () => valuesOf(model()),
    );
    expect(await response.text()).toBe('x 2025');
    expect(response.headers.get('X-Test')).toBe('1');
    expect(readsRegistry().rendered.get(pathId('/pakar/[expert]', { expert: 'e' }))?.reads).toEqual([
      'related',
      'year',
    ]);
  });

  it('gives the same path the same id in getStaticPaths and in the middleware', () => {
    expect(pathId('/topik/[tag]/[...page]', { tag: 'a', page: undefined })).toBe(
      pathId('/topik/[tag]/[...page]', { page: undefined, tag: 'a' }),
    );
    expect(pathId('/terkini/[...page]', { page: 2 })).toBe(pathId('/terkini/[...page]', { page: '2' }));
    expect(pathId('/terkini/[...page]', { page: '2' })).not.toBe(pathId('/rubrik/[...page]', { page: '2' }));
  });
});

describe('keys from recorded reads', () => {
  const route = '/berita/[slug]';

  /** One build: keys from the last manifest, renders the paths whose key changed, records their reads. */
  async function build(cacheDir: string, model: Model, reads: Record<string, (site: Model) => void>) {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('warta.recorded-reads')];
    const values = valuesOf(model);
    const site = recordingReads(model);
    const paths = keyPaths(
      route,
      Object.keys(reads).map((slug) => ({ params: { slug }, props: { slug } })),
      values,
      `${cacheDir}`,
    );
    let previous: RecordedManifest | undefined;
    try {
      previous = JSON.parse(
        (await import('node:fs')).readFileSync(astroManifestFile(cacheDir), 'utf8'),
      ) as RecordedManifest;
    } catch {}
    const rendered: string[] = [];
    // Astro: a path is taken from the last build when its key is the one recorded
    const manifest: RecordedManifest = { routes: { [route]: { paths: {} } } };
    for (const entry of paths) {
      const pathname = `/berita/${entry.params.slug}/`;
      if (previous?.routes[route]?.paths[pathname]?.cacheKey !== entry.cacheKey) {
        rendered.push(entry.params.slug);
        await renderRecorded(
          route,
          entry.params,
          async () => {
            reads[entry.params.slug]!(site);
            return new Response('');
          },
          async () => values,
        );
      }
      manifest.routes[route]!.paths[pathname] = { cacheKey: entry.cacheKey };
    }
    return { rendered, manifest: recordReads(manifest, readsRegistry()) };
  }

  it('takes a page from the last build only while everything it read has the same value', async () => {
    const reads = {
      x: (site: Model) => void site.related.get('x'),
      y: (site: Model) => void site.sections,
    };
    const model: Model = { sections: ['a'], year: 2025, related: new Map([['x', ['y']]]) };
    let cache = emptyCache();
    const first = await build(cache, model, reads);
    expect(first.rendered).toEqual(['x', 'y']);
    cache = cacheWith(first.manifest);
    expect((await build(cache, model, reads)).rendered).toEqual([]);
    // x read related:x, y read sections: each renders again only for its own input
    const changed: Model = { ...model, related: new Map([['x', ['z']]]) };
    const third = await build(cache, changed, reads);
    expect(third.rendered).toEqual(['x']);
    cache = cacheWith(third.manifest);
    expect((await build(cache, changed, reads)).rendered).toEqual([]);
    expect((await build(cache, { ...changed, sections: ['a', 'b'] }, reads)).rendered).toEqual(['y']);
  });

  it('keys a page by the reads of its last render, when those changed', async () => {
    let readYear = false;
    const reads = { x: (site: Model) => void (readYear ? site.year : site.sections) };
    const model: Model = { sections: ['a'], year: 2025, related: new Map() };
    const first = await build(emptyCache(), model, reads);
    // the page now reads the year instead (as after a template change): rendered, then stable
    readYear = true;
    const changed = { ...model, sections: ['b'] };
    const second = await build(cacheWith(first.manifest), changed, reads);
    expect(second.rendered).toEqual(['x']);
    expect(second.manifest.routes[route]?.paths['/berita/x/']?.wartaReads).toEqual(['year']);
    const third = await build(cacheWith(second.manifest), { ...changed, sections: ['c'] }, reads);
    expect(third.rendered).toEqual([]);
    expect((await build(cacheWith(second.manifest), { ...changed, year: 2026 }, reads)).rendered).toEqual(['x']);
  });

  it('renders every path whose record was not written', async () => {
    const reads = { x: (site: Model) => void site.sections };
    const model: Model = { sections: ['a'], year: 2025, related: new Map() };
    const first = await build(emptyCache(), model, reads);
    // Astro writes its manifest afresh: without this step's records, keys cannot be matched
    const unrecorded: RecordedManifest = structuredClone(first.manifest);
    for (const entry of Object.values(unrecorded.routes[route]!.paths)) delete entry.wartaReads;
    expect((await build(cacheWith(unrecorded), model, reads)).rendered).toEqual(['x']);
  });

  it('keys a path by its props too', async () => {
    const values = valuesOf({ sections: [], year: 2025, related: new Map() });
    const [a] = keyPaths(route, [{ params: { slug: 'x' }, props: { title: 'A' } }], values, emptyCache());
    const [b] = keyPaths(route, [{ params: { slug: 'x' }, props: { title: 'B' } }], values, emptyCache());
    expect(a!.cacheKey.split('.')[1]).not.toBe(b!.cacheKey.split('.')[1]);
  });
});
