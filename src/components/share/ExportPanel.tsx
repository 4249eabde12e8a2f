import { viewSpec } from '../../core/views';
import { useEffect, useMemo, useState } from 'react';
import { buildSvg, pngOf } from '../../export/exportImage';
import { hasPicture, pictureOf, type Picture } from '../../export/pictures';
import { download, FontsNotReady } from '../../export/rasterize';
import type { ComposeResult } from '../../export/composeSvg';
import { exportFileName } from '../../lib/exportData';
import {
  baseText,
  CUSTOM_WIDTH,
  DATA_MIME,
  IMAGE_FORMATS,
  IMAGE_SIZE_IDS,
  IMAGE_SIZES,
  isCustomWidth,
  PNG_SCALE,
  type ImageSizeId,
} from '../../lib/exportFormats';
import { exportSubtitle, sourcesLine } from '../../lib/exportText';
import { fullDashboardSearch } from '../../lib/urlState';
import { LIST_SEPARATOR, tableCsv, viewJson, viewTables, type DataTable } from '../../lib/viewData';
import { useData } from '../../state/data';
import { useAsOf, useEffectiveFilters, useFilteredPositions, useGrid, useStaleness } from '../../state/derived';
import { useKeptParams } from '../../state/presentation';
import { useDashboard } from '../../state/store';
import { useChartPalette } from '../../state/theme';
import { usePreview } from '../../state/preview';
import { useI18n } from '../../state/i18n';
import type { EditorWording } from './editorWording';
import { asSentence } from '../../lib/labels';

type Busy = 'png' | 'svg' | 'copy' | null;

const canCopyImage = () => typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function';

/** The sizes a picture too tall for the chosen one can move to, tallest last. */
const TALLER: readonly ImageSizeId[] = ['portrait', 'article'];

/**
 * Downloads of the current view: its picture drawn from the data for the chosen format (PNG, SVG, clipboard) with the
 * editor's headline and note, and the tables behind it as of its date (CSV each, JSON, a citation).
 */
export function ExportPanel({
  wording,
  onWording,
}: {
  wording: EditorWording;
  onWording: (next: EditorWording) => void;
}) {
  const index = useData();
  const { dataset } = index;
  const url = useDashboard((s) => s.url);
  const setFilter = useDashboard((s) => s.setFilter);
  const filters = useEffectiveFilters();
  const staleness = useStaleness();
  const asOf = useAsOf();
  const model = useGrid();
  const listed = useFilteredPositions();
  const palette = useChartPalette();
  const kept = useKeptParams();
  const { m, fmt, lang } = useI18n();
  const [preset, setPreset] = useState<ImageSizeId>('article');
  const [customWidth, setCustomWidth] = useState<number>(CUSTOM_WIDTH.initial);
  const { headline, note } = wording;
  const [history, setHistory] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [status, setStatus] = useState('');
  const [fitted, setFitted] = useState<{ key: string; picture: Picture; result: ComposeResult } | null>(null);
  const permalink = `${window.location.origin}${window.location.pathname}${fullDashboardSearch(url, kept)}`;
  const title = dataset.meta.title;
  // A preview's files say so in their names, their citation and their images: a draft never passes for the data.
  const previewing = usePreview().name;
  const previewLine = previewing === null ? '' : m.preview.imageLine(previewing);
  const name = (what: string, ext: string) =>
    `${previewing === null ? '' : 'preview-'}${exportFileName(title, what, asOf, ext, lang)}`;
  const customValid = isCustomWidth(customWidth);
  const refusal = (reason: 'tooWide' | 'none') => (reason === 'tooWide' ? m.export.fit.tooWide : m.export.fit.none);
  // The day the files are taken, as the citation states it.
  const retrieved = new Date().toISOString().slice(0, 10);
  // The pairs of one party only, where too many parties are chosen for every pair: said on pair-drawing views.
  const focus = viewSpec(url.view).pairs === true ? model.focus : null;
  const subtitle = exportSubtitle(filters, index, asOf, m, fmt, staleness.fresh ? staleness.days : null, focus);
  const sources = sourcesLine(index, m);

  const picture = useMemo<Picture | null>(
    () =>
      hasPicture(url.view)
        ? pictureOf(url.view, { model, index, m, fmt, pal: palette, sort: url.sort, chosen: url.issues })
        : null,
    [url.view, url.sort, url.issues, model, index, m, fmt, palette],
  );

  const image = async (): Promise<ComposeResult> => {
    if (picture === null) throw new Error(m.export.noPicture);
    const main = document.getElementById('main');
    const size = IMAGE_SIZES[preset].size(main?.clientWidth ?? CUSTOM_WIDTH.initial, customWidth);
    return buildSvg(
      picture,
      palette,
      {
        preview: previewLine,
        headline: headline.trim() || title,
        reading: picture.reading,
        subtitle,
        note: note.trim(),
        sources,
        // A card composed for a feed has room for a line of credit, not the dataset's paragraph: that stays in the
        // article-width image, the data's citation file and on the page the permalink opens.
        credit: IMAGE_SIZES[preset].composed
          ? m.export.creditShort(fmt.date(dataset.meta.updated), dataset.meta.license)
          : m.export.credit(asSentence(dataset.meta.credit), fmt.date(dataset.meta.updated), dataset.meta.license),
        permalink,
        shownOf: (shown, total) => m.export.shownOf(shown, total, picture.unit),
      },
      { ...size, base: baseText(preset, size.width), compact: IMAGE_SIZES[preset].composed },
    );
  };

  // What the chosen size holds, said before the editor exports: a picture too small for its rows is never a surprise.
  const fitKey = `${preset}|${customWidth}|${headline}|${note}|${url.view}|${permalink}|${previewLine}`;
  useEffect(() => {
    if (picture === null || !customValid) return;
    let live = true;
    image().then(
      (result) => live && setFitted({ key: fitKey, picture, result }),
      () => live && setFitted(null),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fitKey names every input of image() that changes the fit.
  }, [fitKey, picture, customValid]);

  const run = async (kind: Exclude<Busy, null>) => {
    setBusy(kind);
    setStatus('');
    try {
      // The image the dialog has just measured, unless something has changed since.
      const result =
        fitted !== null && fitted.key === fitKey && fitted.picture === picture ? fitted.result : await image();
      if (!result.ok) throw new Error(refusal(result.reason));
      const built = result.image;
      if (kind === 'svg') {
        download(new Blob([built.svg], { type: IMAGE_FORMATS.svg.mime }), name(url.view, 'svg'));
        setStatus(m.export.svgSaved(built.width, built.height));
      } else {
        const png = await pngOf(built, PNG_SCALE);
        if (kind === 'png') {
          download(png, name(url.view, 'png'));
          setStatus(m.export.pngSaved(built.width * PNG_SCALE, built.height * PNG_SCALE));
        } else {
          await navigator.clipboard.write([new ClipboardItem({ [IMAGE_FORMATS.png.mime]: png })]);
          setStatus(m.export.copiedImage);
        }
      }
    } catch (err) {
      const why =
        err instanceof FontsNotReady ? m.export.fontsNotReady : err instanceof Error ? err.message : String(err);
      setStatus(m.export.failed(why));
    } finally {
      setBusy(null);
    }
  };

  const tables = useMemo(
    () => viewTables({ view: url.view, model, index, history, listed }),
    [url.view, model, index, history, listed],
  );
  const tableName = (t: DataTable) =>
    t.id !== 'positions'
      ? m.export.tables[t.id]
      : url.view === 'table'
        ? m.export.positionsListed
        : history
          ? m.export.positionsHistory
          : m.export.tables.positions;
  const fileOf = (t: DataTable) => name(`${url.view}-${t.id}`, 'csv');
  const save = (text: string, mime: string, file: string) => download(new Blob([text], { type: mime }), file);
  const citation = () =>
    (previewLine === '' ? '' : `${previewLine}\n\n`) +
    m.export.citation({
      title,
      view: m.views[url.view],
      asOf: fmt.date(asOf),
      retrieved: fmt.date(retrieved),
      url: permalink,
      credit: asSentence(dataset.meta.credit),
      licence: dataset.meta.license,
      filters: subtitle,
      sources,
      files: [...tables.map(fileOf), name(url.view, 'json')],
      separator: LIST_SEPARATOR,
    });
  const fit = fitted?.result ?? null;
  const fitMessage =
    fit === null || picture === null
      ? null
      : !fit.ok
        ? refusal(fit.reason)
        : fit.image.shown < fit.image.total
          ? m.export.fit.partial(fit.image.shown, fit.image.total, picture.unit)
          : null;
  const disabled = busy !== null || !customValid || (fit !== null && !fit.ok);

  return (
    <div className="export-panel">
      <section>
        <h3>{m.export.image}</h3>
        {picture !== null ? (
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
            {fitMessage !== null && (
              <div className="export-fit" role="note">
                <p>{fitMessage}</p>
                {fit?.ok === true && picture.rowIds.length > 0 && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setFilter('issues', picture.rowIds.slice(0, fit.image.shown))}
                  >
                    {m.export.fit.filter(fit.image.shown)}
                  </button>
                )}
                {TALLER.filter((p) => p !== preset).map((p) => (
                  <button key={p} type="button" className="link-button" onClick={() => setPreset(p)}>
                    {m.export.fit.taller(m.export.presets[p])}
                  </button>
                ))}
              </div>
            )}
            <label className="export-field">
              {m.export.headline}
              <input
                type="text"
                value={headline}
                placeholder={title}
                onChange={(e) => onWording({ ...wording, headline: e.target.value })}
              />
            </label>
            <label className="export-field">
              {m.export.note}
              <textarea rows={2} value={note} onChange={(e) => onWording({ ...wording, note: e.target.value })} />
            </label>
            <div className="export-buttons">
              <button type="button" disabled={disabled} onClick={() => void run('png')}>
                {busy === 'png' ? m.export.preparing : m.export.png(PNG_SCALE)}
              </button>
              <button type="button" disabled={disabled} onClick={() => void run('svg')}>
                {busy === 'svg' ? m.export.preparing : m.export.svg}
              </button>
              {canCopyImage() && (
                <button type="button" disabled={disabled} onClick={() => void run('copy')}>
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
        <p className="muted">{m.export.dataNote(fmt.date(asOf))}</p>
        {url.view !== 'table' && (
          <label className="export-field checkbox">
            <input type="checkbox" checked={history} onChange={(e) => setHistory(e.target.checked)} />{' '}
            {m.export.history}
          </label>
        )}
        <div className="export-buttons">
          {tables.map((t) => (
            <button key={t.id} type="button" onClick={() => save(tableCsv(t), DATA_MIME.csv, fileOf(t))}>
              {m.export.tableCsv(tableName(t), t.rows.length)}
            </button>
          ))}
          <button
            type="button"
            onClick={() =>
              save(
                viewJson(
                  {
                    title,
                    view: url.view,
                    asOf,
                    retrieved,
                    url: permalink,
                    citation: citation(),
                  },
                  tables,
                ),
                DATA_MIME.json,
                name(url.view, 'json'),
              )
            }
          >
            {m.export.json}
          </button>
          <button type="button" onClick={() => save(citation(), DATA_MIME.txt, name(`${url.view}-citation`, 'txt'))}>
            {m.export.citationFile}
          </button>
        </div>
      </section>
      <p role="status" className="export-status">
        {status}
      </p>
    </div>
  );
}
