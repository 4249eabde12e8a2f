import type { PreviewFailure } from '../state/preview';

/** Choosing a file to preview, and ending a preview: loaded when the reader does either (localPreview.ts). */

/** The address with the preview on (and no ?data=, which it replaces), or off. */
function addressWith(on: boolean): string {
  const url = new URL(window.location.href);
  url.searchParams.delete('preview');
  if (on) {
    url.searchParams.delete('data');
    // A preview opens on the data, not on the page where the file was chosen.
    if (url.searchParams.get('view') === 'method') url.searchParams.delete('view');
    url.searchParams.set('preview', 'local');
  }
  return url.href;
}

export async function open(files: readonly File[], key: string): Promise<PreviewFailure> {
  const given = await Promise.all(
    files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  // The readers (workbook, zip, CSV) load only when a file is chosen.
  const { datasetFromFiles } = await import('../lib/workbook/importFile');
  const result = datasetFromFiles(given);
  if (!result.ok) return result;
  // File names read the same in every language: the first, and how many more ("positions.csv +7").
  const name = `${files[0]?.name ?? ''}${files.length > 1 ? ` +${files.length - 1}` : ''}`;
  const json = JSON.stringify(result.dataset);
  try {
    window.sessionStorage.setItem(key, JSON.stringify({ name, json }));
  } catch {
    return {
      ok: false,
      title: `${name} is too large to preview`,
      problems: [
        {
          path: '',
          message: `Its data is ${(json.length / 1_000_000).toFixed(1)} million characters; a browser keeps about 5 million for a tab. Preview a part of it, or publish it and load it with ?data=.`,
        },
      ],
      retry: false,
    };
  }
  window.location.assign(addressWith(true));
  // The page is being replaced: nothing to show meanwhile.
  return new Promise<PreviewFailure>(() => undefined);
}

export function end(key: string) {
  try {
    window.sessionStorage.removeItem(key);
  } catch {
    /* storage refused: the address alone ends the preview */
  }
  window.location.assign(addressWith(false));
}
