import path from 'node:path';

/** Where the nginx of the serving checks logs each request (scripts/serve-nginx.ts, playwright.config.ts). */
export const NGINX_ACCESS_LOG = path.resolve(import.meta.dirname, '../../.cache/e2e-nginx-access.log');
