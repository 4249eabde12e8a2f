// First, so a ?data= download starts before the rest of the bundle is evaluated.
import { boot } from './app/preloadData';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { addressFollows } from './app/addressFollows';
import { App } from './app/App';
import { requestDataset } from './app/datasetRequest';
import { previewControls, previewName, previewRequest, previewsLocalFile } from './app/localPreview';
import { ThemeRoot } from './app/ThemeRoot';
import { interfaceFonts } from './app/fonts';
import { loadBundledHyphenator, loadCatalog } from './i18n/load';
import { ErrorBoundary } from './components/ErrorBoundary';
import { startHeightReporting } from './embed/heightReporter';
import { formatterFor } from './lib/format';
import { PresentationContext } from './state/presentation';
import { PreviewContext } from './state/preview';
import { createDashboardStore, StoreContext } from './state/store';
// Inter, self-hosted: the interface and exported images measure and draw text with the same font.
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-700.css';
import '@fontsource/inter/cyrillic-400.css';
import '@fontsource/inter/cyrillic-700.css';
import './styles.css';

const container = document.getElementById('root');
if (container === null) throw new Error('#root element missing from index.html');

const { state, notices, presentation, lang, langInAddress, kept, data } = boot;
const store = createDashboardStore(state, notices, lang, langInAddress);
// The interface's fonts download beside the dataset; App draws the dashboard once both are in.
void interfaceFonts(lang);
// A local file previewed in this tab replaces the published data (and any ?data=) until the reader goes back.
const dataset = previewsLocalFile(kept) ? previewRequest() : requestDataset(data, document.baseURI);
const preview = previewControls(previewName(kept));
// The catalog and the build's hyphenated words of the bundled dataset download beside it too: fetched from App's first
// effect, they waited for the whole bundle to run and the loading line to render, a round trip after the data on a
// phone's network. useCatalog asks again and shares this download (onceEach); a failed one it tries again, and
// handles, there.
const ignore = () => undefined;
loadCatalog(lang).catch(ignore);
if (dataset.bundled) loadBundledHyphenator(lang).catch(ignore);

const root = document.documentElement;
if (presentation.embed) root.dataset.embed = 'true';
if (presentation.transparent) root.dataset.transparent = 'true';
// In any frame (embed=1 or not), announce the height so hosts can size the iframe.
startHeightReporting(presentation.childId);
addressFollows(store, kept);

// Building Intl's date formats takes ~100 ms on a throttled phone; done while the dataset downloads, it is off the
// path to the first view (the formatter caches them).
setTimeout(() => {
  const fmt = formatterFor(lang);
  fmt.date('2000-01-01');
  fmt.shortDate('2000-01-01');
}, 0);

/** Each error is written to the console once, as one readable line (React may pass the same error to several callbacks). */
const reported = new WeakSet<object>();
const report = (what: string) => (error: unknown) => {
  if (typeof error === 'object' && error !== null) {
    if (reported.has(error)) return;
    reported.add(error);
  }
  console.error(`Ukraine–Russia–NATO dashboard: ${what}: ${error instanceof Error ? error.message : String(error)}`);
};

createRoot(container, {
  onUncaughtError: report('unexpected error'),
  onCaughtError: report('a view or chart failed and was contained'),
  onRecoverableError: report('recovered from an error'),
}).render(
  <StrictMode>
    <PresentationContext.Provider value={{ ...presentation, kept, dataUrl: dataset.url }}>
      <ThemeRoot setting={presentation.theme}>
        <StoreContext.Provider value={store}>
          <PreviewContext.Provider value={preview}>
            <ErrorBoundary label="the dashboard">
              <App load={dataset.load} bundled={dataset.bundled} />
            </ErrorBoundary>
          </PreviewContext.Provider>
        </StoreContext.Provider>
      </ThemeRoot>
    </PresentationContext.Provider>
  </StrictMode>,
);
