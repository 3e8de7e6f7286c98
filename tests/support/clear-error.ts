import { expect } from 'vitest';

/** The rules every content error follows, whatever the input: `file[:line]: what: fix`, short, no internals. */
export function expectClearError(line: string, files: string[]): void {
  expect(
    files.some((file) => line.startsWith(`${file}:`)),
    `${line.slice(0, 200)} names one of ${files.join(', ')}`,
  ).toBe(true);
  expect(line).toMatch(/^[^:]+(?::\d+)?: [^\n]+: [^\n]+$/);
  expect(line.length).toBeLessThan(600);
  expect(line).not.toMatch(
    /\n\s+at |\b(TypeError|RangeError|SyntaxError|ReferenceError)\b|\[object Object\]|undefined/,
  );
}
