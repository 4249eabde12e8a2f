import { useId, useRef, useState, type DragEvent } from 'react';
import { useI18n } from '../state/i18n';
import { usePreview, type PreviewFailure } from '../state/preview';
import { ProblemList } from './ProblemList';
import { useMethodText } from './method/useMethodText';

type DropState = { kind: 'idle' } | { kind: 'reading'; name: string } | { kind: 'failed'; result: PreviewFailure };

/**
 * Choose or drop a dataset file to preview it in place of the published data: on the methodology page and the
 * error panel. A file that does not pass shows its problems here, by sheet, row and column.
 */
export function FileDrop() {
  const { lang } = useI18n();
  const t = useMethodText(lang).preview;
  const preview = usePreview();
  const input = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const [state, setState] = useState<DropState>({ kind: 'idle' });
  const [over, setOver] = useState(false);

  const take = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    setState({ kind: 'reading', name: files.map((f) => f.name).join(', ') });
    setState({ kind: 'failed', result: await preview.open(files) });
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files);
  };

  return (
    <section className="file-drop" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.heading}</h3>
      <p>{t.intro}</p>
      <div
        className={over ? 'drop-zone is-over' : 'drop-zone'}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <button type="button" onClick={() => input.current?.click()}>
          {t.choose}
        </button>
        <span>{t.drop}</span>
        <input
          ref={input}
          type="file"
          hidden
          multiple
          accept=".json,.xlsx,.zip,.csv,application/json"
          aria-label={t.choose}
          onChange={(e) => {
            void take(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
      </div>
      {state.kind === 'reading' && <p role="status">{t.reading(state.name)}</p>}
      {state.kind === 'failed' && (
        <div className="drop-problems" role="alert">
          <p>{t.failed}</p>
          <ProblemList title={state.result.title} problems={state.result.problems} level={3} />
        </div>
      )}
    </section>
  );
}
