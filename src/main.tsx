import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadDataset, type LoadResult } from './data/load';
import { checkDataUrl } from './lib/dataUrl';
import { keptParams, parseUrl, serializeUrl } from './lib/urlState';
import { createDashboardStore, StoreContext } from './state/store';
import './styles.css';

const DEFAULT_DATA = 'data/dataset.json';

const container = document.getElementById('root');
if (container === null) throw new Error('#root element missing from index.html');

// The URL is read once here; afterwards the store is the truth and the URL follows it.
const { state, data, notices } = parseUrl(window.location.search);
const store = createDashboardStore(state, notices);

const keep = keptParams(window.location.search);

store.subscribe((s, prev) => {
  if (s.url === prev.url) return;
  const search = serializeUrl(s.url, keep);
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
});

let load: () => Promise<LoadResult>;
if (data === null) {
  load = () => loadDataset(new URL(DEFAULT_DATA, document.baseURI).href);
} else {
  const check = checkDataUrl(data, window.location.href, __DATA_ORIGINS__);
  load = check.ok
    ? () => loadDataset(check.url)
    : () => Promise.resolve({ ok: false, title: 'This dataset is not allowed', problems: [{ path: 'data', message: check.message }], retry: false });
}

createRoot(container).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App load={load} store={store} />
    </StoreContext.Provider>
  </StrictMode>,
);
