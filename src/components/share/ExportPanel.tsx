import { viewSpec } from '../../core/views';
import { useState } from 'react';
import { buildSvg, pngOf } from '../../export/exportImage';
import { download } from '../../export/rasterize';
import { exportFileName } from '../../lib/exportData';
import {
  CUSTOM_WIDTH,
  DATA_FORMAT_IDS,
  DATA_FORMATS,
  IMAGE_FORMATS,
  IMAGE_SIZE_IDS,
  IMAGE_SIZES,
  isCustomWidth,
  PNG_SCALE,
  type ImageSizeId,
} from '../../lib/exportFormats';
import { exportSubtitle, sourcesLine } from '../../lib/exportText';
import { fullDashboardSearch } from '../../lib/urlState';
import { useData } from '../../state/data';
import { useAsOf, useEffectiveFilters, useFilteredPositions, useStaleness } from '../../state/derived';
import { useKeptParams } from '../../state/presentation';
import { useDashboard } from '../../state/store';
import { useChartPalette } from '../../state/theme';
import { useI18n } from '../../state/i18n';

type Busy = 'png' | 'svg' | 'copy' | null;

const canCopyImage = () => typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function';

/** Downloads of the current view: PNG and SVG images with title and sources, CSV and JSON of the positions. */
export function ExportPanel() {
  const index = useData();
  const { dataset } = index;
  const url = useDashboard((s) => s.url);
  const filters = useEffectiveFilters();
  const staleness = useStaleness();
  const asOf = useAsOf();
  const positions = useFilteredPositions();
  const palette = useChartPalette();
  const kept = useKeptParams();
  const [preset, setPreset] = useState<ImageSizeId>('article');
  const [customWidth, setCustomWidth] = useState<number>(CUSTOM_WIDTH.initial);
  const [busy, setBusy] = useState<Busy>(null);
  const [status, setStatus] = useState('');
  const { m, fmt } = useI18n();
  const hasPicture = viewSpec(url.view).picture;
  const permalink = `${window.location.origin}${window.location.pathname}${fullDashboardSearch(url, kept)}`;
  const name = (ext: string) => exportFileName(dataset.meta.title, url.view, asOf, ext);
  const customValid = isCustomWidth(customWidth);

  const image = async () => {
    const main = document.getElementById('main');
    if (main === null) throw new Error('the view is not on the page');
    const size = IMAGE_SIZES[preset].size(main.clientWidth, customWidth);
    const built = await buildSvg(
      main,
      palette,
      {
        title: dataset.meta.title,
        subtitle: exportSubtitle(filters, index, asOf, m, fmt, staleness.fresh ? staleness.days : null),
        sources: sourcesLine(index, m),
        credit: m.export.credit(dataset.meta.credit, fmt.date(dataset.meta.updated), dataset.meta.license),
        permalink,
      },
      size,
    );
    if (built === null) throw new Error(m.export.noPicture);
    return built;
  };

  const run = async (kind: Exclude<Busy, null>) => {
    setBusy(kind);
    setStatus('');
    try {
      const built = await image();
      if (kind === 'svg') {
        download(new Blob([built.svg], { type: IMAGE_FORMATS.svg.mime }), name('svg'));
        setStatus(m.export.svgSaved(built.width, built.height));
      } else {
        const png = await pngOf(built);
        if (kind === 'png') {
          download(png, name('png'));
          setStatus(m.export.pngSaved(built.width * PNG_SCALE, built.height * PNG_SCALE));
        } else {
          await navigator.clipboard.write([new ClipboardItem({ [IMAGE_FORMATS.png.mime]: png })]);
          setStatus(m.export.copiedImage);
        }
      }
    } catch (err) {
      setStatus(m.export.failed(err instanceof Error ? err.message : String(err)));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="export-panel">
      <section>
        <h3>{m.export.image}</h3>
        {hasPicture ? (
          <>
            <fieldset className="presets">
              <legend>{m.export.size}</legend>
              {IMAGE_SIZE_IDS.map((p) => (
                <label key={p}>
                  <input type="radio" name="preset" value={p} checked={preset === p} onChange={() => setPreset(p)} />{' '}
                  {m.export.presets[p]}
                </label>
              ))}
              {preset === 'custom' && (
                <label className="custom-width">
                  {m.export.widthLabel}{' '}
                  <input
                    type="number"
                    min={CUSTOM_WIDTH.min}
                    max={CUSTOM_WIDTH.max}
                    step={CUSTOM_WIDTH.step}
                    value={customWidth}
                    onChange={(e) => setCustomWidth(Number(e.target.value))}
                    aria-invalid={!customValid}
                  />
                  {!customValid && <span className="field-error">{m.export.widthError}</span>}
                </label>
              )}
            </fieldset>
            <div className="export-buttons">
              <button type="button" disabled={busy !== null || !customValid} onClick={() => void run('png')}>
                {busy === 'png' ? m.export.preparing : m.export.png(PNG_SCALE)}
              </button>
              <button type="button" disabled={busy !== null || !customValid} onClick={() => void run('svg')}>
                {busy === 'svg' ? m.export.preparing : m.export.svg}
              </button>
              {canCopyImage() && (
                <button type="button" disabled={busy !== null || !customValid} onClick={() => void run('copy')}>
                  {busy === 'copy' ? m.export.preparing : m.export.copyImage}
                </button>
              )}
            </div>
            <p className="muted">{m.export.imageNote}</p>
          </>
        ) : (
          <p className="muted">{m.export.noPicture}</p>
        )}
      </section>
      <section>
        <h3>{m.export.data}</h3>
        <p className="muted">{m.export.dataNote(positions.length)}</p>
        <div className="export-buttons">
          {DATA_FORMAT_IDS.map((format) => (
            <button
              key={format}
              type="button"
              onClick={() =>
                download(
                  new Blob(
                    [
                      DATA_FORMATS[format].build({
                        positions,
                        index,
                        meta: { title: dataset.meta.title, asOf, url: permalink },
                      }),
                    ],
                    {
                      type: DATA_FORMATS[format].mime,
                    },
                  ),
                  name(format),
                )
              }
            >
              {m.export[format]}
            </button>
          ))}
        </div>
      </section>
      <p role="status" className="export-status">
        {status}
      </p>
    </div>
  );
}
