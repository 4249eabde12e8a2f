import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { ErrorPanel } from '../components/ErrorPanel';
import { AsOfControl } from '../components/AsOfControl';
import { CompareGrid } from '../components/compare/CompareGrid';
import { DetailPanel } from '../components/DetailPanel';
import { MatrixView } from '../components/matrix/MatrixView';
import { FilterPanel } from '../components/filters/FilterPanel';
import { EmbedFooter, EmbedHeader, Footer, Header } from '../components/Header';
import { NoticeBar } from '../components/NoticeBar';
import { ShareBar } from '../components/share/ShareBar';
import { PositionsTable } from '../components/table/PositionsTable';
import { ViewTabs } from '../components/ViewTabs';
import type { LoadResult } from '../data/load';
import { indexDataset, type DatasetIndex } from '../lib/datasetIndex';
import { reconcile, type View } from '../lib/urlState';
import { DataContext } from '../state/data';
import { usePresentation } from '../state/presentation';
import { useDashboard, type DashboardStore } from '../state/store';

type Status = { kind: 'loading' } | { kind: 'failed'; result: Extract<LoadResult, { ok: false }> } | { kind: 'ready'; index: DatasetIndex };

/** Loads the dataset, then composes the dashboard; the only place that knows about every view. */
export function App({ load, store }: { load: () => Promise<LoadResult>; store: DashboardStore }) {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void load().then((result) => {
      if (!live) return;
      if (!result.ok) {
        setStatus({ kind: 'failed', result });
        return;
      }
      const index = indexDataset(result.dataset);
      const { state, notices } = reconcile(store.getState().url, index);
      store.setState((s) => ({ url: state, notices: [...s.notices, ...notices] }));
      setStatus({ kind: 'ready', index });
    });
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

  if (status.kind === 'loading')
    return (
      <div className="loading" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" /> Loading positions…
      </div>
    );
  if (status.kind === 'failed')
    return <ErrorPanel title={status.result.title} problems={status.result.problems} onRetry={status.result.retry ? retry : undefined} />;
  return (
    <DataContext.Provider value={status.index}>
      <Dashboard />
    </DataContext.Provider>
  );
}

// Recharts is only fetched for the views that draw with it.
const AgreementView = lazy(() => import('../components/agreement/AgreementView'));
const TimelineView = lazy(() => import('../components/timeline/TimelineView'));
const DistributionView = lazy(() => import('../components/distribution/DistributionView'));

const SKIP_TARGET: Record<View, string> = {
  compare: 'comparison',
  matrix: 'matrix',
  agreement: 'agreement charts',
  timeline: 'timeline',
  distribution: 'distribution chart',
  table: 'table',
};

function CurrentView({ view }: { view: View }) {
  switch (view) {
    case 'table':
      return <PositionsTable />;
    case 'matrix':
      return <MatrixView />;
    case 'agreement':
      return <AgreementView />;
    case 'timeline':
      return <TimelineView />;
    case 'distribution':
      return <DistributionView />;
    default:
      return <CompareGrid />;
  }
}

/**
 * Marks `<html data-ready="true">` once the current view has rendered (after its lazy chunk),
 * so screenshot tools and tests wait for the chart, not only the data. Inside the Suspense
 * boundary: while a view is loading, the fallback hides this and its layout effect is undone.
 */
function ReadySignal() {
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.ready = 'true';
    return () => {
      delete root.dataset.ready;
    };
  }, []);
  return null;
}

function Dashboard() {
  const view = useDashboard((s) => s.url.view);
  const { embed, controls } = usePresentation();
  const main = (
    <main id="main" tabIndex={-1}>
      <Suspense
        fallback={
          <p className="loading" role="status">
            <span className="spinner" aria-hidden="true" /> Loading the chart…
          </p>
        }
      >
        <CurrentView view={view} />
        <ReadySignal key={view} />
      </Suspense>
    </main>
  );
  if (embed)
    return (
      <>
        <EmbedHeader />
        <NoticeBar />
        {controls && (
          <div className="embed-controls">
            <AsOfControl />
            <FilterPanel dateRange={false} textSearch={view === 'table'} />
          </div>
        )}
        {main}
        <EmbedFooter />
        <DetailPanel />
      </>
    );
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the {SKIP_TARGET[view]}
      </a>
      <Header />
      <NoticeBar />
      <div className="toolbar">
        <ViewTabs />
        <AsOfControl />
      </div>
      <FilterPanel dateRange={view === 'table'} textSearch={view === 'table'} />
      <ShareBar />
      {main}
      <Footer />
      <DetailPanel />
    </>
  );
}
