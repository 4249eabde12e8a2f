import { Suspense } from 'react';
import { AsOfControl } from '../components/AsOfControl';
import { DetailPanel } from '../components/DetailPanel';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { FilterPanel } from '../components/filters/FilterPanel';
import { EmbedFooter, EmbedHeader, Footer, Header } from '../components/Header';
import { LiveRegion } from '../components/LiveRegion';
import { NoticeBar } from '../components/NoticeBar';
import { PreviewBar } from '../components/PreviewBar';
import { PartyScope } from '../components/PartyScope';
import { ShareBar } from '../components/share/ShareBar';
import { ViewTabs } from '../components/ViewTabs';
import { viewSpec } from '../core/views';
import { useI18n } from '../state/i18n';
import { usePresentation } from '../state/presentation';
import { useDashboard } from '../state/store';
import { CurrentView, ReadySignal } from './CurrentView';

/** The two layouts around the current view: the full page, and the embed (optionally with the date and filters). */
export function Dashboard() {
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
        {/* No notices in an article: the reader did not write the embed's address and cannot change it. */}
        <PreviewBar />
        <EmbedHeader />
        {controls && tools && (
          <div className="embed-controls">
            <AsOfControl />
            <FilterPanel dateRange={false} textSearch={tools.textSearch} />
          </div>
        )}
        {tools && <PartyScope pairs={viewSpec(view).pairs === true} />}
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
      <PreviewBar />
      <Header />
      <NoticeBar />
      <div className="toolbar">
        <ViewTabs />
        {tools && <AsOfControl />}
      </div>
      {tools && <FilterPanel dateRange={tools.dateRange} textSearch={tools.textSearch} />}
      {tools && <ShareBar />}
      {tools && <PartyScope pairs={viewSpec(view).pairs === true} />}
      {main}
      <Footer />
      <DetailPanel />
      <LiveRegion />
    </>
  );
}
