// Usage: npm run validate:data -- [FILE] [--archive DIR]   (default FILE: data/dataset.json)
// With --archive, every quote is checked against the archived text its source's `file` names under DIR.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatProblem } from '../src/data/problem';
import { colorWarnings } from '../src/lib/colorWarnings';
import { checkQuotes, type ArchivedText } from '../src/lib/quoteCheck';
import { fail, readDatasetFile } from './readDataset';

const args = process.argv.slice(2);
const archiveAt = args.indexOf('--archive');
const archive = archiveAt === -1 ? null : (args[archiveAt + 1] ?? fail(['--archive needs a directory: --archive DIR']));
const rest = args.filter((_, i) => archiveAt === -1 || (i !== archiveAt && i !== archiveAt + 1));
const file = rest[0] ?? resolve(import.meta.dirname, '../data/dataset.json');
const result = readDatasetFile(file);
const d = result.data;
if (result.migratedFrom !== undefined)
  console.log(
    `${file}: format version ${result.migratedFrom}, migrated to version ${d.schemaVersion} as it was read; \`npm run data:migrate -- ${file}\` writes the file in version ${d.schemaVersion}`,
  );
console.log(
  `${file}: valid — ${d.positions.length} positions, ${d.parties.length} parties, ${d.actors.length} actors, ${d.issues.length} issues, ${d.sources.length} sources`,
);
// Warnings leave the exit code alone: the data is valid, but a reader may be misled by how it is drawn.
for (const w of colorWarnings(d)) console.log(`${file}: warning: ${formatProblem(w)}`);

if (archive !== null) {
  const texts = readArchive(archive);
  const { problems, quotes } = checkQuotes(d, texts);
  for (const p of problems) console.log(`${file}: ${p.path} (${p.positionId}): ${p.message}`);
  console.log(
    `${file}: ${quotes - problems.length} of ${quotes} quotes verbatim in the archive ${archive} (${texts.length} texts)`,
  );
  if (problems.length > 0) process.exit(1);
}

/** Every .txt file under `dir`, by its path relative to it. */
function readArchive(dir: string): ArchivedText[] {
  let top: string[];
  try {
    top = readdirSync(dir);
  } catch (err) {
    fail([`--archive ${dir}: cannot read the directory (${(err as Error).message})`]);
  }
  const walk = (at: string, names: string[]): ArchivedText[] =>
    names.flatMap((name) => {
      const path = join(at, name);
      if (statSync(path).isDirectory()) return walk(path, readdirSync(path));
      return name.endsWith('.txt') ? [{ path: relative(dir, path), text: readFileSync(path, 'utf8') }] : [];
    });
  const texts = walk(dir, top);
  if (texts.length === 0) fail([`--archive ${dir}: no archived texts (.txt files) in it`]);
  return texts;
}
