import type { ReactNode } from 'react';
import type { DatasetIndex } from '../../lib/datasetIndex';
import { codingCounts, mirrorPairs } from '../../lib/method';
import { staleAfterDays } from '../../lib/stale';
import type { I18n } from '../../state/i18n';
import { PartyDot, StanceBadge } from '../ui/Badges';
import type { MethodText } from '../../i18n/method/types';

export interface SectionProps {
  text: MethodText;
  i18n: I18n;
  index: DatasetIndex;
}

/** A term of the codebook, with the dataset field and value that record it. */
function Term({ label, code, children }: { label: ReactNode; code?: string; children: ReactNode }) {
  return (
    <>
      <dt>
        {label}
        {code !== undefined && (
          <>
            {' '}
            <code className="method-code">{code}</code>
          </>
        )}
      </dt>
      <dd>{children}</dd>
    </>
  );
}

/** What a position is and every word the dataset codes it with, read from the dataset where it can be. */
export function Codebook({ text, i18n, index }: SectionProps) {
  const { m } = i18n;
  const t = text.codebook;
  const { dataset } = index;
  const counts = codingCounts(dataset);
  const mirrors = mirrorPairs(dataset);
  const title = (id: string) => index.issues.get(id)?.title ?? id;
  return (
    <>
      <p>{t.intro}</p>
      <h3>{t.position.title}</h3>
      <p>{t.position.body}</p>

      <h3>{t.stances.title}</h3>
      <p>{t.stances.intro}</p>
      <dl className="method-terms">
        <Term label={<StanceBadge stance="supports" />} code='stance: "supports"'>
          {t.stances.supports}
        </Term>
        <Term label={<StanceBadge stance="conditional" />} code='stance: "conditional"'>
          {t.stances.conditional}
        </Term>
        <Term label={<StanceBadge stance="opposes" />} code='stance: "opposes"'>
          {t.stances.opposes}
        </Term>
        <Term label={<StanceBadge stance={null} />}>{t.stances.none}</Term>
      </dl>

      <h3>{t.kinds.title}</h3>
      <dl className="method-terms">
        <Term label={m.kind.demand} code='kind: "demand"'>
          {t.kinds.demand}
        </Term>
        <Term label={m.kind.concession} code='kind: "concession"'>
          {t.kinds.concession}
        </Term>
      </dl>
      <p className="muted">{t.kinds.count(counts.concessions, counts.positions)}</p>

      <h3>{t.basis.title}</h3>
      <dl className="method-terms">
        <Term label={m.basis.stated} code='basis: "stated"'>
          {t.basis.stated}
        </Term>
        <Term label={m.basis.inferred} code='basis: "inferred"'>
          {t.basis.inferred}
        </Term>
      </dl>
      <p className="muted">{t.basis.count(counts.inferred)}</p>

      <h3>{t.attribution.title}</h3>
      <dl className="method-terms">
        <Term label={m.attribution.direct} code='attribution: "direct"'>
          {t.attribution.direct}
        </Term>
        <Term label={m.attribution.reported} code='attribution: "reported"'>
          {t.attribution.reported}
        </Term>
      </dl>

      <h3>{t.translations.title}</h3>
      <p>{t.translations.body}</p>

      <h3>{t.coding.title}</h3>
      <p>{t.coding.body}</p>

      <h3>{t.dates.title}</h3>
      <dl className="method-terms">
        <Term label={t.dates.statement} code='dateBasis: "statement"'>
          {t.dates.statementBody}
        </Term>
        <Term label={t.dates.report} code='dateBasis: "report"'>
          {t.dates.reportBody}
        </Term>
      </dl>
      <p className="muted">{t.dates.count(counts.reportDated, counts.positions)}</p>

      <h3>{t.stale.title}</h3>
      <p>{t.stale.body(staleAfterDays(dataset.meta))}</p>
      <p>{t.stale.control(m.stale.freshLabel)}</p>

      <h3>{t.parties.title}</h3>
      <p>{t.parties.intro}</p>
      <dl className="method-terms method-parties">
        {dataset.parties.map((party) => {
          const speakers = dataset.actors.filter((a) => a.party === party.id);
          const note = t.parties.notes[party.id];
          return (
            <Term
              key={party.id}
              label={
                <>
                  <PartyDot color={index.colors.get(party.id) ?? 'currentColor'} /> {party.name}
                  {party.shortName !== party.name && <span className="muted"> ({party.shortName})</span>}
                </>
              }
            >
              {note !== undefined && <p>{note}</p>}
              <p className="muted">
                {speakers.length === 0
                  ? t.parties.noSpeakers
                  : `${t.parties.speakers} ${speakers.map((a) => `${a.name} (${a.role})`).join('; ')}.`}
              </p>
            </Term>
          );
        })}
      </dl>

      <h3>{t.mirrors.title}</h3>
      <p>{t.mirrors.body}</p>
      {mirrors.length === 0 ? (
        <p className="muted">{t.mirrors.none}</p>
      ) : (
        <>
          <p className="method-label">{t.mirrors.pair}</p>
          <ul className="method-mirrors">
            {mirrors.map(([a, b]) => (
              <li key={`${a} ${b}`}>
                {title(a)} <span aria-hidden="true">↔</span>
                <span className="visually-hidden">,</span> {title(b)}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
