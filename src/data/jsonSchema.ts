import * as z from 'zod/mini';
import { datasetSchema } from './schema';

/** The published JSON Schema, generated from the zod schema so the two never drift. */
export function datasetJsonSchema(): string {
  const schema = {
    ...z.toJSONSchema(datasetSchema, { target: 'draft-2020-12' }),
    title: 'Demands overlap dataset',
    description:
      'Positions of parties on issues, each with its source. Referential rules (ids exist and are unique, real calendar dates, conditions on conditional positions) are checked by `npm run validate:data`.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
