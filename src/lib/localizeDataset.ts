import { isTranslationLang } from '../core/vocabulary';
import type { Dataset } from '../data/schema';
import type { Lang } from '../i18n/languages';
import { actorText, issueText, partyName, partyShortName, positionText } from './translate';

/**
 * The dataset as a reader of `lang` sees it: names, titles, propositions, summaries and
 * conditions, sources' outlets and notes and categories' titles in that language where the dataset has them.
 * Quotes, headlines and ids are left exactly as they are — quotes are evidence and a headline is what a reader searches
 * for; their translations are shown beside them, never in their place. Views then need no knowledge of languages to show the right text.
 */
export function localizeDataset(dataset: Dataset, lang: Lang): Dataset {
  // English is the dataset's own text; an interface language the format has no translations for shows it too.
  if (!isTranslationLang(lang)) return dataset;
  const meta = dataset.meta.translations?.[lang];
  return {
    ...dataset,
    meta: {
      ...dataset.meta,
      title: meta?.title ?? dataset.meta.title,
      description: meta?.description ?? dataset.meta.description,
      credit: meta?.credit ?? dataset.meta.credit,
    },
    parties: dataset.parties.map((p) => ({ ...p, name: partyName(p, lang), shortName: partyShortName(p, lang) })),
    actors: dataset.actors.map((a) => ({ ...a, ...actorText(a, lang) })),
    issues: dataset.issues.map((i) => ({ ...i, ...issueText(i, lang) })),
    sources: dataset.sources.map((s) => {
      const t = s.translations?.[lang];
      return {
        ...s,
        outlet: t?.outlet ?? s.outlet,
        ...(s.note != null ? { note: t?.note ?? s.note } : {}),
      };
    }),
    ...(dataset.categories === undefined
      ? {}
      : { categories: dataset.categories.map((c) => ({ ...c, title: c.translations?.[lang]?.title ?? c.title })) }),
    positions: dataset.positions.map((p) => {
      const t = positionText(p, lang);
      return p.conditions == null
        ? { ...p, summary: t.summary }
        : { ...p, summary: t.summary, conditions: t.conditions ?? p.conditions };
    }),
  };
}
