/**
 * The browser every tool here drives (Playwright's tests, the screenshot CLI, the benchmark): Debian's Chromium, as
 * browser downloads are not possible on these machines, with the flags a closed network and a root user need.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
