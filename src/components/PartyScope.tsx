import { useId } from 'react';
import { defaultIsCut } from '../lib/filters';
import { MAX_PARTIES_ALL_PAIRS } from '../lib/pairs';
import { useData } from '../state/data';
import { usePairPlan } from '../state/derived';
import { useI18n } from '../state/i18n';
import { usePresentation } from '../state/presentation';
import { useDashboard } from '../state/store';

/**
 * What a dataset with many parties leaves out, said above the view: the first parties shown by default, and, past
 * MAX_PARTIES_ALL_PAIRS chosen, whose pairs are drawn, with the choice of that party (not in an embed without controls,
 * whose reader cannot change it).
 */
export function PartyScope({ pairs }: { pairs: boolean }) {
  const { dataset } = useData();
  const model = usePairPlan();
  const chosen = useDashboard((s) => s.url.parties);
  const setFocus = useDashboard((s) => s.setFocus);
  const { embed, controls } = usePresentation();
  const { m } = useI18n();
  const id = useId();
  const cut = chosen.length === 0 && defaultIsCut(dataset);
  const focus = pairs ? model.focus : null;
  if (!cut && focus === null) return null;
  return (
    <div className="party-scope" role="note">
      {cut && <p>{m.scope.firstParties(MAX_PARTIES_ALL_PAIRS, dataset.parties.length, m.filters.parties)}</p>}
      {focus !== null && (
        <p>
          {m.scope.pairsOf(model.pairs.length, model.total)}{' '}
          {embed && !controls ? (
            <strong>{model.parties.find((p) => p.id === focus)?.shortName ?? focus}</strong>
          ) : (
            <span className="party-scope-choice">
              <label htmlFor={id}>{m.scope.focus}</label>{' '}
              <select id={id} value={focus} onChange={(e) => setFocus(e.target.value)}>
                {model.parties.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.shortName}
                  </option>
                ))}
              </select>
            </span>
          )}{' '}
          {m.scope.everyPair(MAX_PARTIES_ALL_PAIRS)}
        </p>
      )}
    </div>
  );
}
