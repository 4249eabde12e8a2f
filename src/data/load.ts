import { describeParseError, MAX_DATASET_BYTES } from './parse';
import type { Dataset } from './schema';
import { validateDataset, type Problem } from './validate';

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
    const text = await response.text();
    // The cap is in bytes: a UTF-16 length undercounts text outside ASCII (Cyrillic counts twice in UTF-8).
    if (text.length > MAX_DATASET_BYTES || new TextEncoder().encode(text).length > MAX_DATASET_BYTES)
      return failure('The dataset is too large', `${name} is over the ${MAX_DATASET_BYTES}-byte limit.`, false);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      return failure(`${name} is not valid JSON`, describeParseError(err, text), false);
    }
    const result = validateDataset(json);
    if (!result.ok) return { ok: false, title: `${name} does not match the dataset format`, problems: result.problems, retry: false };
    return { ok: true, dataset: result.data };
  } finally {
    clearTimeout(timer);
  }
}
