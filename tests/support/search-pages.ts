/**
 * Hand-made built pages for the search index tests: an article as Warta's pages mark it for Pagefind
 * (src/components/SearchFields.astro), so that it lands in the bundle of its year (src/search/manifest.ts).
 */
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface TestArticle {
  title: string;
  body: string;
  section: string;
  /** the published instant, UTC ISO */
  date: string;
  /** text outside the indexed part (a "related stories" block) */
  related?: string;
}

/** The year in Jakarta (UTC+7) of a UTC ISO instant. */
const jakartaYear = (iso: string) => new Date(new Date(iso).getTime() + 7 * 3_600_000).getUTCFullYear().toString();

export function articlePage(story: TestArticle): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${story.title}</title></head><body>
<nav><a href="/">Beranda</a></nav>
<article data-pagefind-body><h1>${story.title}</h1><p>${story.body}</p>
<span data-pagefind-filter="bagian[data-value]" data-value="${story.section}"></span>
<span data-pagefind-filter="tahun[data-value]" data-value="${jakartaYear(story.date)}"></span>
<span data-pagefind-filter="jenis[data-value]" data-value="berita"></span>
<span data-pagefind-meta="tanggal[data-value]" data-value="${story.date.slice(0, 10)}"></span>
<span data-pagefind-sort="tanggal[data-value]" data-value="${story.date}"></span></article>
<aside>Rekomendasi: ${story.related ?? 'tidak ada'}</aside></body></html>`;
}

/** An expert's page: in the general bundle. */
export function expertPage(name: string, bio: string): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${name}</title></head><body>
<main data-pagefind-body><h1>${name}</h1><p>${bio}</p>
<span data-pagefind-filter="jenis[data-value]" data-value="pakar"></span></main></body></html>`;
}

/** Writes a page as a build does: a new file, never through a hard link into the previous build. */
export function writePage(dir: string, rel: string, html: string): void {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  rmSync(file, { force: true });
  writeFileSync(file, html);
  // As a build wrote it a minute before: a file changed within the racy window of its stamp is read
  // again by the next index update (src/build/file-stamp.ts), which would hide what these tests count.
  const before = new Date(Date.now() - 60_000);
  utimesSync(file, before, before);
}
