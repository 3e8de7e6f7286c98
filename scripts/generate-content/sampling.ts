/**
 * How the generator draws: an independent seeded stream per purpose, and Zipf-distributed picks so that a
 * few words, topics, tags and experts are common and most are rare. The numbers come from the shared
 * seeded generator, scripts/random.ts.
 */
import { hash32, Random } from '../random.ts';

/** An independent stream per purpose (and per article), so one part does not shift another. */
export function stream(seed: string, label: string): Random {
  return new Random(hash32(`${seed}\u001f${label}`));
}

/** Picks items with probability ∝ 1/(rank + q)^s (Zipf–Mandelbrot): a few are common, most are rare. */
export class Zipf<T> {
  private readonly items: readonly T[];
  private readonly cum: Float64Array;
  private readonly total: number;

  constructor(items: readonly T[], s = 1, q = 0) {
    if (items.length === 0) throw new Error('Zipf: no items');
    this.items = items;
    this.cum = new Float64Array(items.length);
    let total = 0;
    for (let i = 0; i < items.length; i++) {
      total += 1 / (i + 1 + q) ** s;
      this.cum[i] = total;
    }
    this.total = total;
  }

  sample(r: Random): T {
    const x = r.next() * this.total;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }

  /** up to n different items */
  distinct(r: Random, n: number, key: (item: T) => unknown = (item) => item): T[] {
    const out: T[] = [];
    const seen = new Set<unknown>();
    for (let tries = 0; out.length < n && tries < n * 8; tries++) {
      const item = this.sample(r);
      const k = key(item);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(item);
    }
    return out;
  }
}
