import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    benchmark: { include: ['src/**/*.bench.ts'] },
    environment: 'node',
  },
});
