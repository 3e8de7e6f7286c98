import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Installs Debian packages for the tests (Chromium, nginx) as root, without starting any service a package
 * brings (nginx would take port 80 on the machine): invoke-rc.d asks policy-rc.d, and 101 says no.
 */
export function aptInstall(packages: readonly string[]): void {
  const apt = (args: readonly string[]) =>
    execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const policy = '/usr/sbin/policy-rc.d';
  const hadPolicy = existsSync(policy);
  if (!hadPolicy) {
    writeFileSync(policy, '#!/bin/sh\nexit 101\n');
    chmodSync(policy, 0o755);
  }
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        apt(['update', '-qq']);
        apt(['install', '-y', '-qq', ...packages]);
        return;
      } catch (error) {
        // Another apt may hold the lock for a moment on a fresh machine.
        if (attempt >= 3) throw error;
        execFileSync('sleep', ['15']);
      }
    }
  } finally {
    if (!hadPolicy) rmSync(policy, { force: true });
  }
}
