/**
 * What the build works out once from the bundled dataset, so a reader's browser does not (scripts/bundled-data.ts):
 *  - the dataset is checked when the site is built: the build of a dataset with problems fails and lists them, and a
 *    checked one's SHA-256 and length are compiled in (`__BUNDLED_DATASET__`): the page trusts those exact bytes without
 *    checking them again or loading the checker (src/data/load.ts); any other bytes are checked as any dataset is;
 *  - its hyphenation: `virtual:bundled-hyphens` loads, per interface language, the words the views hyphenate
 *    (scripts/bundledHyphens.ts), 1–3 KB where the language's patterns weigh 8–25 KB gzip.
 * The dev server compiles no digest: the file may change under it, and is then checked as it is read.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { BundledData } from './bundled-data';

const HYPHENS = 'virtual:bundled-hyphens';
const RESOLVED = `\0${HYPHENS}`;
const SCRIPT = resolve(import.meta.dirname, 'bundled-data.ts');

/** scripts/bundled-data.ts's reading of `file`, run in a process of its own (it is the app's code, in TypeScript). */
function readBundled(file: string): BundledData {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', SCRIPT, file], {
      cwd: resolve(import.meta.dirname, '..'),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 16 * 1024 * 1024,
    });
    return JSON.parse(out) as BundledData;
  } catch (err) {
    const stderr = (err as { stderr?: unknown }).stderr;
    throw new Error(
      `The bundled dataset cannot be built into the site:\n${typeof stderr === 'string' ? stderr.trim() : String(err)}`,
      { cause: err },
    );
  }
}

export function bundledDatasetPlugin(file: string): Plugin {
  let building = false;
  // Read once per version of the file (the dev server re-reads it after an edit).
  let cached: { mtimeMs: number; data: BundledData | null } | null = null;
  const bundled = (): BundledData | null => {
    const { mtimeMs } = statSync(file);
    if (cached?.mtimeMs !== mtimeMs) {
      let data: BundledData | null = null;
      try {
        data = readBundled(file);
      } catch (err) {
        // The dev server shows a dataset's problems on the page; only a build stops on them.
        if (building) throw err;
      }
      cached = { mtimeMs, data };
    }
    return cached.data;
  };
  return {
    name: 'overlap-bundled-dataset',
    config(_, { command }) {
      building = command === 'build';
      const data = building ? bundled() : null;
      return {
        define: {
          __BUNDLED_DATASET__: JSON.stringify(data === null ? null : { sha256: data.sha256, bytes: data.bytes }),
        },
      };
    },
    resolveId(id) {
      return id === HYPHENS || id.startsWith(`${HYPHENS}/`) ? `\0${id}` : null;
    },
    load(id) {
      if (id === RESOLVED) {
        const langs = Object.keys(bundled()?.hyphens ?? {});
        return langs
          .map((lang) => `export const ${lang} = () => import('${HYPHENS}/${lang}').then((m) => m.default);`)
          .join('\n');
      }
      if (!id.startsWith(`${RESOLVED}/`)) return null;
      this.addWatchFile(file);
      const words = bundled()?.hyphens[id.slice(RESOLVED.length + 1) as keyof BundledData['hyphens']] ?? [];
      return `export default ${JSON.stringify(words)};`;
    },
  };
}
