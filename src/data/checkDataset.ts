import { failure, MAX_DATASET_BYTES, tooLarge, type LoadResult } from './loadResult';
import { describeParseError } from './parse';
import { validateDataset } from './validate';

/**
 * A dataset file's bytes, parsed and validated; `name` is the file's name, for messages. `migratedFrom`: the format
 * version of a file older than the one the dashboard reads.
 */
export function datasetFromBytes(bytes: Uint8Array, name: string): LoadResult & { migratedFrom?: number } {
  if (bytes.byteLength > MAX_DATASET_BYTES) return tooLarge(name);
  // Like Response.text(): UTF-8, a byte-order mark dropped, malformed bytes replaced rather than refused.
  return datasetFromText(new TextDecoder().decode(bytes), bytes.byteLength, name);
}

/** A dataset file's text (`size`: its length in bytes), parsed and validated, as datasetFromBytes. */
export function datasetFromText(text: string, size: number, name: string): LoadResult & { migratedFrom?: number } {
  if (size > MAX_DATASET_BYTES) return tooLarge(name);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return failure(`${name} is not valid JSON`, describeParseError(err, text), false);
  }
  const result = validateDataset(json);
  if (!result.ok) return { ok: false, title: `${name} does not match the dataset format`, problems: result.problems, retry: false };
  return result.migratedFrom === undefined
    ? { ok: true, dataset: result.data }
    : { ok: true, dataset: result.data, migratedFrom: result.migratedFrom };
}
