import { useState } from 'react';
import { buildSvg, PNG_SCALE, pngOf, PRESET_LABEL, PRESETS, presetSize, type Preset } from '../../export/exportImage';
import { download } from '../../export/rasterize';
import { exportFileName, positionsCsv, positionsJson } from '../../lib/exportData';
import { exportSubtitle, sourcesLine } from '../../lib/exportText';
import { formatDate } from '../../lib/format';
import { fullDashboardSearch } from '../../lib/urlState';
import { useData } from '../../state/data';
import { useAsOf, useFilteredPositions, useFilters } from '../../state/derived';
import { usePresentation } from '../../state/presentation';
import { useDashboard } from '../../state/store';
import { useChartPalette } from '../../state/theme';

type Busy = 'png' | 'svg' | 'copy' | null;

const canCopyImage = () => typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function';

/** Downloads of the current view: PNG and SVG images with title and sources, CSV and JSON of the positions. */
export function ExportPanel() {
  const index = useData();
  const { dataset } = index;
  const url = useDashboard((s) => s.url);
  const filters = useFilters();
  const asOf = useAsOf();
  const positions = useFilteredPositions();
  const palette = useChartPalette();
  const { kept } = usePresentation();
  const [preset, setPreset] = useState<Preset>('article');
  const [customWidth, setCustomWidth] = useState(800);
  const [busy, setBusy] = useState<Busy>(null);
  const [status, setStatus] = useState('');
  const hasPicture = url.view !== 'table';
  const permalink = `${window.location.origin}${window.location.pathname}${fullDashboardSearch(url, kept)}`;
  const name = (ext: string) => exportFileName(dataset.meta.title, url.view, asOf, ext);
  const customValid = Number.isInteger(customWidth) && customWidth >= 320 && customWidth <= 3000;

  const image = async () => {
    const main = document.getElementById('main');
    if (main === null) throw new Error('the view is not on the page');
    const size = presetSize(preset, main.clientWidth, customWidth);
    const built = await buildSvg(
      main,
      palette,
      {
        title: dataset.meta.title,
        subtitle: exportSubtitle(filters, index, asOf),
        sources: sourcesLine(index),
        credit: `${dataset.meta.credit} Dataset updated ${formatDate(dataset.meta.updated)}. Licence: ${dataset.meta.license}.`,
        permalink,
      },
      size,
    );
    if (built === null) throw new Error('this view has no picture to export');
    return built;
  };

  const run = async (kind: Exclude<Busy, null>) => {
    setBusy(kind);
    setStatus('');
    try {
      const built = await image();
      if (kind === 'svg') {
        download(new Blob([built.svg], { type: 'image/svg+xml;charset=utf-8' }), name('svg'));
        setStatus(`SVG saved, ${built.width} × ${built.height}.`);
      } else {
        const png = await pngOf(built);
        if (kind === 'png') {
          download(png, name('png'));
          setStatus(`PNG saved, ${built.width * PNG_SCALE} × ${built.height * PNG_SCALE} pixels.`);
        } else {
          await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
          setStatus('Image copied to the clipboard.');
        }
      }
    } catch (err) {
      setStatus(`Export failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="export-panel">
      <section>
        <h3>Image</h3>
        {hasPicture ? (
          <>
            <fieldset className="presets">
              <legend>Size</legend>
              {PRESETS.map((p) => (
                <label key={p}>
                  <input type="radio" name="preset" value={p} checked={preset === p} onChange={() => setPreset(p)} /> {PRESET_LABEL[p]}
                </label>
              ))}
              {preset === 'custom' && (
                <label className="custom-width">
                  Width in pixels{' '}
                  <input type="number" min={320} max={3000} step={10} value={customWidth} onChange={(e) => setCustomWidth(Number(e.target.value))} aria-invalid={!customValid} />
                  {!customValid && <span className="field-error">Enter a whole number from 320 to 3000.</span>}
                </label>
              )}
            </fieldset>
            <div className="export-buttons">
              <button type="button" disabled={busy !== null || !customValid} onClick={() => void run('png')}>
                {busy === 'png' ? 'Preparing…' : `Download PNG (${PNG_SCALE}×)`}
              </button>
              <button type="button" disabled={busy !== null || !customValid} onClick={() => void run('svg')}>
                {busy === 'svg' ? 'Preparing…' : 'Download SVG'}
              </button>
              {canCopyImage() && (
                <button type="button" disabled={busy !== null || !customValid} onClick={() => void run('copy')}>
                  {busy === 'copy' ? 'Preparing…' : 'Copy image'}
                </button>
              )}
            </div>
            <p className="muted">Each image carries the title, the filters and date, the sources, the credit and a link back to this view.</p>
          </>
        ) : (
          <p className="muted">The positions table has no picture: download its data below, or switch to a chart or the comparison.</p>
        )}
      </section>
      <section>
        <h3>Data</h3>
        <p className="muted">The {positions.length} positions matching the filters, with every citation field.</p>
        <div className="export-buttons">
          <button type="button" onClick={() => download(new Blob([positionsCsv(positions, index)], { type: 'text/csv;charset=utf-8' }), name('csv'))}>
            Download CSV
          </button>
          <button
            type="button"
            onClick={() =>
              download(
                new Blob([positionsJson(positions, index, { title: dataset.meta.title, asOf, url: permalink })], { type: 'application/json' }),
                name('json'),
              )
            }
          >
            Download JSON
          </button>
        </div>
      </section>
      <p role="status" className="export-status">
        {status}
      </p>
    </div>
  );
}

export default ExportPanel;
