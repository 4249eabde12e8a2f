import { failure, MAX_DATASET_BYTES, tooLarge, type LoadResult } from './loadResult';
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
 * the build checked (datasetOf).
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
    const late = () =>
      failure('The data took too long to arrive', `No answer from ${url} within ${LOAD_TIMEOUT_MS / 1000} seconds.`, true);
    let response: Response;
    try {
      response = await fetchImpl(url, { signal: controller.signal, credentials: 'same-origin' });
    } catch {
      return controller.signal.aborted
        ? late()
        : failure('The data could not be loaded', `The request for ${url} failed (network error).`, true);
    }
    if (!response.ok)
      return failure('The data could not be loaded', `${url} answered HTTP ${response.status} ${response.statusText}.`, response.status >= 500);
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > MAX_DATASET_BYTES)
      return failure('The dataset is too large', `${name} is ${declared} bytes; the limit is ${MAX_DATASET_BYTES}.`, false);
    // Hosts that compress or stream send no usable length: the cap is counted on the bytes as they arrive.
    let body: Body | null;
    try {
      body = await readCapped(response, MAX_DATASET_BYTES, trusted?.bytes ?? null);
    } catch {
      // The connection dropped, or the time ran out, after the headers came.
      return controller.signal.aborted
        ? late()
        : failure('The data could not be loaded', `The download of ${url} broke off before its end (network error).`, true);
    }
    if (body === null) return tooLarge(name);
    return await datasetOf(body, name, trusted);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The checker's chunk: asked for by datasetOf when a file needs checking, and at boot beside a `?data=` file
 * (preloadData.ts), which the browser then serves from one download.
 */
export const loadChecker = () => import('./checkDataset');

/** A file's text and size, and its bytes where they may be the file the build checked (else null). */
interface Body {
  text: string;
  size: number;
  bytes: Uint8Array<ArrayBuffer> | null;
}

/** A dataset file's bytes as a dataset (a file the reader previews; tests). `trusted`: as for loadDataset. */
export function readDatasetBytes(bytes: Uint8Array<ArrayBuffer>, name: string, trusted: BuildChecked | null): Promise<LoadResult> {
  // Like Response.text(): UTF-8, a byte-order mark dropped, malformed bytes replaced rather than refused.
  return datasetOf({ text: new TextDecoder().decode(bytes), size: bytes.byteLength, bytes }, name, trusted);
}

/**
 * The bytes the build checked (`trusted`: the bundled dataset, scripts/bundledDatasetPlugin.ts) are only parsed:
 * checking them again would cost a phone ~40 ms and the checker's code. Any other file is checked in full, by a checker
 * fetched when it is needed (preloadData.ts fetches it beside a `?data=` file); a file of another length is not even
 * hashed (35 ms of a throttled phone's CPU for 10,000 positions).
 */
async function datasetOf(body: Body, name: string, trusted: BuildChecked | null): Promise<LoadResult> {
  const { text, size, bytes } = body;
  if (trusted !== null && bytes !== null && size === trusted.bytes && (await sha256Hex(bytes)) === trusted.sha256)
    return { ok: true, dataset: JSON.parse(text) as Dataset, checkedByBuild: true };
  let checker: Awaited<ReturnType<typeof loadChecker>>;
  try {
    checker = await loadChecker();
  } catch {
    // A browser keeps a module that failed to arrive as failed: trying again in the page cannot help, a reload can.
    return failure(
      'The data could not be checked',
      `The part of the dashboard that checks ${name} did not download. Reload the page to try again.`,
      false,
    );
  }
  return checker.datasetFromText(text, size, name);
}

/** Hex SHA-256 of `bytes`, or null where the browser offers no digest (a page served over plain http). */
async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string | null> {
  // `subtle` is missing outside secure contexts, whatever the types say.
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined;
  if (subtle === undefined) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The body, or null as soon as it passes `cap` bytes: reading stops there, so an oversized file is never held whole.
 * Each piece is decoded as it arrives, while the rest downloads, not in one block after the last (10,000 positions:
 * ~75 ms of a throttled phone's CPU). The bytes are kept only while they may be `keep` long (the build's file, to be
 * hashed), so a large file's bytes are dropped early; its text is held twice for a moment, as pieces and joined.
 */
async function readCapped(response: Response, cap: number, keep: number | null): Promise<Body | null> {
  if (response.body === null) {
    const whole = new Uint8Array(await response.arrayBuffer());
    if (whole.byteLength > cap) return null;
    return { text: new TextDecoder().decode(whole), size: whole.byteLength, bytes: whole.byteLength === keep ? whole : null };
  }
  const reader = response.body.getReader();
  // Like Response.text(): UTF-8, a byte-order mark dropped, malformed bytes replaced; a character cut between two
  // pieces waits for the next (`stream`).
  const decoder = new TextDecoder();
  let chunks: Uint8Array[] | null = keep === null ? null : [];
  const texts: string[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel();
      return null;
    }
    texts.push(decoder.decode(value, { stream: true }));
    if (keep !== null && size > keep) chunks = null;
    chunks?.push(value);
  }
  texts.push(decoder.decode());
  return { text: texts.join(''), size, bytes: chunks !== null && size === keep ? concat(chunks, size) : null };
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
