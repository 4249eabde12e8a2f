import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NO_HTML_INJECTION = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'dangerouslySetInnerHTML is banned: render text through React so it is escaped.',
  },
];

/**
 * The layers, bottom to top: each may import from those before it, never after. bulletproof-react's zones; a
 * lint error names the import that runs back up.
 *   core (vocabulary, views, dates) -> i18n (languages, catalogs) -> data (format, validation) -> lib (pure domain)
 *   -> state (store, selectors) -> export, embed -> components -> app -> main.tsx
 */
const LAYERS = ['core', 'i18n', 'data', 'lib', 'state', 'export|embed', 'components', 'app'];
const layerDirs = (layer) => layer.split('|').map((dir) => `./src/${dir}`);
const LAYER_ZONES = LAYERS.flatMap((layer, i) =>
  layerDirs(layer).map((target) => ({
    target,
    from: [...LAYERS.slice(i + 1).flatMap(layerDirs), './src/main.tsx'],
    message: `src/${target.slice(6)} sits below these layers (eslint.config.js, LAYERS).`,
  })),
);

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', 'test-results/', 'playwright-report/', '.bench/', 'coverage/']),

  js.configs.recommended,
  // Without type information: tsc checks the types, once per run (npm test); a second type program here doubled
  // the lint's time for rules that tsc's strict mode and no-explicit-any already cover.
  tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },

  // The host script runs in newsroom pages: a browser script, ES5 so any page can include it.
  {
    files: ['embed/**/*.js'],
    languageOptions: { globals: globals.browser, ecmaVersion: 5, sourceType: 'script' },
  },

  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...NO_HTML_INJECTION],
    },
  },

  // Browser app code.
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },

  // Node-side code: CLI scripts, tests, tool configs.
  {
    files: ['scripts/**/*.ts', 'tests/**/*.{ts,tsx}', '*.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },

  // Boundary: src/lib and src/data are framework-free (pure TS), usable from node scripts and tests.
  {
    files: ['src/lib/**/*.{ts,tsx}', 'src/data/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'src/lib and src/data must not depend on React.' },
            { name: 'react-dom', message: 'src/lib and src/data must not depend on React.' },
            { name: 'zustand', message: 'src/lib and src/data must not depend on app state.' },
          ],
          patterns: [
            {
              group: ['react/*', 'react-dom/*', 'zustand/*'],
              message: 'src/lib and src/data must not depend on React or zustand.',
            },
            {
              // Relative or src-rooted imports reaching into the UI layers.
              regex: '^(?:(?:\\.{1,2}/)+(?:[^/]+/)*?|(?:/?src|@)/)(?:state|components|app)(?:/|$)',
              message: 'src/lib and src/data must not import from src/state, src/components or src/app.',
            },
          ],
        },
      ],
    },
  },

  // Boundary: charts draw what they are given (data, ChartEnv, callbacks); a view's container (*View.tsx) reads the
  // store and context and passes props down, so a chart renders the same on the page and for an export.
  {
    files: ['src/components/charts/**/*.{ts,tsx}', 'src/components/{agreement,distribution,timeline}/**/*.{ts,tsx}'],
    ignores: ['src/components/*/*View.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zustand', message: 'Charts take props; the view container reads the store.' }],
          patterns: [
            {
              regex: '^(?:(?:\\.{1,2}/)+(?:[^/]+/)*?|(?:/?src|@)/)state(?:/|$)',
              message:
                'Charts must not import src/state: take data, ChartEnv and callbacks as props from the container.',
            },
          ],
        },
      ],
    },
  },
  // Imports go one way (LAYER_ZONES) and never in a circle.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
]);
