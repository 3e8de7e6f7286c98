// `npm run test:vnu`: the W3C Nu HTML checker (vnu-jar, the checker the W3C runs) over every built page,
// beside html-validate in `npm test`. The Nu checker knows the HTML standard's content models to the
// letter (a <time> must hold a valid date, `<template>` contents are checked too), which html-validate's
// rules do not. It runs on Java; Debian's headless JRE is installed when missing and we are root (CI is).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { aptInstall } from './apt.ts';

const folders = process.argv.slice(2);
if (folders.length === 0) {
  console.error('usage: node scripts/vnu.ts <built folder>…');
  process.exit(2);
}

if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) {
  if (process.getuid?.() !== 0) {
    console.error('Java is missing: install it with `sudo apt-get install -y default-jre-headless`.');
    process.exit(1);
  }
  console.log("Installing Debian's headless Java for the Nu HTML checker…");
  aptInstall(['default-jre-headless']);
}

const jar = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
  'build/dist/vnu.jar',
);
const missing = folders.filter((folder) => !existsSync(folder));
if (missing.length > 0) {
  console.error(`Not built: ${missing.join(', ')} (run the builds of \`npm test\` first).`);
  process.exit(1);
}
// --skip-non-html: the folders hold feeds, images and Pagefind's files too. Errors only: the checker's
// warnings are advice (e.g. about the `type` of a module script), not breaches of the standard.
const result = spawnSync(
  'java',
  ['-Xss4m', '-jar', jar, '--errors-only', '--skip-non-html', '--format', 'gnu', ...folders],
  {
    stdio: 'inherit',
  },
);
if (result.status !== 0) {
  console.error('\nThe Nu HTML checker found errors (above: file:line.column: error: message).');
  process.exit(result.status ?? 1);
}
console.log(`Nu HTML checker: no errors in ${folders.join(', ')}.`);
