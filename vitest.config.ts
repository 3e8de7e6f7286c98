import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Dates must come out in Jakarta time whatever the machine's zone: run the suite in UTC like CI.
    env: { TZ: 'UTC' },
  },
});
