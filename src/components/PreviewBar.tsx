import { useI18n } from '../state/i18n';
import { usePreview } from '../state/preview';

/**
 * While a local file is previewed, on every page and embed of this tab: it cannot be dismissed, only the preview
 * ended, so a draft can never pass for the published data (exports say it too).
 */
export function PreviewBar() {
  const { name, end } = usePreview();
  const { m } = useI18n();
  if (name === null) return null;
  return (
    <div className="preview-bar" role="note">
      <p>
        <strong>{m.preview.bar(name)}</strong> <span>{m.preview.barNote}</span>
      </p>
      <button type="button" onClick={end}>
        {m.preview.back}
      </button>
    </div>
  );
}
