import { createContext, useContext } from 'react';
import type { LoadResult } from '../data/load';

export type PreviewFailure = Extract<LoadResult, { ok: false }>;

/**
 * A private preview of a local file: what the page shows is that file, read in this browser only, until the reader
 * goes back to the published data. main.tsx provides it (src/app/localPreview.ts); the bar, the file picker and the
 * exports read it.
 */
export interface PreviewValue {
  /** The previewed file's name, or null when the page shows the published data. */
  name: string | null;
  /** Reads and checks the files; on success the page reloads on them (never returns), else the problems. */
  open: (files: readonly File[]) => Promise<PreviewFailure>;
  end: () => void;
}

export const PreviewContext = createContext<PreviewValue>({
  name: null,
  open: () => Promise.resolve({ ok: false, title: 'Preview is not available here', problems: [], retry: false }),
  end: () => undefined,
});

export const usePreview = (): PreviewValue => useContext(PreviewContext);
