import { defineConfig } from '@playwright/test';

// The real renderer in Debian's Chromium, against the loopback host (tests/e2e/fixtures.ts starts one per
// test with its own database). No browser is downloaded: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 and /usr/bin/chromium.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
