// The end-to-end tests drive Debian's Chromium (Playwright cannot download its own browser here).
// Installs it with apt when it is missing and we are root (CI is); otherwise says how.
import { existsSync } from 'node:fs';
import { aptInstall } from './apt.ts';

const wanted = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);
if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH=${wanted} does not exist.`);
  process.exit(1);
}
if (process.getuid?.() !== 0) {
  console.error(
    'Chromium is missing: install it with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.',
  );
  process.exit(1);
}
console.log('Installing Debian Chromium for the end-to-end tests…');
aptInstall(['chromium', 'fonts-noto-core']);
