/**
 * The fonts of the share images, all bundled with the project from npm (@fontsource packages, OFL-1.1).
 *
 * Fontsource ships each family split into unicode-range subsets (Noto Sans KR alone is 124 files per
 * weight), so nothing is loaded up front: for each character of a card the first family that covers it
 * is looked up in the package's `unicode.json`, and only that subset file (a `.woff`) is read and parsed.
 * The family order below is the fallback order: the headline serif, the sans of the small text, then the
 * scripts and symbols those two lack.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);

/** The fallback order of every text on a card, after the text's own family. */
export const FAMILY_PACKAGES = [
  '@fontsource/source-serif-4', // headlines: the site's own serif (Latin, Vietnamese, Greek, Cyrillic)
  '@fontsource/noto-sans', // labels and dates (adds Devanagari, Greek Extended)
  '@fontsource/noto-sans-kr', // Hangul, plus the common Hanja and kana
  '@fontsource/noto-sans-thai',
  '@fontsource/noto-sans-arabic',
  '@fontsource/noto-sans-hebrew',
  '@fontsource/noto-sans-symbols', // arrows, dingbats, enclosed alphanumerics
  '@fontsource/noto-sans-symbols-2', // stars, check marks, geometric shapes, card suits
  '@fontsource/noto-sans-math', // ≠ ≤ ≥ ∞ √ and mathematical letters
] as const;

export const SERIF = '@fontsource/source-serif-4';
export const SANS = '@fontsource/noto-sans';

/** Families with at most this many subset files are searched whole, whatever their unicode ranges say. */
const SMALL_FAMILY = 12;

interface Subset {
  /** the key in unicode.json: `latin-ext`, or `[37]` for the numbered CJK slices */
  key: string;
  /** how the key appears in the file names: `latin-ext`, `37` */
  stem: string;
  ranges: Array<[number, number]>;
}

/** One subset file of one family at one weight, as the renderer gets it and as the glyph check reads it. */
export interface LoadedFont {
  /** unique per family and subset (weights of it share the name), so that the renderer falls back across subsets */
  name: string;
  weight: number;
  data: Buffer;
  font: fontkit.Font;
  family: FontFamily;
  /** position in the global fallback order: family, then subset */
  rank: number;
  has(codePoint: number): boolean;
}

function parseRanges(value: string): Array<[number, number]> {
  return value.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = Number.parseInt(from ?? '', 16);
    const end = to === undefined ? start : Number.parseInt(to, 16);
    if (!Number.isFinite(start) || !Number.isFinite(end)) throw new Error(`Bad unicode-range "${part}"`);
    return [start, end];
  });
}

/** The folder of an installed package (found from its entry point when its exports hide package.json). */
function packageDir(pkg: string): string {
  try {
    return path.dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    let dir = path.dirname(require.resolve(pkg));
    for (;;) {
      const manifest = path.join(dir, 'package.json');
      if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === pkg)
        return dir;
      const parent = path.dirname(dir);
      if (parent === dir) throw new Error(`Cannot find the folder of ${pkg}`);
      dir = parent;
    }
  }
}

export class FontFamily {
  readonly pkg: string;
  readonly dir: string;
  readonly id: string;
  readonly family: string;
  readonly version: string;
  readonly weights: number[];
  readonly subsets: Subset[];
  readonly index: number;
  private readonly loaded = new Map<string, LoadedFont>();

  constructor(pkg: string, index: number) {
    this.pkg = pkg;
    this.index = index;
    this.dir = packageDir(pkg);
    const meta = JSON.parse(readFileSync(path.join(this.dir, 'metadata.json'), 'utf8')) as {
      id: string;
      family: string;
      weights: number[];
    };
    const manifest = JSON.parse(readFileSync(path.join(this.dir, 'package.json'), 'utf8')) as { version: string };
    const unicode = JSON.parse(readFileSync(path.join(this.dir, 'unicode.json'), 'utf8')) as Record<string, string>;
    this.id = meta.id;
    this.family = meta.family;
    this.weights = [...meta.weights].sort((a, b) => a - b);
    this.version = manifest.version;
    this.subsets = Object.entries(unicode).map(([key, ranges]) => ({
      key,
      stem: key.replace(/^\[(\d+)\]$/, '$1'),
      ranges: parseRanges(ranges),
    }));
  }

  /** The weight this family draws a requested weight with (CSS matching, simplified: the nearest, heavier on ties). */
  nearestWeight(weight: number): number {
    let best = this.weights[0] ?? 400;
    for (const w of this.weights) {
      if (
        Math.abs(w - weight) < Math.abs(best - weight) ||
        (Math.abs(w - weight) === Math.abs(best - weight) && w > best)
      )
        best = w;
    }
    return best;
  }

  /**
   * The subsets that may have the code point: those whose unicode-range lists it (a few code points, e.g.
   * combining marks, are in several), then, for a family of few files, the others too: unicode.json is
   * not always the whole truth (Noto Sans Math's only file, "latin", holds the whole font).
   */
  candidates(codePoint: number): Subset[] {
    const listed = this.subsets.filter((s) => s.ranges.some(([a, b]) => codePoint >= a && codePoint <= b));
    if (this.subsets.length > SMALL_FAMILY) return listed;
    return [...listed, ...this.subsets.filter((s) => !listed.includes(s))];
  }

  /** Reads and parses one subset file at the weight nearest the one asked for; cached for the process. */
  load(subset: Subset, weight: number): LoadedFont {
    const w = this.nearestWeight(weight);
    const cacheKey = `${subset.key}@${w}`;
    const cached = this.loaded.get(cacheKey);
    if (cached) return cached;
    const file = path.join(this.dir, 'files', `${this.id}-${subset.stem}-${w}-normal.woff`);
    const data = readFileSync(file);
    const parsed = fontkit.create(data);
    if (!('hasGlyphForCodePoint' in parsed)) throw new Error(`${file} is a font collection, not a font`);
    const font = parsed;
    const subsetIndex = this.subsets.indexOf(subset);
    const hasCache = new Map<number, boolean>();
    const loaded: LoadedFont = {
      name: `${this.family} ${subset.key}`,
      weight: w,
      data,
      font,
      family: this,
      rank: this.index * 1000 + subsetIndex,
      has(codePoint) {
        let value = hasCache.get(codePoint);
        if (value === undefined) {
          value = font.hasGlyphForCodePoint(codePoint);
          hasCache.set(codePoint, value);
        }
        return value;
      },
    };
    this.loaded.set(cacheKey, loaded);
    return loaded;
  }

  /** The first subset file of this family, at this weight, that has a glyph for the code point. */
  fontFor(codePoint: number, weight: number): LoadedFont | undefined {
    for (const subset of this.candidates(codePoint)) {
      const font = this.load(subset, weight);
      if (font.has(codePoint)) return font;
    }
    return undefined;
  }
}

let families: FontFamily[] | undefined;

/** Every bundled family, in fallback order. */
export function fontFamilies(): FontFamily[] {
  return (families ??= FAMILY_PACKAGES.map((pkg, i) => new FontFamily(pkg, i)));
}

export function family(pkg: string): FontFamily {
  const found = fontFamilies().find((f) => f.pkg === pkg);
  if (!found) throw new Error(`Unknown font package ${pkg}`);
  return found;
}

/** `name@version` of every bundled font package: part of the share-image cache key. */
export function fontVersions(): string[] {
  return fontFamilies().map((f) => `${f.pkg}@${f.version}`);
}

/** The version of an installed package, read from its package.json. */
export function packageVersion(pkg: string): string {
  const manifest = JSON.parse(readFileSync(path.join(packageDir(pkg), 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

export function packagePath(pkg: string): string {
  return packageDir(pkg);
}
