import { loadDataset, type LoadResult } from '../data/load';
import type { DataUrlCheck } from '../lib/dataUrl';

const DEFAULT_DATA = 'data/dataset.json';

export interface DatasetRequest {
  /** The first call returns the request already under way; later calls (Try again) request anew. */
  load: () => Promise<LoadResult>;
  /** Where the dataset comes from: the methodology page offers it for download from the same address. */
  url: string | undefined;
}

/**
 * Starts the dataset's request at once, not after React's first render (the view's code is already on its way:
 * preloadData.ts). A `?data=` address the allowlist refused becomes a load that fails with the reason, shown as any
 * other load error.
 */
export function requestDataset(check: DataUrlCheck | null, baseUri: string): DatasetRequest {
  if (check !== null && !check.ok) {
    const { message } = check;
    const refused = (): Promise<LoadResult> =>
      Promise.resolve({
        ok: false,
        title: 'This dataset is not allowed',
        problems: [{ path: 'data', message }],
        retry: false,
      });
    return { load: refused, url: undefined };
  }
  const url = check === null ? new URL(DEFAULT_DATA, baseUri).href : check.url;
  let first: Promise<LoadResult> | null = loadDataset(url);
  const load = (): Promise<LoadResult> => {
    const pending = first;
    first = null;
    return pending ?? loadDataset(url);
  };
  return { load, url };
}
