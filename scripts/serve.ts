// Serves the built site (dist/) with Astro's preview server and prints its address.
// Started from code rather than `astro preview`, which puts itself in the background when it thinks a
// coding agent runs it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { preview } from 'astro';

const root = path.resolve(import.meta.dirname, '..');
const outDir = process.env.WARTA_OUT_DIR ?? 'dist';
if (!existsSync(path.join(root, outDir, 'index.html'))) {
  console.error(`No built site in ${outDir}/: run \`npm run build\` first.`);
  process.exit(1);
}
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? 'localhost';
const server = await preview({ root, logLevel: 'warn', server: { port, host } });
const base = (process.env.WARTA_BASE ?? '/').replace(/\/?$/, '/');
console.log(`Warta is being served at http://${host}:${server.port}${base} (Ctrl+C stops it)`);
