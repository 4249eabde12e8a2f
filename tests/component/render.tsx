import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Dataset } from '../../src/data/schema';
import { indexDataset } from '../../src/lib/datasetIndex';
import { DEFAULT_STATE, type UrlState } from '../../src/lib/urlState';
import { DataContext } from '../../src/state/data';
import { createDashboardStore, StoreContext } from '../../src/state/store';

/** Renders a view with a fresh store and the given dataset, as the app would after loading. */
export function renderWith(ui: ReactElement, dataset: Dataset, url: Partial<UrlState> = {}) {
  const store = createDashboardStore({ ...DEFAULT_STATE, ...url });
  const utils = render(
    <StoreContext.Provider value={store}>
      <DataContext.Provider value={indexDataset(dataset)}>{ui}</DataContext.Provider>
    </StoreContext.Provider>,
  );
  return { ...utils, store };
}
