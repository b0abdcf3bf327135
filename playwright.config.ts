import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://localhost:${PORT}`;
/**
 * The local "outside world" of e2e/article-from-url.spec.ts: a test HTTP server on this port, which
 * the app may fetch from although it is a loopback address because CLAIMDESK_FETCH_ALLOW names it.
 */
export const FETCH_TEST_PORT = Number(process.env.E2E_FETCH_PORT ?? PORT + 1000);

/** Debian's Chromium on these machines; elsewhere Playwright's own browser. */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  return undefined;
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: BASE_URL,
    // API calls made with a role's session cookie act as the app's own pages, which name their origin;
    // cookie-authenticated writes without one are refused (lib/http/same-origin.ts).
    extraHTTPHeaders: { Origin: BASE_URL },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 900 } }, dependencies: ['setup'] },
  ],
  webServer: {
    command: 'node_modules/.bin/tsx scripts/e2e-server.ts',
    url: `${BASE_URL}/signin`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { PORT: String(PORT), CLAIMDESK_FETCH_ALLOW: `127.0.0.1:${FETCH_TEST_PORT}` },
  },
});
