/**
 * The XSS payloads where the contract wants an id, a link or a file path: refused with a clear error,
 * never passed on. (In text fields they are accepted and shown as text: tests/e2e/hostile.spec.ts.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/content/validate.ts';
import { expectClearError } from '../support/clear-error.ts';
import { article, frontmatter, writeContent } from '../support/malformed.ts';
import { XSS_PAYLOADS } from '../support/payloads.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'warta-payload-fields-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const yamlText = (value: string) =>
  JSON.stringify(value).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);

describe('payloads in id, link and path fields', () => {
  XSS_PAYLOADS.forEach((payload, i) => {
    it(`${JSON.stringify(payload)} is refused as section, expert id, source URL, expert URL and picture`, () => {
      const dir = path.join(work, String(i));
      const file = 'articles/uji/muatan.md';
      const fm = frontmatter({
        section: yamlText(payload),
        experts: `[${yamlText(payload)}]`,
        source: `{ name: "X", url: ${yamlText(payload)} }`,
        image: `{ src: ${yamlText(payload)}, alt: "x" }`,
      });
      writeContent(dir, [
        {
          name: 'muatan',
          what: '',
          expect: [],
          files: {
            [file]: article(fm),
            'experts/pakar-muatan.yaml': `name: X\nrole: Y\naffiliation: Z\nurl: ${yamlText(payload)}\n`,
          },
        },
      ]);
      const { errors } = validateContent(dir, dir);
      const field = (name: string) => errors.filter((e) => e.startsWith(`${name}: `) || e.includes(`: ${name}: `));
      expect(field('section'), errors.join('\n')).toHaveLength(1);
      expect(field('experts[0]')).toHaveLength(1);
      expect(field('source.url')).toHaveLength(1);
      expect(field('image.src')).toHaveLength(1);
      expect(errors.filter((e) => e.startsWith('experts/pakar-muatan.yaml: url: '))).toHaveLength(1);
      for (const line of errors) expectClearError(line, [file, 'experts/pakar-muatan.yaml']);
    });
  });
});
