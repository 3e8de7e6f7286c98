import { defineConfig } from 'vitest/config';

/** Tests that run whole builds (`npm run test:build`): minutes, not seconds, so apart from the unit tests. */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 30 * 60_000,
    // One file at a time: builds whose output folder is outside the project share Astro's fallback
    // server folder (`.astro/.prerender/` in the project), and two at once break each other.
    fileParallelism: false,
  },
});
