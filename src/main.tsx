// First, so a ?data= download starts before the rest of the bundle is evaluated.
import { bootUrl, dataCheck } from './app/preloadData';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ThemeRoot } from './app/ThemeRoot';
import { interfaceFonts } from './app/fonts';
import { ErrorBoundary } from './components/ErrorBoundary';
import { startHeightReporting } from './embed/heightReporter';
import { parsePresentation } from './lib/embedParams';
import { formatterFor } from './lib/format';
import { chooseLang, isLang, LANGS } from './i18n/languages';
import { loadDataset, type LoadResult } from './data/load';
import { keptParams, serializeUrl } from './lib/urlState';
import { PresentationContext } from './state/presentation';
import { createDashboardStore, StoreContext } from './state/store';
// Inter, self-hosted: the interface and exported images measure and draw text with the same font.
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-700.css';
import '@fontsource/inter/cyrillic-400.css';
import '@fontsource/inter/cyrillic-700.css';
import './styles.css';

const DEFAULT_DATA = 'data/dataset.json';

const container = document.getElementById('root');
if (container === null) throw new Error('#root element missing from index.html');

const { state, notices } = bootUrl;
const { presentation, notices: presentationNotices } = parsePresentation(window.location.search);
const langParam = new URLSearchParams(window.location.search).get('lang');
const langNotices =
  langParam !== null && !isLang(langParam)
    ? [{ param: 'lang', message: `ignored lang="${langParam.slice(0, 20)}": expected one of ${LANGS.join(', ')}` }]
    : [];
const lang = chooseLang(langParam, navigator.languages, presentation.embed);
const store = createDashboardStore(state, [...notices, ...presentationNotices, ...langNotices], lang);
// The interface's fonts download beside the dataset; App draws the dashboard once both are in.
void interfaceFonts(lang);

const keep = keptParams(window.location.search);
if (langNotices.length > 0) delete keep.lang;
document.documentElement.lang = lang;
const root = document.documentElement;
if (presentation.embed) root.dataset.embed = 'true';
if (presentation.transparent) root.dataset.transparent = 'true';
// In any frame (embed=1 or not), announce the height so hosts can size the iframe.
startHeightReporting(presentation.childId);

// The address follows the state once a burst of changes settles: replaceState costs ~30 ms on a throttled phone,
// too much to pay inside every click, keystroke or step of the play button.
const URL_SETTLE_MS = 150;
let urlTimer: ReturnType<typeof setTimeout> | undefined;
store.subscribe((s, prev) => {
  if (s.lang !== prev.lang) keep.lang = s.lang;
  if (s.url === prev.url && s.lang === prev.lang) return;
  clearTimeout(urlTimer);
  urlTimer = setTimeout(() => {
    const { url } = store.getState();
    try {
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${serializeUrl(url, keep)}${window.location.hash}`,
      );
    } catch {
      // A sandboxed frame (opaque origin) may refuse; the state still works, only the address does not follow.
    }
  }, URL_SETTLE_MS);
});

let fetchData: () => Promise<LoadResult>;
/** Where the dataset comes from: the methodology page offers it for download from the same address. */
let dataUrl: string | undefined;
if (dataCheck === null) {
  const url = new URL(DEFAULT_DATA, document.baseURI).href;
  dataUrl = url;
  fetchData = () => loadDataset(url);
} else if (dataCheck.ok) {
  const { url } = dataCheck;
  dataUrl = url;
  fetchData = () => loadDataset(url);
} else {
  const { message } = dataCheck;
  fetchData = () =>
    Promise.resolve({
      ok: false,
      title: 'This dataset is not allowed',
      problems: [{ path: 'data', message }],
      retry: false,
    });
}
// The first request starts now, not after React's first render (the view's code is already on its way: preloadData).
let firstLoad: Promise<LoadResult> | null = fetchData();
// Building Intl's date formats takes ~100 ms on a throttled phone; done while the dataset downloads, it is off the
// path to the first view (the formatter caches them).
setTimeout(() => {
  const fmt = formatterFor(lang);
  fmt.date('2000-01-01');
  fmt.shortDate('2000-01-01');
}, 0);
const load = (): Promise<LoadResult> => {
  const pending = firstLoad;
  firstLoad = null;
  return pending ?? fetchData();
};

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
    <PresentationContext.Provider value={{ ...presentation, kept: keep, dataUrl }}>
      <ThemeRoot setting={presentation.theme}>
        <StoreContext.Provider value={store}>
          <ErrorBoundary label="the dashboard">
            <App load={load} />
          </ErrorBoundary>
        </StoreContext.Provider>
      </ThemeRoot>
    </PresentationContext.Provider>
  </StrictMode>,
);
