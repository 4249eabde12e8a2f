import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VIEWS } from '../../../src/core/views';
import { LANGS } from '../../../src/i18n/languages';
import { exampleConfigs, formatConfig } from '../../../scripts/screenshot-examples';

const ROOT = join(import.meta.dirname, '../../..');

describe('the example screenshot configs', () => {
  it.each(Object.entries(exampleConfigs()))(
    '%s is what the registries give (npm run screenshots:examples)',
    (file, config) => {
      expect(readFileSync(join(ROOT, file), 'utf8')).toBe(formatConfig(config));
    },
  );

  it('shows every view at an article width and a desktop width, and every view in every other language', () => {
    const configs = exampleConfigs();
    const main = configs['screenshots.config.json'].shots;
    expect(new Set(main.map((s) => s.view))).toEqual(new Set(VIEWS));
    const languages = configs['screenshots.languages.json'].shots;
    for (const lang of LANGS.filter((l) => l !== 'en'))
      for (const view of VIEWS)
        expect(languages.filter((s) => s.view === view && s.params?.lang === lang).map((s) => s.width)).toEqual([
          375, 1280,
        ]);
    const others = LANGS.length - 1;
    expect(main).toHaveLength(2 * VIEWS.length);
    expect(languages).toHaveLength(2 * others * VIEWS.length);
    // Every shot is its own file.
    for (const shots of [main, languages]) expect(new Set(shots.map((s) => s.name)).size).toBe(shots.length);
  });
});
