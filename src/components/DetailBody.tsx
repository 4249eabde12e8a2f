import { historyOf, stanceKey } from '../lib/asOf';
import type { Position } from '../data/schema';
import type { Verdict } from '../core/vocabulary';
import { agreement, compareOn } from '../lib/overlap';
import { agreementSentence } from '../lib/summary';
import { useData } from '../state/data';
import { useGrid } from '../state/derived';
import { useI18n } from '../state/i18n';
import type { Selection } from '../state/store';
import { PositionDetails } from './PositionDetails';
import { StanceBadge, VerdictBadge } from './ui/Badges';
import { categoryTitle, indexText } from '../lib/labels';

/** What the detail panel shows: the positions behind a cell, a bar or a marker. Fetched after the first view. */
export default function DetailBody({ selection, onClose }: { selection: Selection; onClose: () => void }) {
  const { issues, parties, dataset } = useData();
  const { asOf } = useGrid();
  const { m, fmt } = useI18n();
  const partyName = (id: string) => parties.get(id)?.name ?? id;
  let heading: string;
  let proposition: string | undefined;
  if (selection.kind === 'pair-all') {
    heading = m.detail.pair(partyName(selection.a), partyName(selection.b));
    proposition =
      selection.category === undefined
        ? m.detail.everyIssue
        : m.detail.inCategory(categoryTitle(dataset.categories, m, selection.category));
  } else {
    const issueId =
      selection.kind === 'position' ? dataset.positions.find((p) => p.id === selection.id)?.issue : selection.issue;
    const issue = issueId === undefined ? undefined : issues.get(issueId);
    heading = issue?.title ?? issueId ?? m.detail.unknown;
    proposition = issue === undefined ? undefined : m.detail.proposition(issue.proposition);
  }
  return (
    <div className="detail-inner">
      <header className="detail-head">
        <div>
          <p className="eyebrow">
            {selection.kind === 'position' ? m.detail.oneStatement : m.detail.asOf(fmt.date(asOf))}
          </p>
          <h2 id="detail-title">{heading}</h2>
          {proposition !== undefined && <p className="proposition">{proposition}</p>}
        </div>
        <button type="button" className="close" onClick={onClose} aria-label={m.detail.close}>
          ✕
        </button>
      </header>
      <SelectionDetail selection={selection} />
      <p className="detail-foot muted">{m.detail.foot}</p>
    </div>
  );
}

function SelectionDetail({ selection }: { selection: Selection }) {
  switch (selection.kind) {
    case 'stance':
      return <StanceDetail party={selection.party} issue={selection.issue} />;
    case 'pair':
      return <PairDetail issue={selection.issue} a={selection.a} b={selection.b} />;
    case 'pair-all':
      return <PairAllDetail a={selection.a} b={selection.b} category={selection.category} />;
    case 'issue':
      return <IssueDetail issue={selection.issue} />;
    case 'position':
      return <OnePosition id={selection.id} />;
  }
}

/** A party's standing position on an issue, or a plain statement that it has none. */
function PartyPosition({ party, position }: { party: string; position: Position | null }) {
  const { parties } = useData();
  const { m } = useI18n();
  return (
    <section className="detail-party">
      <h3>
        {parties.get(party)?.name ?? party}: <StanceBadge stance={position?.stance ?? null} />
      </h3>
      {position ? <PositionDetails position={position} /> : <p className="muted">{m.detail.noPosition}</p>}
    </section>
  );
}

function StanceDetail({ party, issue }: { party: string; issue: string }) {
  const { current, evidence, asOf } = useGrid();
  const { m } = useI18n();
  const pos = current.get(stanceKey(party, issue)) ?? null;
  const history = historyOf(evidence, party, issue)
    .filter((p) => p.date <= asOf && p.id !== pos?.id)
    .reverse();
  return (
    <>
      <PartyPosition party={party} position={pos} />
      <RelatedPositions issue={issue} parties={[party]} />
      {history.length > 0 && (
        <section className="detail-party">
          <h4>{m.detail.earlier}</h4>
          {history.map((p) => (
            <PositionDetails key={p.id} position={p} showStance />
          ))}
        </section>
      )}
    </>
  );
}

function PairDetail({ issue, a, b }: { issue: string; a: string; b: string }) {
  const { parties } = useData();
  const { current } = useGrid();
  const c = compareOn(current, issue, a, b);
  const { m } = useI18n();
  const partyName = (id: string) => parties.get(id)?.name ?? id;
  return (
    <section>
      <p className="verdict-line">
        <VerdictBadge verdict={c.verdict} />{' '}
        {c.conceded === 'a' || c.conceded === 'b'
          ? m.detail.conceded(partyName(c.conceded === 'a' ? a : b), partyName(c.conceded === 'a' ? b : a))
          : c.conceded === 'both'
            ? m.detail.bothConcede(partyName(a), partyName(b))
            : m.detail.verdictLine(partyName(a), partyName(b), m.verdictExplanation[c.verdict])}
      </p>
      <PartyPosition party={a} position={c.positionA} />
      <PartyPosition party={b} position={c.positionB} />
      <RelatedPositions issue={issue} parties={[a, b]} />
    </section>
  );
}

const VERDICT_ORDER: readonly Verdict[] = ['conflict', 'partial', 'concession', 'overlap', 'no-basis'];

/** The comparisons behind an agreement index: each issue's verdict with both positions. */
function PairAllDetail({ a, b, category }: { a: string; b: string; category: string | undefined }) {
  const { parties } = useData();
  const { current, issues, asOf } = useGrid();
  const ids = issues.filter((i) => category === undefined || i.category === category).map((i) => i.id);
  const ag = agreement(current, ids, a, b);
  const { m, fmt } = useI18n();
  const name = (id: string) => parties.get(id)?.shortName ?? id;
  const title = (id: string) => issues.find((i) => i.id === id)?.title ?? id;
  return (
    <section>
      <p className="verdict-line">
        {m.detail.agreementIndex} <strong>{indexText(m, fmt.percent, ag, { none: m.detail.notComputed })}</strong>.{' '}
        {agreementSentence(ag, name(a), name(b), asOf, m.summary, fmt)}
      </p>
      {VERDICT_ORDER.map((verdict) => {
        const list = ag.comparisons.filter((c) => c.verdict === verdict);
        if (list.length === 0) return null;
        return (
          <section key={verdict} className="detail-group">
            <h3>
              <VerdictBadge verdict={verdict} /> {m.detail.issueCount(list.length)}
            </h3>
            {verdict === 'no-basis' ? (
              <ul className="plain-list">
                {list.map((c) => (
                  <li key={c.issue}>
                    {c.positionA === null && c.positionB === null
                      ? m.detail.bothSilent(title(c.issue), name(a), name(b))
                      : m.detail.silent(title(c.issue), c.positionA === null ? name(a) : name(b))}
                  </li>
                ))}
              </ul>
            ) : (
              list.map((c) => (
                <section key={c.issue} className="detail-issue">
                  <h4>{title(c.issue)}</h4>
                  <PartyPosition party={a} position={c.positionA} />
                  <PartyPosition party={b} position={c.positionB} />
                </section>
              ))
            )}
          </section>
        );
      })}
    </section>
  );
}

/**
 * The same parties' standing positions on the asked issue's mirror issues (`issues[].related`): NATO membership is
 * read with neutrality, so a concession coded on one is seen beside the demand on the other.
 */
function RelatedPositions({ issue, parties }: { issue: string; parties: readonly string[] }) {
  const { issues } = useData();
  const { current } = useGrid();
  const { m } = useI18n();
  const related = (issues.get(issue)?.related ?? []).flatMap((id) => {
    const other = issues.get(id);
    return other === undefined ? [] : [other];
  });
  if (related.length === 0) return null;
  return (
    <>
      {related.map((other) => (
        <section key={other.id} className="detail-related">
          <h3>{m.detail.related(other.title)}</h3>
          <p className="proposition">{m.detail.proposition(other.proposition)}</p>
          {parties.map((party) => (
            <PartyPosition key={party} party={party} position={current.get(stanceKey(party, other.id)) ?? null} />
          ))}
        </section>
      ))}
    </>
  );
}

/** Every party's standing position on one issue: the counts behind a distribution bar. */
function IssueDetail({ issue }: { issue: string }) {
  const { parties, current } = useGrid();
  return (
    <>
      {parties.map((p) => (
        <PartyPosition key={p.id} party={p.id} position={current.get(stanceKey(p.id, issue)) ?? null} />
      ))}
    </>
  );
}

function OnePosition({ id }: { id: string }) {
  const { dataset, parties } = useData();
  const { m } = useI18n();
  const position = dataset.positions.find((p) => p.id === id);
  if (position === undefined) return <p className="muted">{m.detail.notInDataset}</p>;
  return (
    <section className="detail-party">
      <h3>{parties.get(position.party)?.name ?? position.party}</h3>
      <PositionDetails position={position} showStance />
    </section>
  );
}
