import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '..');

/** Builds the benchmark floor (bench/floor) into .bench/floor/, served by `npm run bench` at /.bench/floor/. */
export default defineConfig({
  root: resolve(root, 'bench/floor'),
  // Relative base, like the dashboard: the page is served under a sub-path.
  base: './',
  publicDir: false,
  // The same React transform as the dashboard, so the comparison is about the app, not the compiler.
  plugins: [react()],
  build: {
    outDir: resolve(root, '.bench/floor'),
    emptyOutDir: true,
  },
  logLevel: 'warn',
});
