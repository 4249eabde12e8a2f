import { linkCuts } from '../../lib/urlState';
import { useI18n } from '../../state/i18n';
import { useDashboard } from '../../state/store';

/**
 * Says when a link to the current state cannot carry all of it (a selection over the URL's list cap, a very long
 * search): the page keeps everything, but the address, the permalink and the embed codes are shortened.
 */
export function LinkCutNote() {
  const url = useDashboard((s) => s.url);
  const { m } = useI18n();
  const cuts = linkCuts(url);
  if (cuts.length === 0) return null;
  const filterName = {
    parties: m.filters.parties,
    issues: m.filters.issues,
    categories: m.filters.categories,
    stances: m.filters.stance,
    attribution: m.filters.attribution,
    basis: m.filters.basis,
  };
  return (
    <div className="link-cut" role="note">
      {cuts.map((cut) => (
        <p key={cut.param}>
          {cut.param === 'q'
            ? m.share.linkCutSearch(cut.kept, cut.total)
            : m.share.linkCutList(filterName[cut.param], cut.kept, cut.total)}
        </p>
      ))}
    </div>
  );
}
