import { defineConfig } from '@playwright/test';
import type { Engine } from './tests/e2e/support/driver';

export default defineConfig<object, { engine: Engine }>({
  testDir: './tests/e2e',
  // One worker: the machine has two cores and each worker runs its own browser.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    // Every end-to-end test, in Debian's Chromium driven by Playwright.
    { name: 'chromium', use: { engine: 'chromium' } },
    // The user journeys, written once against one driver (tests/e2e/support/driver.ts), again in Debian's Firefox
    // ESR driven by puppeteer-core over WebDriver BiDi.
    { name: 'firefox', testMatch: 'journeys/**/*.spec.ts', use: { engine: 'firefox' } },
  ],
});
