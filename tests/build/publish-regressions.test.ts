/**
 * Every publish that was found to differ from a cold build, kept as a named case (issue 26): each is a
 * short sequence of changes on the fuzzer's corpus, published incrementally and compared with a cold
 * build after every step (tests/build/publish-fuzz/). A case names the change a newsroom made, and its
 * comment says what went wrong before the fix.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeKind } from './publish-fuzz/changes.ts';
import { applyAndPublish, replaySequence } from './publish-fuzz/fuzz.ts';
import { type Base, prepareBase, startRun, type Workspace } from './publish-fuzz/workspace.ts';

const work = path.join(os.tmpdir(), 'warta-publish-regressions');
let base: Base;
beforeAll(async () => {
  base = await prepareBase(work);
}, 10 * 60_000);
afterAll(() => {
  if (!process.env.WARTA_KEEP_FUZZ) rmSync(work, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 });
}, 5 * 60_000);

const articles = (ws: Workspace) =>
  readdirSync(path.join(ws.content, 'articles'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({
      file: path.join(ws.content, 'articles', f),
      text: readFileSync(path.join(ws.content, 'articles', f), 'utf8'),
    }));

const tagsOf = (text: string) =>
  (/^tags: \[(.*)\]$/m.exec(text)?.[1] ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

/** A change written for a case: what it does is in its name. */
const change = (name: string, apply: (ws: Workspace) => string | undefined): ChangeKind => ({
  name,
  apply: (ws) => {
    const done = apply(ws);
    expect(done, `${name}: the corpus has nothing to apply it to`).toBeDefined();
    return done;
  },
});

interface Case {
  name: string;
  steps: (ChangeKind | string)[];
}

const CASES: Case[] = [
  {
    // The first publish left berita/<slug>/ and topik/<tag>/ behind as empty folders (their pages were
    // unlinked, the folders not), which a server answers with 403, not 404; only the next publish's
    // fresh staging folder dropped them. Found by hand (issue 26); the old equality test compared only
    // after its last step and saw files, not folders.
    name: 'an article deleted with a tag only it carried: its page and the tag page go in that publish',
    steps: [
      change('delete an article with a tag of its own', (ws) => {
        const all = articles(ws);
        const count = new Map<string, number>();
        for (const a of all) for (const t of tagsOf(a.text)) count.set(t, (count.get(t) ?? 0) + 1);
        const victim = all.find((a) => tagsOf(a.text).some((t) => count.get(t) === 1));
        if (!victim) return undefined;
        rmSync(victim.file);
        return `deleted ${path.basename(victim.file)}`;
      }),
    ],
  },
  {
    // The same empty folders after a draft (found by the fuzzer, seed 2).
    name: 'an article drafted',
    steps: ['article.draft(659,310,515)'],
  },
];

describe('a publish equals a cold build after', () => {
  for (const { name, steps } of CASES)
    it(name, { timeout: 10 * 60_000 }, async () => {
      const ws = startRun(base);
      for (const step of steps)
        if (typeof step === 'string') await replaySequence(ws, [step]);
        else await applyAndPublish(ws, step, []);
      expect(ws.history.length).toBe(steps.length);
    });
});
