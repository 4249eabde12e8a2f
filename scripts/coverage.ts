// Usage: npm run data:coverage -- [FILE] [--dates 2022-03-29,2025-11-23] [--pairs ukraine:russia,ukraine:united-states]
// Prints what a dataset covers: positions per party and year, sources, and for each date and pair the number of
// issues on which both parties hold a current (not stale) position — the base every comparison rests on.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pairCoverage } from '../src/lib/coverage';
import { partyPairs } from '../src/lib/overlap';
import { staleAfterDays } from '../src/lib/stale';
import { fail, readDatasetFile } from './readDataset';

const { values, positionals } = parseArgs({
  options: { dates: { type: 'string' }, pairs: { type: 'string' } },
  allowPositionals: true,
});
const file = positionals[0] ?? resolve(import.meta.dirname, '../data/dataset.json');
const d = readDatasetFile(file).data;
const partyIds = d.parties.map((p) => p.id);
const years = [...new Set(d.positions.map((p) => p.date.slice(0, 4)))].sort();

const pairs: [string, string][] = values.pairs
  ? values.pairs.split(',').map((s) => s.split(':') as [string, string])
  : partyPairs(partyIds);
for (const [a, b] of pairs)
  for (const id of [a, b])
    if (!partyIds.includes(id)) fail([`--pairs: "${id}" is not a party of ${file} (${partyIds.join(', ')})`]);
const dates = values.dates ? values.dates.split(',') : years.map((y) => `${y}-12-31`);
for (const date of dates) if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail([`--dates: "${date}" is not a YYYY-MM-DD date`]);

console.log(
  `${file}: ${d.positions.length} positions from ${new Set(d.positions.map((p) => p.source)).size} of ${d.sources.length} sources, ${d.issues.length} issues`,
);
console.log(`\npositions per party and year\n${['party', ...years, 'all'].join('\t')}`);
for (const id of partyIds) {
  const mine = d.positions.filter((p) => p.party === id);
  console.log([id, ...years.map((y) => mine.filter((p) => p.date.startsWith(y)).length), mine.length].join('\t'));
}
console.log(
  `\nissues comparable on current positions (not older than ${staleAfterDays(d.meta)} days)\ndate\t\tpair\tcount\tissues`,
);
const issues = d.issues.map((i) => i.id);
for (const r of pairCoverage(d.positions, issues, pairs, dates, staleAfterDays(d.meta)))
  console.log(`${r.date}\t${r.a}–${r.b}\t${r.comparable.length}\t${r.comparable.join(', ')}`);
