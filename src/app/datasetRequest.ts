import { loadDataset, type LoadResult } from '../data/load';
import type { DataUrlCheck } from '../lib/dataUrl';

const DEFAULT_DATA = 'data/dataset.json';

export interface DatasetRequest {
  /** The first call returns the request already under way; later calls (Try again) request anew. */
  load: () => Promise<LoadResult>;
  /** Where the dataset comes from: the methodology page offers it for download from the same address. */
  url: string | undefined;
  /** The dataset the site was built with, whose words the build hyphenated (src/i18n/load.ts). */
  bundled: boolean;
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
    return { load: refused, url: undefined, bundled: false };
  }
  const url = check === null ? new URL(DEFAULT_DATA, baseUri).href : check.url;
  const request = () => loadDataset(url, fetch, __BUNDLED_DATASET__);
  let first: Promise<LoadResult> | null = request();
  const load = (): Promise<LoadResult> => {
    const pending = first;
    first = null;
    return pending ?? request();
  };
  return { load, url, bundled: check === null };
}
