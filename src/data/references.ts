import { isRealDate } from '../core/dates';
import { quoteLanguage } from './quoteLanguage';
import type { Problem } from './problem';
import type { Dataset } from './schema';
import { TRANSLATION_LANGS } from '../core/vocabulary';

function isHttpUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function isContact(address: string): boolean {
  try {
    const u = new URL(address);
    return u.protocol === 'mailto:' ? u.pathname.includes('@') : u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Everything a schema cannot say: references resolve, ids are unique, dates exist, translations fit. */
export function referentialProblems(ds: Dataset): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  const idSet = <T extends { id: string }>(list: T[], name: string): Set<string> => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) add(`${name}[${i}].id`, `duplicate id "${item.id}"`);
      seen.add(item.id);
    });
    return seen;
  };
  const parties = idSet(ds.parties, 'parties');
  const actors = idSet(ds.actors, 'actors');
  const issues = idSet(ds.issues, 'issues');
  const sources = idSet(ds.sources, 'sources');
  const positionIds = idSet(ds.positions, 'positions');
  idSet(ds.categories ?? [], 'categories');

  // Thousands of positions share a few hundred dates: each distinct one is checked once.
  const realDate = new Map<string, boolean>();
  const isReal = (value: string) => {
    let real = realDate.get(value);
    if (real === undefined) realDate.set(value, (real = isRealDate(value)));
    return real;
  };
  const notReal = (value: string) => `"${value}" is not a real calendar date`;
  if (!isReal(ds.meta.updated)) add('meta.updated', notReal(ds.meta.updated));

  const contact = ds.meta.contact;
  if (contact !== undefined && !isContact(contact)) add('meta.contact', 'expected a mailto: or https: address where readers report an error');
  ds.meta.defaultParties?.forEach((party, i) => {
    if (!parties.has(party)) add(`meta.defaultParties[${i}]`, `unknown party "${party}"`);
  });
  ds.issues.forEach((issue, i) =>
    issue.related?.forEach((other, j) => {
      if (other === issue.id) add(`issues[${i}].related[${j}]`, 'an issue cannot be related to itself');
      else if (!issues.has(other)) add(`issues[${i}].related[${j}]`, `unknown issue "${other}"`);
    }),
  );

  const actorParty = new Map(ds.actors.map((a) => [a.id, a.party]));
  const sourceById = new Map(ds.sources.map((s) => [s.id, s]));
  ds.actors.forEach((a, i) => {
    if (!parties.has(a.party)) add(`actors[${i}].party`, `unknown party "${a.party}"`);
  });
  ds.sources.forEach((s, i) => {
    if (!isReal(s.published)) add(`sources[${i}].published`, notReal(s.published));
    if (s.url !== null && !isHttpUrl(s.url)) add(`sources[${i}].url`, 'must be null or an http(s) URL');
  });
  // Paths are built only for a problem: at 100,000 positions, building them up front cost more than the checks.
  ds.positions.forEach((p, i) => {
    const at = () => `positions[${i}]`;
    if (!parties.has(p.party)) add(`${at()}.party`, `unknown party "${p.party}"`);
    if (p.actor !== null) {
      if (!actors.has(p.actor)) add(`${at()}.actor`, `unknown actor "${p.actor}"`);
      else if (actorParty.get(p.actor) !== p.party)
        add(`${at()}.actor`, `actor "${p.actor}" belongs to party "${actorParty.get(p.actor) ?? ''}", not "${p.party}"`);
    }
    if (!issues.has(p.issue)) add(`${at()}.issue`, `unknown issue "${p.issue}"`);
    if (!sources.has(p.source)) add(`${at()}.source`, `unknown source "${p.source}"`);
    if (!isReal(p.date)) add(`${at()}.date`, notReal(p.date));
    if (p.stance === 'conditional' && (p.conditions ?? '').trim() === '')
      add(`${at()}.conditions`, 'a conditional position must state its conditions');
    if (p.basis === 'inferred' && (p.note ?? '').trim() === '')
      add(`${at()}.note`, 'an inferred position must say in its note what it is inferred from');

    // A translation stands beside the English text; it cannot supply what the position itself lacks.
    const hasQuote = p.quote !== null;
    if (p.quoteLanguage !== undefined && !hasQuote)
      add(`${at()}.quoteLanguage`, 'quoteLanguage given, but the position has no quote');
    if (p.translations === undefined) return;
    const quoteLang = (quoteLanguage(p, sourceById.get(p.source)).split('-')[0] ?? '').toLowerCase();
    for (const lang of TRANSLATION_LANGS) {
      const tr = p.translations[lang];
      const trAt = () => `${at()}.translations.${lang}`;
      if (tr?.conditions !== undefined && (p.conditions ?? null) === null)
        add(`${trAt()}.conditions`, 'translation of conditions given, but the position has no conditions');
      if (tr?.quote === undefined) continue;
      if (!hasQuote) add(`${trAt()}.quote`, 'translation of quote given, but the position has no quote');
      else if (quoteLang === lang)
        add(`${trAt()}.quote`, `the quote is already in "${lang}" and is shown as printed: it needs no translation`);
    }
  });
  ds.corrections?.forEach((c, i) => {
    if (!isReal(c.date)) add(`corrections[${i}].date`, notReal(c.date));
    c.positions.forEach((id, j) => {
      if (!positionIds.has(id)) add(`corrections[${i}].positions[${j}]`, `unknown position "${id}"`);
    });
  });
  return problems;
}
