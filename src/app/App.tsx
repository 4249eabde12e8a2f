import { useMemo, useState } from 'react';
import { ErrorPanel } from '../components/ErrorPanel';
import type { LoadResult } from '../data/load';
import { indexDataset } from '../lib/datasetIndex';
import { localizeDataset } from '../lib/localizeDataset';
import { DataContext } from '../state/data';
import { I18nContext } from '../state/i18n';
import { useDashboard, useDashboardStore } from '../state/store';
import { Dashboard } from './Dashboard';
import { useCatalog } from './useCatalog';
import { useDatasetStatus } from './useDatasetStatus';
import { useViewCode } from './viewChunks';

/**
 * Loads the dataset, then composes the dashboard; the only place that knows about every view. `bundled`: the dataset
 * requested is the one at the address the site was built with (useCatalog).
 */
export function App({ load, bundled = false }: { load: () => Promise<LoadResult>; bundled?: boolean }) {
  const { status, retry } = useDatasetStatus(load);
  const lang = useDashboard((s) => s.lang);
  // The build's hyphenated words fit the bytes it checked: a data/dataset.json replaced on the server since (its digest
  // differs) takes the language's patterns, once that is known.
  const { i18n, ready: catalogReady } = useCatalog(lang, bundled && (status.kind !== 'ready' || status.checkedByBuild));
  // The first view's code, fetched since boot (preloadData.ts), is awaited with the data; later views load on demand.
  const store = useDashboardStore();
  const [firstView] = useState(() => store.getState().url.view);
  const firstViewCode = useViewCode(firstView);
  const ready = status.kind === 'ready' ? status.dataset : null;
  // Views read names and titles from the index: built from the dataset in the reader's language.
  const index = useMemo(
    () => (ready === null ? null : indexDataset(localizeDataset(ready, i18n.lang))),
    [ready, i18n.lang],
  );
  let body;
  if (status.kind === 'failed')
    body = (
      <ErrorPanel
        title={status.result.title}
        problems={status.result.problems}
        onRetry={status.result.retry ? retry : undefined}
      />
    );
  else if (status.kind === 'loading' || !catalogReady || !firstViewCode)
    body = (
      <div className="loading" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" /> {i18n.m.app.loading}
      </div>
    );
  else if (index !== null)
    body = (
      <DataContext.Provider value={index}>
        <Dashboard />
      </DataContext.Provider>
    );
  return <I18nContext.Provider value={i18n}>{body}</I18nContext.Provider>;
}
