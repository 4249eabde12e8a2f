import { createContext, useContext } from 'react';
import { DEFAULT_PRESENTATION, type Presentation } from '../lib/embedParams';

export interface PresentationValue extends Presentation {
  /** Parameters kept across state changes (data=, lang=, theme= …), for links and embed codes. */
  kept: Readonly<Record<string, string>>;
  /** The address the dataset was requested from (main.tsx decides it), for the methodology page's download link. */
  dataUrl?: string;
}

export const PresentationContext = createContext<PresentationValue>({ ...DEFAULT_PRESENTATION, kept: {} });

export const usePresentation = (): PresentationValue => useContext(PresentationContext);
