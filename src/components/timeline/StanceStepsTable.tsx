import type { Position } from '../../data/schema';
import type { Messages } from '../../i18n/en';
import type { Formatter } from '../../lib/format';
import type { SeriesPoint } from '../../lib/timeline';

interface Props {
  parties: { id: string; name: string }[];
  series: ReadonlyMap<string, SeriesPoint[]>;
  /** A statement's stance as its marker words it ("Opposes (reported)"). */
  stanceText: (p: Position) => string;
  /** A statement's button was activated: show its source. */
  onSelect: (positionId: string) => void;
  m: Messages;
  fmt: Formatter;
}

/** The stance steps as data: each party's statements by date, each with a button to its source. */
export function StanceStepsTable({ parties, series, stanceText, onSelect, m, fmt }: Props) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{m.timeline.party}</th>
          <th scope="col">{m.timeline.date}</th>
          <th scope="col">{m.timeline.stanceFrom}</th>
          <th scope="col">{m.timeline.statements}</th>
        </tr>
      </thead>
      <tbody>
        {parties.flatMap((party) =>
          (series.get(party.id) ?? [])
            .filter((pt) => pt.statements.length > 0)
            .map((pt) => (
              <tr key={`${party.id}-${pt.date}`}>
                <th scope="row">{party.name}</th>
                <td>{fmt.date(pt.date)}</td>
                <td>{m.stance[pt.stance ?? 'none']}</td>
                <td>
                  {pt.statements.map((s) => (
                    <button key={s.id} type="button" className="link-button" onClick={() => onSelect(s.id)}>
                      {m.timeline.showQuote(stanceText(s))}
                    </button>
                  ))}
                </td>
              </tr>
            )),
        )}
      </tbody>
    </table>
  );
}
