import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/chromium';
import { DIST, ORIGIN, ORIGINS_PORT, PORT } from './tests/e2e/servers';

const ORIGINS_DIST = `node_modules/.cache/e2e-dist-origins-${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  timeout: 30_000,
  // Pages load lazy chunks while two workers (one running the 200-URL fuzz) share a small CI machine: 5 s was
  // too tight for a cold timeline view there. Speed is measured by `npm run bench`, not by these timeouts.
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  use: {
    baseURL: ORIGIN,
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    // Serves the already-built dist/ (`npm run test:e2e` builds first). It also stands in for a foreign data host
    // in data-origins.spec.ts: `vite preview` answers with Access-Control-Allow-Origin: *.
    {
      command: `npx vite preview --outDir ${DIST} --port ${PORT} --strictPort`,
      url: ORIGIN,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    // A second build whose ?data= allowlist (fixed at build time) names the server above: data-origins.spec.ts.
    // Built under node_modules/.cache, which git, ESLint and tsc already skip; `vite build` alone takes seconds.
    {
      command: `npx vite build --logLevel warn --outDir ${ORIGINS_DIST} && npx vite preview --outDir ${ORIGINS_DIST} --host 127.0.0.1 --port ${ORIGINS_PORT} --strictPort`,
      env: { DATA_ORIGINS: ORIGIN },
      url: `http://127.0.0.1:${ORIGINS_PORT}`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
