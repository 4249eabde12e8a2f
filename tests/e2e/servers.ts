/**
 * Where the end-to-end servers listen. `E2E_PORT` (default 4173) serves the build in `E2E_DIST` (default dist/);
 * the next port serves a second build whose ?data= allowlist names the first. Two checkouts or two people can
 * run the suite side by side with different values.
 */
export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const DIST = process.env.E2E_DIST ?? 'dist';
export const ORIGIN = `http://localhost:${PORT}`;
export const ORIGINS_PORT = PORT + 1;
