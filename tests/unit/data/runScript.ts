import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

/** Runs one of the data CLIs (`scripts/NAME`) under tsx from the project's root, as `npm run` does. */
export const runScript = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}`, ...args], { cwd: root, encoding: 'utf8' });
