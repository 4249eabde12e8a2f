/// <reference types="vite/client" />

/** Origins (besides the page's own) allowed to provide `?data=` datasets; set by DATA_ORIGINS at build time. */
declare const __DATA_ORIGINS__: readonly string[];
