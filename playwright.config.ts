import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './tests/e2e',
  // One worker: the machine has two cores and each worker runs its own Chromium.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
