import { readDatasetBytes, type LoadResult } from '../data/load';
import type { PreviewValue } from '../state/preview';
import type { DatasetRequest } from './datasetRequest';

/**
 * A local file previewed in place of the published data. The file is read in the browser and never sent anywhere;
 * its checked dataset is kept in the tab's sessionStorage, so a reload, and an embed opened in this tab
 * (`?embed=1&preview=local`), show the same draft, and no other tab or reader ever does. `preview=local` in the
 * address says to read it; links and embed codes never carry it.
 */
const KEY = 'demands-dashboard:preview';
const PREVIEW_PARAM = 'preview';

interface Stored {
  name: string;
  json: string;
}

function stored(): Stored | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (raw === null) return null;
    const value = JSON.parse(raw) as Partial<Stored>;
    return typeof value.name === 'string' && typeof value.json === 'string'
      ? { name: value.name, json: value.json }
      : null;
  } catch {
    return null;
  }
}

/** The address asks for the previewed file in place of the published data. */
export const previewsLocalFile = (kept: Readonly<Record<string, string>>): boolean => kept[PREVIEW_PARAM] === 'local';

/** The previewed file's name, when the address asks for the preview and the tab holds one. */
export const previewName = (kept: Readonly<Record<string, string>>): string | null =>
  previewsLocalFile(kept) ? (stored()?.name ?? null) : null;

/** The dataset request of a preview: the stored file, checked again as any dataset is. */
export function previewRequest(): DatasetRequest {
  const load = (): Promise<LoadResult> => {
    const file = stored();
    if (file === null)
      return Promise.resolve({
        ok: false,
        title: 'The previewed file is not here',
        problems: [
          {
            path: PREVIEW_PARAM,
            message:
              'A preview lives only in the browser tab it was opened in, until that tab closes. Choose the file again below, or open the address without preview=local for the published data.',
          },
        ],
        retry: false,
      });
    return readDatasetBytes(new TextEncoder().encode(file.json), file.name, null);
  };
  return { load, url: undefined, bundled: false };
}

// Choosing a file and ending a preview load their code (and the file readers) when they happen, not with every page.
export const previewControls = (name: string | null): PreviewValue => ({
  name,
  open: async (files) => (await import('./previewFile')).open(files, KEY),
  end: () => void import('./previewFile').then((mod) => mod.end(KEY)),
});
