// Writes the two example screenshot configs from the registries, so a new view or language is in them without an edit:
// screenshots.config.json (every view at 640 px and 1200 px, 2x) and screenshots.languages.json (every view in every
// language but English at 375 px, 2x, and 1280 px). `npm run screenshots:examples`; a unit test checks they are current.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VIEWS, viewSpec } from '../src/core/views';
import { DEFAULT_LANG, LANGS } from '../src/i18n/languages';

interface Shot {
  name: string;
  view: string;
  params?: Record<string, string>;
  width: number;
  scale?: number;
}
interface Config {
  defaults: { scale: number; embed: boolean; theme: string };
  shots: Shot[];
}

const params = (view: (typeof VIEWS)[number], extra: Record<string, string> = {}) => {
  const all = { ...extra, ...viewSpec(view).screenshotParams };
  return Object.keys(all).length > 0 ? { params: all } : {};
};

export function exampleConfigs(): Record<'screenshots.config.json' | 'screenshots.languages.json', Config> {
  return {
    'screenshots.config.json': {
      defaults: { scale: 2, embed: true, theme: 'light' },
      shots: VIEWS.flatMap((view) =>
        [640, 1200].map((width) => ({ name: `${view}-${width}`, view, ...params(view), width })),
      ),
    },
    'screenshots.languages.json': {
      defaults: { scale: 1, embed: true, theme: 'light' },
      shots: LANGS.filter((lang) => lang !== DEFAULT_LANG).flatMap((lang) =>
        VIEWS.flatMap((view) => [
          { name: `${lang}-${view}-375`, view, ...params(view, { lang }), width: 375, scale: 2 },
          { name: `${lang}-${view}-1280`, view, ...params(view, { lang }), width: 1280 },
        ]),
      ),
    },
  };
}

/** One shot a line, as an editor reads and edits the file. */
const inline = (value: unknown): string =>
  typeof value === 'object' && value !== null
    ? `{ ${Object.entries(value)
        .map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`)
        .join(', ')} }`
    : JSON.stringify(value);

export const formatConfig = (config: Config): string =>
  `{\n  "defaults": ${inline(config.defaults)},\n  "shots": [\n${config.shots.map((s) => `    ${inline(s)}`).join(',\n')}\n  ]\n}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, '..');
  for (const [file, config] of Object.entries(exampleConfigs())) {
    writeFileSync(join(root, file), formatConfig(config));
    console.log(`wrote ${file}: ${config.shots.length} shots`);
  }
}
