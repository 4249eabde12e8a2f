import { failure, MAX_DATASET_BYTES, type LoadResult } from './loadResult';
import type { Dataset } from './schema';

export type { LoadResult } from './loadResult';

export const LOAD_TIMEOUT_MS = 15_000;

/** The bytes the build checked: their SHA-256 (hex) and their length (scripts/bundledDatasetPlugin.ts). */
export interface BuildChecked {
  sha256: string;
  bytes: number;
}

/**
 * Fetches, size-checks, parses and validates a dataset; every failure becomes a readable result. `trusted`: the bytes
 * the build checked (readDatasetBytes).
 */
export async function loadDataset(
  url: string,
  fetchImpl: typeof fetch = fetch,
  trusted: BuildChecked | null = null,
): Promise<LoadResult> {
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
    return await readDatasetBytes(bytes, name, trusted);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A dataset file's bytes as a dataset. The bytes the build checked (`trusted`: the bundled dataset,
 * scripts/bundledDatasetPlugin.ts) are only parsed: checking them again would cost a phone ~40 ms and the checker's
 * code. Any other bytes are checked in full, by a checker fetched when it is needed; a file of another length is
 * not even hashed (35 ms of a throttled phone's CPU for 10,000 positions).
 */
export async function readDatasetBytes(
  bytes: Uint8Array<ArrayBuffer>,
  name: string,
  trusted: BuildChecked | null,
): Promise<LoadResult> {
  if (trusted !== null && bytes.byteLength === trusted.bytes && (await sha256Hex(bytes)) === trusted.sha256)
    return { ok: true, dataset: JSON.parse(new TextDecoder().decode(bytes)) as Dataset, checkedByBuild: true };
  const { datasetFromBytes } = await import('./checkDataset');
  return datasetFromBytes(bytes, name);
}

/** Hex SHA-256 of `bytes`, or null where the browser offers no digest (a page served over plain http). */
async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string | null> {
  // `subtle` is missing outside secure contexts, whatever the types say.
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined;
  if (subtle === undefined) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The body, or null as soon as it passes `cap` bytes: reading stops there, so an oversized file is never held whole. */
async function readCapped(response: Response, cap: number): Promise<Uint8Array<ArrayBuffer> | null> {
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
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
