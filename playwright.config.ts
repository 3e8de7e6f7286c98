import { defineConfig } from '@playwright/test';
import { NGINX_ACCESS_LOG } from './tests/e2e/nginx.ts';

/**
 * The default site on one port, the same site built for a sub-path deploy (/warta/) on another, the
 * hostile fixture (tests/support/hostile-content.ts, built by `npm run build:hostile`) on a third, and the
 * default site again behind Debian's nginx with deploy/nginx.conf on a fourth (the serving checks).
 */
// Ports can be moved (WARTA_E2E_PORT) so two checkouts can run their suites side by side.
const firstPort = Number(process.env.WARTA_E2E_PORT ?? 4322);
const site = { port: firstPort };
const subpath = { port: firstPort + 1, base: '/warta/' };
const hostile = { port: firstPort + 2 };
const nginx = { port: firstPort + 3 };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  use: {
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    trace: 'off',
  },
  projects: [
    {
      name: 'site',
      testIgnore: /(subpath|hostile|serving)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${site.port}` },
    },
    // Page-type checks that use relative URLs run under the sub-path too.
    {
      name: 'subpath',
      testMatch: /(subpath|csp)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${subpath.port}${subpath.base}` },
    },
    { name: 'hostile', testMatch: /hostile\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${hostile.port}` } },
    // What the production server sends: headers, statuses, caching, and every page under its CSP header.
    { name: 'nginx', testMatch: /(serving|csp)\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${nginx.port}/` } },
  ],
  webServer: [
    {
      command: 'node scripts/serve.ts',
      env: { PORT: String(site.port), HOST: '127.0.0.1' },
      url: `http://127.0.0.1:${site.port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'node scripts/serve.ts',
      env: { PORT: String(subpath.port), HOST: '127.0.0.1', WARTA_BASE: subpath.base, WARTA_OUT_DIR: 'dist-subpath' },
      url: `http://127.0.0.1:${subpath.port}${subpath.base}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'node scripts/serve.ts',
      env: { PORT: String(hostile.port), HOST: '127.0.0.1', WARTA_OUT_DIR: 'dist-hostile' },
      url: `http://127.0.0.1:${hostile.port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-nginx.ts --port ${nginx.port} --access-log ${NGINX_ACCESS_LOG}`,
      url: `http://127.0.0.1:${nginx.port}/`,
      reuseExistingServer: false,
      // The first run on a fresh machine installs nginx with apt.
      timeout: 300_000,
    },
  ],
});
