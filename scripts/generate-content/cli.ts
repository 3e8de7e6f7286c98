#!/usr/bin/env node
// Writes a synthetic Warta content folder (sections, experts, articles) for search tests and benchmarks;
// see corpus.ts.
//
//   node scripts/generate-content/cli.ts --out DIR --articles N [--seed S] [--experts E] [--images K]
//   npm run generate -- --out /tmp/gen10k --articles 10000
//
// The same arguments give byte-identical files. DIR is deleted first, but only when it holds the
// `.warta-generated` marker the generator writes; any other existing folder is refused. Prints a one-line
// summary; exits 2 for bad arguments, 1 when generating fails.

import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type GenerateOptions, generateContent } from './corpus.ts';

export const USAGE =
  'usage: node scripts/generate-content/cli.ts --out DIR --articles N [--seed S] [--experts E] [--images K]';

type OptionName = 'out' | 'articles' | 'seed' | 'experts' | 'images';

const NAMES: Readonly<Record<string, OptionName | undefined>> = {
  '--out': 'out',
  '--articles': 'articles',
  '--seed': 'seed',
  '--experts': 'experts',
  '--images': 'images',
};

/** The options of the command line (`--flag value` or `--flag=value`), or undefined for --help. */
export function parseArgs(argv: readonly string[]): GenerateOptions | undefined {
  const options: Partial<Record<OptionName, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return undefined;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const key = NAMES[flag];
    if (!key) throw new Error(`unknown argument "${arg}"\n${USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
    options[key] = value;
  }
  const { out, articles } = options;
  if (!out || articles === undefined) throw new Error(`--out and --articles are required\n${USAGE}`);
  return { ...options, out, articles };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function main(argv: readonly string[]): Promise<void> {
  let options: GenerateOptions | undefined;
  try {
    options = parseArgs(argv);
  } catch (error) {
    console.error(`generate-content: ${messageOf(error)}`);
    process.exit(2);
  }
  if (!options) {
    console.log(USAGE);
    return;
  }
  try {
    const s = await generateContent(options);
    console.log(
      `generate-content: ${s.articles} articles (${s.drafts} drafts, ${s.images} with images), ${s.experts} experts, ${s.sections} sections, ` +
        `${s.tags} tags; ${s.files} files, ${(s.bytes / 1e6).toFixed(1)} MB in ${s.out} in ${(s.ms / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    console.error(`generate-content: ${messageOf(error)}`);
    process.exit(1);
  }
}

function invokedDirectly(): boolean {
  try {
    return (
      !!process.argv[1] && realpathSync(path.resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url))
    );
  } catch {
    return false;
  }
}
if (invokedDirectly()) await main(process.argv.slice(2));
