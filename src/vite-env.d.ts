/// <reference types="vite/client" />

/** Origins (besides the page's own) allowed to provide `?data=` datasets; set by DATA_ORIGINS at build time. */
declare const __DATA_ORIGINS__: readonly string[];

/** The bundled dataset's SHA-256 (hex) and length when the build checked it; null in the dev server (scripts/bundledDatasetPlugin.ts). */
declare const __BUNDLED_DATASET__: import('./data/load').BuildChecked | null;

/** Per interface language, the bundled dataset's hyphenated words (scripts/bundledDatasetPlugin.ts). */
declare module 'virtual:bundled-hyphens' {
  /** Each word with its soft hyphens. */
  type Words = () => Promise<readonly string[]>;
  export const en: Words;
  export const uk: Words;
  export const ru: Words;
}
