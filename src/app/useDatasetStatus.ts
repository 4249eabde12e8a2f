import { useCallback, useEffect, useState } from 'react';
import type { LoadResult } from '../data/load';
import { failure } from '../data/loadResult';
import type { Dataset } from '../data/schema';
import { indexDataset } from '../lib/datasetIndex';
import { reconcile } from '../lib/urlState';
import { useDashboardStore } from '../state/store';

export type DatasetStatus =
  | { kind: 'loading' }
  | { kind: 'failed'; result: Extract<LoadResult, { ok: false }> }
  | { kind: 'ready'; dataset: Dataset; checkedByBuild: boolean };

/**
 * Loading, failed or ready, with a retry. A loaded dataset first reconciles the address's state with what it holds
 * (unknown ids become notices); `<html data-error>` marks a failure for screenshot tools and tests.
 */
export function useDatasetStatus(load: () => Promise<LoadResult>): { status: DatasetStatus; retry: () => void } {
  const store = useDashboardStore();
  const [status, setStatus] = useState<DatasetStatus>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void load().then(
      (result) => {
        if (!live) return;
        if (!result.ok) {
          setStatus({ kind: 'failed', result });
          return;
        }
        const { state, notices } = reconcile(store.getState().url, indexDataset(result.dataset));
        store.setState((s) => ({ url: state, notices: [...s.notices, ...notices] }));
        setStatus({ kind: 'ready', dataset: result.dataset, checkedByBuild: result.checkedByBuild === true });
      },
      // Loads say what went wrong as results; anything else still ends the loading line with a message, not a spinner.
      (err: unknown) => {
        if (!live) return;
        const message = err instanceof Error ? err.message : String(err);
        setStatus({ kind: 'failed', result: failure('The data could not be loaded', message, true) });
      },
    );
    return () => {
      live = false;
    };
  }, [load, store, attempt]);

  const retry = useCallback(() => {
    setStatus({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  useEffect(() => {
    const root = document.documentElement;
    if (status.kind === 'failed') root.dataset.error = 'true';
    else delete root.dataset.error;
  }, [status]);

  return { status, retry };
}
