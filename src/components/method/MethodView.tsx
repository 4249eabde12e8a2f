import { useDeferredValue, useMemo } from 'react';
import { correctionsLog, downloadName, sourceUse, workedExample } from '../../lib/method';
import { DEFAULT_VIEW } from '../../core/views';
import { useData } from '../../state/data';
import { useI18n } from '../../state/i18n';
import { usePresentation } from '../../state/presentation';
import { useDashboard } from '../../state/store';
import { MethodPage } from './MethodPage';
import { useMethodText } from './useMethodText';

/** Where the dataset is fetched from when the page was not told (outside main.tsx: tests). */
const BUNDLED = 'data/dataset.json';
const SCHEMA = 'data/dataset.schema.json';

/** The methodology page (view=method): reads the dataset, the language and the address, and hands them on. */
export function MethodView() {
  const index = useData();
  const i18n = useI18n();
  // A change of language keeps the page in the old one until the new text has arrived, rather than blanking it.
  const text = useMethodText(useDeferredValue(i18n.lang));
  const url = useDashboard((s) => s.url);
  const { dataUrl } = usePresentation();
  const { dataset } = index;
  const example = useMemo(() => workedExample(dataset), [dataset]);
  const sources = useMemo(() => sourceUse(dataset), [dataset]);
  const corrections = useMemo(() => correctionsLog(dataset), [dataset]);
  const href = dataUrl ?? BUNDLED;
  return (
    <MethodPage
      text={text}
      i18n={i18n}
      index={index}
      example={example}
      sources={sources}
      corrections={corrections}
      download={{ href, name: downloadName(href, dataset.meta.updated) }}
      schemaHref={SCHEMA}
      back={{ ...url, view: DEFAULT_VIEW }}
    />
  );
}
