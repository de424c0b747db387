/**
 * Two projects: `unit` (pure logic, happy-dom where a DOM is needed; the simulator over real HTTP) and `e2e`
 * (the built extension in real Chromium and Firefox ESR; one file at a time — this machine has 2 cores).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'happy-dom' } },
      { test: { name: 'relay', include: ['test/relay/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
