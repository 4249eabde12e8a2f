import { useEffect, useRef } from 'react';
import { historyOf, stanceKey } from '../lib/asOf';
import { formatDate } from '../lib/format';
import { NO_POSITION_LABEL, VERDICT_EXPLANATION } from '../lib/labels';
import { compareOn } from '../lib/overlap';
import { useData } from '../state/data';
import { useGrid } from '../state/derived';
import { useDashboard, type Selection } from '../state/store';
import { PositionDetails } from './PositionDetails';
import { StanceBadge, VerdictBadge } from './ui/Badges';

/** A modal dialog (side panel on desktop, bottom sheet on phones) showing the positions behind a cell. */
export function DetailPanel() {
  const selection = useDashboard((s) => s.selection);
  const select = useDashboard((s) => s.select);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // showModal traps focus and closes on Esc; the browser returns focus to the opener on close.
    if (selection !== null && !dialog.open) dialog.showModal();
    if (selection === null && dialog.open) dialog.close();
  }, [selection]);

  return (
    <dialog ref={ref} className="detail" aria-labelledby="detail-title" onClose={() => select(null)}>
      {selection !== null && <DetailBody selection={selection} onClose={() => select(null)} />}
    </dialog>
  );
}

function DetailBody({ selection, onClose }: { selection: Selection; onClose: () => void }) {
  const { issues, parties } = useData();
  const { asOf } = useGrid();
  const issue = issues.get(selection.issue);
  const partyName = (id: string) => parties.get(id)?.name ?? id;
  return (
    <div className="detail-inner">
      <header className="detail-head">
        <div>
          <p className="eyebrow">As of {formatDate(asOf)}</p>
          <h2 id="detail-title">{issue?.title ?? selection.issue}</h2>
          <p className="proposition">Proposition: {issue?.proposition}</p>
        </div>
        <button type="button" className="close" onClick={onClose} aria-label="Close details">
          ✕
        </button>
      </header>
      {selection.kind === 'stance' ? (
        <StanceDetail party={selection.party} partyName={partyName(selection.party)} issue={selection.issue} />
      ) : (
        <PairDetail issue={selection.issue} a={selection.a} b={selection.b} />
      )}
      <p className="detail-foot muted">Positions counted here follow the attribution filter; earlier positions stay on record as history.</p>
    </div>
  );
}

function StanceDetail({ party, partyName, issue }: { party: string; partyName: string; issue: string }) {
  const { current, evidence, asOf } = useGrid();
  const pos = current.get(stanceKey(party, issue)) ?? null;
  const history = historyOf(evidence, party, issue)
    .filter((p) => p.date <= asOf && p.id !== pos?.id)
    .reverse();
  return (
    <section className="detail-party">
      <h3>
        {partyName}: <StanceBadge stance={pos?.stance ?? null} />
      </h3>
      {pos ? <PositionDetails position={pos} /> : <p className="muted">{NO_POSITION_LABEL} on this issue in the dataset as of this date.</p>}
      {history.length > 0 && (
        <>
          <h4>Earlier positions</h4>
          {history.map((p) => (
            <PositionDetails key={p.id} position={p} showStance />
          ))}
        </>
      )}
    </section>
  );
}

function PairDetail({ issue, a, b }: { issue: string; a: string; b: string }) {
  const { parties } = useData();
  const { current } = useGrid();
  const c = compareOn(current, issue, a, b);
  const partyName = (id: string) => parties.get(id)?.name ?? id;
  return (
    <section>
      <p className="verdict-line">
        <VerdictBadge verdict={c.verdict} /> {partyName(a)} and {partyName(b)}: {VERDICT_EXPLANATION[c.verdict]}.
      </p>
      {[
        { id: a, pos: c.positionA },
        { id: b, pos: c.positionB },
      ].map(({ id, pos }) => (
        <section key={id} className="detail-party">
          <h3>
            {partyName(id)}: <StanceBadge stance={pos?.stance ?? null} />
          </h3>
          {pos ? <PositionDetails position={pos} /> : <p className="muted">{NO_POSITION_LABEL} on this issue in the dataset as of this date.</p>}
        </section>
      ))}
    </section>
  );
}
