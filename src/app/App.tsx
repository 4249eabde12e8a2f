import { lazy, Suspense, type ComponentType, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { ErrorPanel } from '../components/ErrorPanel';
import { AsOfControl } from '../components/AsOfControl';
import { CompareGrid } from '../components/compare/CompareGrid';
import { DetailPanel } from '../components/DetailPanel';
import { MatrixView } from '../components/matrix/MatrixView';
import { FilterPanel } from '../components/filters/FilterPanel';
import { EmbedFooter, EmbedHeader, Footer, Header } from '../components/Header';
import { NoticeBar } from '../components/NoticeBar';
import { ShareBar } from '../components/share/ShareBar';
import { ViewTabs } from '../components/ViewTabs';
import type { LoadResult } from '../data/load';
import type { Dataset } from '../data/schema';
import { indexDataset } from '../lib/datasetIndex';
import { localizeDataset } from '../lib/localizeDataset';
import { viewSpec, type LazyView, type View } from '../core/views';
import { reconcile } from '../lib/urlState';
import { DataContext } from '../state/data';
import { I18nContext, i18nFor, useI18n } from '../state/i18n';
import { en } from '../i18n/en';
import { loadCatalog } from '../i18n/load';
import { interfaceFonts } from './fonts';
import { DEFAULT_LANG } from '../i18n/languages';
import { LiveRegion } from '../components/LiveRegion';
import { LAZY_VIEWS, loadedView, loadView } from './viewChunks';
import { usePresentation } from '../state/presentation';
import { useDashboard, useDashboardStore } from '../state/store';

type Status =
  | { kind: 'loading' }
  | { kind: 'failed'; result: Extract<LoadResult, { ok: false }> }
  | { kind: 'ready'; dataset: Dataset };

/** Loads the dataset, then composes the dashboard; the only place that knows about every view. */
export function App({ load }: { load: () => Promise<LoadResult> }) {
  const store = useDashboardStore();
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
      const { state, notices } = reconcile(store.getState().url, indexDataset(result.dataset));
      store.setState((s) => ({ url: state, notices: [...s.notices, ...notices] }));
      setStatus({ kind: 'ready', dataset: result.dataset });
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

  const lang = useDashboard((s) => s.lang);
  // The catalog in use: the chosen language's once it and the language's fonts are in (fonts.ts says why the fonts);
  // until then the previous one. `placeholder`: English stands in at first, for the loading line only.
  const [catalog, setCatalog] = useState({ lang: DEFAULT_LANG, m: en, placeholder: true });
  useEffect(() => {
    let live = true;
    Promise.all([loadCatalog(lang), interfaceFonts(lang)]).then(
      ([m]) => live && setCatalog({ lang, m, placeholder: false }),
      // A failed download falls back to the language in use (English at first): the page stays usable.
      () => live && setCatalog((c) => ({ ...c, placeholder: false })),
    );
    return () => {
      live = false;
    };
  }, [lang]);
  const i18n = useMemo(() => i18nFor(catalog.lang, catalog.m), [catalog]);
  useEffect(() => {
    document.documentElement.lang = catalog.lang;
  }, [catalog.lang]);
  // The dashboard waits for the reader's catalog and fonts, so a Ukrainian or Russian page never flashes English, no
  // chart measures its labels in a fallback font, and `data-ready` marks the page as it will stay.
  const catalogReady = !catalog.placeholder;
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
  else if (status.kind === 'loading' || !catalogReady)
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

/**
 * A view fetched on demand. When its code arrived while the data loaded (preloadData.ts starts it at boot), it renders
 * at once: going through Suspense anyway cost a fallback commit, an extra layout and a second render on a phone.
 */
function onDemand(view: LazyView) {
  const Lazy = lazy(() => loadView(view));
  return function OnDemandView() {
    const Loaded = loadedView(view);
    return Loaded === null ? <Lazy /> : <Loaded />;
  };
}
/** The first bundle's views; the others are fetched on demand (src/core/views.ts says which). */
const EAGER_VIEWS = { compare: CompareGrid, matrix: MatrixView } satisfies Record<
  Exclude<View, LazyView>,
  ComponentType
>;
const LAZY_COMPONENTS = {} as Record<LazyView, ComponentType>;
for (const view of LAZY_VIEWS) LAZY_COMPONENTS[view] = onDemand(view);
const isEager = (view: View): view is keyof typeof EAGER_VIEWS => Object.hasOwn(EAGER_VIEWS, view);

function CurrentView({ view }: { view: View }) {
  const Component = isEager(view) ? EAGER_VIEWS[view] : LAZY_COMPONENTS[view];
  return <Component />;
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
  const { m } = useI18n();
  // The methodology page explains the data; the date, filters and export do not apply to it.
  const tools = viewSpec(view).tools;
  const main = (
    <main id="main" tabIndex={-1}>
      <ErrorBoundary label={m.views[view]} resetKey={view}>
        <Suspense
          fallback={
            <p className="loading" role="status">
              <span className="spinner" aria-hidden="true" /> {m.app.loadingChart}
            </p>
          }
        >
          <CurrentView view={view} />
          <ReadySignal key={view} />
        </Suspense>
      </ErrorBoundary>
    </main>
  );
  if (embed)
    return (
      <>
        <EmbedHeader />
        <NoticeBar />
        {controls && tools && (
          <div className="embed-controls">
            <AsOfControl />
            <FilterPanel dateRange={false} textSearch={tools.textSearch} />
          </div>
        )}
        {main}
        <EmbedFooter />
        <DetailPanel />
        <LiveRegion />
      </>
    );
  return (
    <>
      <a className="skip-link" href="#main">
        {m.app.skipTo(m.skipTargets[view])}
      </a>
      <Header />
      <NoticeBar />
      <div className="toolbar">
        <ViewTabs />
        {tools && <AsOfControl />}
      </div>
      {tools && <FilterPanel dateRange={tools.dateRange} textSearch={tools.textSearch} />}
      {tools && <ShareBar />}
      {main}
      <Footer />
      <DetailPanel />
      <LiveRegion />
    </>
  );
}
