import { useMemo } from 'react';
import { embedCodes } from '../../lib/embedCode';
import { useData } from '../../state/data';
import { useAsOf } from '../../state/derived';
import { usePresentation } from '../../state/presentation';
import { useDashboard } from '../../state/store';
import { CopyField } from './CopyField';

/** Header, filters and footer of an embed add roughly this much to the view's own height. */
const CHROME_HEIGHT = 180;

/** Embed codes for the current state: responsive iframe, pym.js, and a frozen variant. */
export function EmbedCodes() {
  const { dataset } = useData();
  const url = useDashboard((s) => s.url);
  const asOf = useAsOf();
  const { kept } = usePresentation();
  const codes = useMemo(() => {
    const main = document.getElementById('main');
    const height = Math.min(3000, Math.max(480, (main?.offsetHeight ?? 900) + CHROME_HEIGHT));
    return embedCodes({
      pageUrl: `${window.location.origin}${window.location.pathname}`,
      state: url,
      kept,
      asOf,
      title: dataset.meta.title,
      height,
    });
  }, [url, kept, asOf, dataset]);
  return (
    <div className="embed-codes">
      <CopyField
        label="Responsive iframe (recommended)"
        hint="Resizes to its content through the small host script (MIT, no dependencies). Include the script once per page."
        value={codes.responsive}
        testId="embed-responsive"
      />
      <CopyField label="pym.js" hint="For pages that already load NPR’s pym.js." value={codes.pym} testId="embed-pym" />
      <CopyField
        label="Frozen"
        hint="Pins this view and the date, so the graphic in a published article does not change when positions are added."
        value={codes.frozen}
        testId="embed-frozen"
      />
      <p className="muted">
        Sandboxed iframes work with <code>sandbox="allow-scripts allow-popups"</code> when the dashboard’s assets and data are served with{' '}
        <code>Access-Control-Allow-Origin: *</code>; see the README.
      </p>
    </div>
  );
}
