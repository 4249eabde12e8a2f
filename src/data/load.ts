import { describeParseError, MAX_DATASET_BYTES } from './parse';
import type { Dataset } from './schema';
import { validateDataset } from './validate';
import type { Problem } from './problem';

export type LoadResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; title: string; problems: Problem[]; retry: boolean };

export const LOAD_TIMEOUT_MS = 15_000;

const failure = (title: string, message: string, retry: boolean): LoadResult => ({
  ok: false,
  title,
  problems: [{ path: '', message }],
  retry,
});

/** Fetches, size-checks, parses and validates a dataset; every failure becomes a readable result. */
export async function loadDataset(url: string, fetchImpl: typeof fetch = fetch): Promise<LoadResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), LOAD_TIMEOUT_MS);
  const name = url.split('?')[0]?.split('/').pop() ?? url;
  try {
    let response: Response;
    try {
      response = await fetchImpl(url, { signal: controller.signal, credentials: 'same-origin' });
    } catch {
      return controller.signal.aborted
        ? failure('The data took too long to arrive', `No answer from ${url} within ${LOAD_TIMEOUT_MS / 1000} seconds.`, true)
        : failure('The data could not be loaded', `The request for ${url} failed (network error).`, true);
    }
    if (!response.ok)
      return failure('The data could not be loaded', `${url} answered HTTP ${response.status} ${response.statusText}.`, response.status >= 500);
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > MAX_DATASET_BYTES)
      return failure('The dataset is too large', `${name} is ${declared} bytes; the limit is ${MAX_DATASET_BYTES}.`, false);
    // Hosts that compress or stream send no usable length: the cap is counted on the bytes as they arrive.
    const bytes = await readCapped(response, MAX_DATASET_BYTES);
    if (bytes === null) return failure('The dataset is too large', `${name} is over the ${MAX_DATASET_BYTES}-byte limit.`, false);
    return datasetFromBytes(bytes, name);
  } finally {
    clearTimeout(timer);
  }
}

/** A dataset file's bytes, parsed and validated; `name` is the file's name, for messages. */
export function datasetFromBytes(bytes: Uint8Array, name: string): LoadResult {
  if (bytes.byteLength > MAX_DATASET_BYTES) return failure('The dataset is too large', `${name} is over the ${MAX_DATASET_BYTES}-byte limit.`, false);
  // Like Response.text(): UTF-8, a byte-order mark dropped, malformed bytes replaced rather than refused.
  const text = new TextDecoder().decode(bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return failure(`${name} is not valid JSON`, describeParseError(err, text), false);
  }
  const result = validateDataset(json);
  if (!result.ok) return { ok: false, title: `${name} does not match the dataset format`, problems: result.problems, retry: false };
  return { ok: true, dataset: result.data };
}

/** The body, or null as soon as it passes `cap` bytes: reading stops there, so an oversized file is never held whole. */
async function readCapped(response: Response, cap: number): Promise<Uint8Array | null> {
  if (response.body === null) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.byteLength > cap ? null : whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
