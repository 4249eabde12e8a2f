import { loadChecker } from '../data/load';
import { readAddress } from '../lib/address';
import { previewsLocalFile } from './localPreview';
import { preloadView } from './viewChunks';

// Imported first by main.tsx, so it runs before React and the views are evaluated: the current view's code and a
// `?data=` dataset start downloading ~0.3 s sooner on a throttled phone (the bundled dataset is preloaded by
// index.html). main.tsx builds the store and requests the dataset from what is decided here, so the preload is
// always for the request loadDataset then makes, which the browser serves from it.

/** The address, read once, here, at boot; afterwards the store is the truth and the address follows it. */
export const boot = readAddress(window.location.search, window.location.href, navigator.languages, __DATA_ORIGINS__);
const dataCheck = boot.data;

preloadView(boot.state.view);
if (dataCheck?.ok === true) {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  // Matches loadDataset's fetch (CORS mode, same-origin credentials), or the browser would fetch twice.
  link.crossOrigin = 'anonymous';
  link.href = dataCheck.url;
  document.head.append(link);
}
// Any dataset but the bundled one is checked in full (src/data/load.ts): its checker downloads beside it. Fetched once
// the bytes were in, it cost a round trip after them on a phone's network (10,000 positions over 4G: ready 3.56 → 3.42 s).
// A failure is left to the load, which imports it again and says so (src/data/load.ts, datasetOf).
if (dataCheck?.ok === true || previewsLocalFile(boot.kept)) void loadChecker().catch(() => undefined);
