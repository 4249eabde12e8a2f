import { useId, type ReactNode } from 'react';
import type { Position } from '../../data/schema';
import { verdictPoints, type WorkedExample as Example } from '../../lib/method';
import { VERDICTS } from '../../core/vocabulary';
import { isStale, staleAfterDays } from '../../lib/stale';
import { DEFAULT_STATE } from '../../lib/urlState';
import { StanceBadge, VerdictBadge } from '../ui/Badges';
import { ViewLink } from '../ui/ViewLink';
import type { SectionProps } from './Codebook';
import { indexText } from '../../lib/labels';
import { MIN_COMPARABLE } from '../../lib/overlap';

/**
 * A table that scrolls sideways inside its own box on a narrow screen (shadows at the edges show there is more), named
 * by its caption so the box can take focus and be scrolled from the keyboard.
 */
function ScrollTable({ caption, className, children }: { caption: string; className?: string; children: ReactNode }) {
  const id = useId();
  return (
    <div className="method-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className={className}>
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** The rules that turn two positions into a verdict, and how verdicts add up to the agreement index. */
export function Verdicts({ text, i18n, index, example }: SectionProps & { example: Example | null }) {
  const { fmt } = i18n;
  const t = text.verdicts;
  return (
    <>
      <p>{t.intro}</p>
      <ScrollTable caption={t.rulesCaption} className="method-table method-rules">
        <thead>
          <tr>
            <th scope="col">{t.columns.verdict}</th>
            <th scope="col">{t.columns.when}</th>
            <th scope="col" className="num">
              {t.columns.points}
            </th>
          </tr>
        </thead>
        <tbody>
          {VERDICTS.map((v) => {
            const points = verdictPoints(v);
            return (
              <tr key={v}>
                <th scope="row">
                  <VerdictBadge verdict={v} />
                </th>
                <td>{t.rules[v]}</td>
                <td className="num" data-label={t.columns.points}>
                  {points === null ? t.leftOut : fmt.number(points)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>

      <h3>{t.indexTitle}</h3>
      <p className="method-formula">{t.formula}</p>
      <p>{t.formulaNote(MIN_COMPARABLE)}</p>

      <h3>{t.exampleTitle}</h3>
      {example !== null && <WorkedExample text={text} i18n={i18n} index={index} example={example} />}
    </>
  );
}

/** A date whose last two words stay together ("2024 г." never starts a line on its own). */
const glued = (date: string) => date.replace(/ (?=\S+$)/, '\u00a0');

function WorkedExample({ text, i18n, index, example }: SectionProps & { example: Example }) {
  const { m, fmt } = i18n;
  const t = text.verdicts;
  const name = (id: string) => index.parties.get(id)?.name ?? id;
  const title = (id: string) => index.issues.get(id)?.title ?? id;
  const a = name(example.a);
  const b = name(example.b);
  const date = fmt.date(example.asOf);
  const days = staleAfterDays(index.dataset.meta);
  const { agreement } = example;

  const stance = (p: Position | null) =>
    p === null ? null : (
      <>
        <StanceBadge stance={p.stance} />
        <span className="method-when">
          {t.stated(glued(fmt.date(p.date)))}
          {p.kind === 'concession' && <span className="tag">{m.kind.concession.toLocaleLowerCase(fmt.locale)}</span>}
          {p.basis === 'inferred' && <span className="tag">{m.compare.inferred}</span>}
          {p.attribution === 'reported' && <span className="tag tag-reported">{m.compare.reported}</span>}
          {isStale(p, example.asOf, days) && <span className="tag">{t.stale}</span>}
        </span>
      </>
    );

  return (
    <>
      <p>{t.exampleIntro(a, b, date)}</p>
      {example.rows.length === 0 ? (
        <p className="empty">{t.noComparable(a, b, date)}</p>
      ) : (
        <>
          <ScrollTable caption={t.exampleCaption(a, b, date)} className="method-table method-example">
            <thead>
              <tr>
                <th scope="col">{t.issue}</th>
                <th scope="col">{a}</th>
                <th scope="col">{b}</th>
                <th scope="col">{t.verdict}</th>
                <th scope="col" className="num">
                  {t.points}
                </th>
              </tr>
            </thead>
            <tbody>
              {example.rows.map((row) => (
                <tr key={row.issue}>
                  <th scope="row">{title(row.issue)}</th>
                  <td data-label={a}>{stance(row.positionA)}</td>
                  <td data-label={b}>{stance(row.positionB)}</td>
                  <td data-label={t.verdict}>
                    <VerdictBadge verdict={row.verdict} />
                    {row.conceded !== null && (
                      <span className="method-when">
                        {row.conceded === 'both'
                          ? m.detail.bothConcede(a, b)
                          : row.conceded === 'a'
                            ? m.detail.conceded(a, b)
                            : m.detail.conceded(b, a)}
                      </span>
                    )}
                  </td>
                  <td className="num" data-label={t.points}>
                    {fmt.number(row.points)}
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>

          {example.excluded.length > 0 && (
            <p>
              {t.excluded(example.excluded.length, a, b)} {fmt.list(example.excluded.map((c) => title(c.issue)))}.
            </p>
          )}

          <ScrollTable caption={t.tallyCaption} className="method-table method-tally">
            <thead>
              <tr>
                <th scope="col">{t.tallyColumns.verdict}</th>
                <th scope="col" className="num">
                  {t.tallyColumns.issues}
                </th>
                <th scope="col" className="num">
                  {t.tallyColumns.each}
                </th>
                <th scope="col" className="num">
                  {t.tallyColumns.points}
                </th>
              </tr>
            </thead>
            <tbody>
              {example.tally.map((row) => (
                <tr key={row.verdict}>
                  <th scope="row">
                    <VerdictBadge verdict={row.verdict} />
                  </th>
                  <td className="num">{fmt.number(row.count)}</td>
                  <td className="num">{fmt.number(row.points)}</td>
                  <td className="num">{fmt.number(row.count * row.points)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t.total}</th>
                <td className="num">{fmt.number(example.rows.length)}</td>
                <td />
                <td className="num">{fmt.number(example.points)}</td>
              </tr>
            </tfoot>
          </ScrollTable>

          <p className="method-label">{t.arithmetic}</p>
          <p className="method-formula" data-testid="method-arithmetic">
            ({example.tally.map((row) => `${fmt.number(row.points)} × ${fmt.number(row.count)}`).join(' + ')}) ÷ (2 ×{' '}
            {fmt.number(example.rows.length)}) = {fmt.number(example.points)} ÷ {fmt.number(example.maxPoints)} ={' '}
            <strong>{agreement.score === null ? m.compare.notApplicable : fmt.percent(agreement.score)}</strong>
          </p>
          <p>
            <strong data-testid="method-result">{t.result(a, b, indexText(m, fmt.percent, agreement))}</strong>{' '}
            <ViewLink to={{ ...DEFAULT_STATE, view: 'agreement' }}>{t.seeAgreement}</ViewLink>.
          </p>
        </>
      )}
    </>
  );
}
