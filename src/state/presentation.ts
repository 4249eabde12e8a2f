import { createContext, useContext, useMemo } from 'react';
import { keptWithLang } from '../lib/address';
import { DEFAULT_PRESENTATION, type Presentation } from '../lib/embedParams';
import { useDashboard } from './store';

export interface PresentationValue extends Presentation {
  /** Parameters kept across state changes (data=, theme= …) as the address gave them; lang= is the store's. */
  kept: Readonly<Record<string, string>>;
  /** The address the dataset was requested from (main.tsx decides it), for the methodology page's download link. */
  dataUrl?: string;
}

export const PresentationContext = createContext<PresentationValue>({ ...DEFAULT_PRESENTATION, kept: {} });

export const usePresentation = (): PresentationValue => useContext(PresentationContext);

/** The parameters links, embed codes and the address carry beside the state, with the reader's language. */
export function useKeptParams(): Readonly<Record<string, string>> {
  const { kept } = usePresentation();
  const lang = useDashboard((s) => s.lang);
  const langInAddress = useDashboard((s) => s.langInAddress);
  return useMemo(() => keptWithLang(kept, lang, langInAddress), [kept, lang, langInAddress]);
}
