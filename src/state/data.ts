import { createContext, useContext } from 'react';
import type { DatasetIndex } from '../lib/datasetIndex';

/** The loaded dataset lives outside the UI store: it is server data, fixed for the page's life. */
export const DataContext = createContext<DatasetIndex | null>(null);

export function useData(): DatasetIndex {
  const index = useContext(DataContext);
  if (index === null) throw new Error('useData must be used inside <DataContext.Provider>');
  return index;
}
