import js from '@eslint/js';
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
]);
