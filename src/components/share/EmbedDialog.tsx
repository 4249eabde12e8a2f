import { useMemo } from 'react';
import { embedCodes } from '../../lib/embedCode';
import { useData } from '../../state/data';
import { useAsOf } from '../../state/derived';
import { useKeptParams } from '../../state/presentation';
import { useDashboard } from '../../state/store';
import { useI18n } from '../../state/i18n';
import { CopyField } from './CopyField';
import { LinkCutNote } from './LinkCutNote';

/** Header, filters and footer of an embed add roughly this much to the view's own height. */
const CHROME_HEIGHT = 180;

/** Embed codes for the current state: responsive iframe, pym.js, and a frozen variant. */
export function EmbedCodes() {
  const { dataset } = useData();
  const url = useDashboard((s) => s.url);
  const asOf = useAsOf();
  const kept = useKeptParams();
  const { m, lang } = useI18n();
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
      lang,
      m,
    });
  }, [url, kept, asOf, dataset, lang, m]);
  return (
    <div className="embed-codes">
      <LinkCutNote />
      <CopyField
        label={m.share.responsive}
        hint={m.share.responsiveHint}
        value={codes.responsive}
        testId="embed-responsive"
      />
      <CopyField label={m.share.pym} hint={m.share.pymHint} value={codes.pym} testId="embed-pym" />
      <CopyField label={m.share.frozen} hint={m.share.frozenHint} value={codes.frozen} testId="embed-frozen" />
      <p className="muted">{m.share.sandboxNote}</p>
    </div>
  );
}
