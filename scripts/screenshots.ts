// Screenshots of the built site for looking at it: every listed page at phone (390×844) and desktop
// (1280×800) size, light and dark. Usage: npm run screenshots -- [outDir] [path ...]
// VIEWPORTS=desktop,wide picks sizes (wide is 1440×900); FULL_PAGE=0 shoots the first screen only.
// Serves dist/ itself; Chromium is Debian's unless CHROMIUM_PATH says otherwise.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'astro';

const [outArg, ...pathArgs] = process.argv.slice(2);
const outDir = path.resolve(outArg ?? 'screenshots');
const pages = pathArgs.length > 0 ? pathArgs : ['/', '/berita/kim-sambut-putin-di-pyongyang/'];
const sizes = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
  wide: { width: 1440, height: 900 },
};
const chosen = (process.env.VIEWPORTS ?? 'phone,desktop').split(',');
const viewports = Object.entries(sizes).filter(([name]) => chosen.includes(name));
const fullPage = process.env.FULL_PAGE !== '0';

mkdirSync(outDir, { recursive: true });
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const server = await preview({
  root: path.resolve(import.meta.dirname, '..'),
  logLevel: 'error',
  server: { port: 4329, host: '127.0.0.1' },
});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  for (const [device, viewport] of viewports) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({
        viewport,
        colorScheme,
        deviceScaleFactor: 1,
        isMobile: device === 'phone',
        hasTouch: device === 'phone',
      });
      const page = await context.newPage();
      for (const pagePath of pages) {
        await page.goto(`http://127.0.0.1:4329${pagePath}`, { waitUntil: 'networkidle' });
        const name = pagePath.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';
        const file = path.join(outDir, `${name}-${device}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
