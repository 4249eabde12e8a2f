// Usage: npx tsx scripts/bench/validators.ts [COUNT]   (default 10000)
// How long the format's own check takes on a generated dataset, beside Ajv running the published JSON Schema (the
// speed Ajv's standalone code would have: the same generated function, only not written to a file). Ratios in one run.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { dataset, datasetJsonSchema, shapeProblems } from '../../src/data/schema';
import { generateDataset } from './generate';

const count = Number(process.argv[2] ?? 10_000);
const input: unknown = JSON.parse(JSON.stringify(generateDataset(count, 1)));
const ajvCheck = new Ajv2020({ strict: false }).compile(JSON.parse(datasetJsonSchema()) as object);

function median(run: () => unknown, times = 15): number {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b)[Math.floor(times / 2)] ?? NaN;
}

if (!dataset.ok(input) || !ajvCheck(input) || shapeProblems(input).length > 0)
  throw new Error('the generated dataset should be valid');
const ours = median(() => dataset.ok(input));
const ajv = median(() => ajvCheck(input));
console.log(
  `${count} positions: schema.ts check ${ours.toFixed(1)} ms, Ajv (compiled JSON Schema) ${ajv.toFixed(1)} ms, ratio ${(ours / ajv).toFixed(2)}×`,
);
