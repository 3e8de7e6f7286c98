import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { cacheControlFor } from '../../src/build/serving.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.xml': 'application/xml; charset=utf-8',
};

export interface DeployServer {
  /** the server's origin, e.g. http://127.0.0.1:40123 */
  origin: string;
  /** answers `urlPath` with `body` from now on, as a new deploy would; `null`: the deploy removed it (404) */
  deploy(urlPath: string, body: string | null): void;
  close(): Promise<void>;
}

/**
 * A built site served as a host would (the serving table's Cache-Control), whose files a test can replace
 * while pages are open: a next deploy in one test, without touching the dist/ that other tests read.
 */
export async function deployServer(dir = 'dist'): Promise<DeployServer> {
  const root = path.resolve(import.meta.dirname, '../..', dir);
  const deployed = new Map<string, string | null>();
  const server = createServer(async (request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.join(root, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
    try {
      if (!file.startsWith(root) || deployed.get(urlPath) === null) throw new Error('not in the site');
      const body = deployed.get(urlPath) ?? (await readFile(file));
      response.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': cacheControlFor(urlPath),
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(await readFile(path.join(root, '404.html')).catch(() => 'Tidak ditemukan'));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    deploy: (urlPath, body) => deployed.set(urlPath, body),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
