import { defineConfig } from '@playwright/test';

// Browser tests run against `vite preview` of the production build (run `npm run build` first; `npm test`
// does). Chromium is the Debian package, never a Playwright download.
//   CHROMIUM_PATH  browser binary (default /usr/bin/chromium)
//   E2E_PORT       preview port (default 4173)
//   E2E_DEV=1      test the Vite dev server instead of the build
//   E2E_BASE_URL   test an already-served copy (e.g. dist/ under a sub-path); no server is started
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.E2E_PORT ?? 4173);
const externalBaseURL = process.env.E2E_BASE_URL;
const serverCommand = process.env.E2E_DEV
  ? `npx vite --host 127.0.0.1 --port ${PORT} --strictPort`
  : `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`;

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1, // 2 shared cores
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: externalBaseURL ?? `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    // The offline service worker would precache the whole build in every test's fresh context; only the
    // share/offline spec turns it on (test.use({ serviceWorkers: 'allow' })).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run',
      ],
    },
  },
  webServer: externalBaseURL
    ? undefined
    : {
        command: serverCommand,
        url: `http://127.0.0.1:${PORT}/`,
        reuseExistingServer: !process.env.CI,
        timeout: 60_000,
        stdout: 'ignore',
        stderr: 'pipe',
      },
});
