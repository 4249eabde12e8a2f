// Usage: npm run bench:data -- [--counts 1000,10000,100000] [--seed 1] [--out .bench/data]
//
// Writes synthetic datasets (positions-<count>.json, compact JSON) for load and rendering benchmarks. The data is
// deterministic for a given count and seed, valid under validateDataset, and shaped like data/dataset.json: the
// number of parties, issues, actors and sources grows with the number of positions, and text lengths follow the
// real dataset's.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAX_DATASET_BYTES } from '../../src/data/loadResult';
import type { Actor, Dataset, Issue, Party, Position, Source, Stance, TranslationLang } from '../../src/data/schema';
import { formatProblem, validateDataset } from '../../src/data/validate';
import { SCHEMA_VERSION } from '../../src/core/vocabulary';

/** Dates of generated positions and sources fall in this range (inclusive). */
export const FIRST_DATE = '2021-01-01';
export const LAST_DATE = '2024-12-31';

export const CATEGORIES = ['security', 'military', 'territory', 'political', 'economy', 'justice'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: a small, fast 32-bit PRNG; the same seed gives the same sequence on every platform. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }

  /** An integer in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    const item = list[Math.floor(this.next() * list.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** An index into `weights`, each chosen in proportion to its weight. */
  weighted(weights: readonly number[]): number {
    const total = weights.reduce((s, w) => s + w, 0);
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** A length in [lo, hi], bunched towards the middle (the mean of two uniform draws). */
  length(lo: number, hi: number): number {
    return Math.round(lo + ((this.next() + this.next()) / 2) * (hi - lo));
  }

  /**
   * A length in [lo, hi], most often near `lo` with a tail towards `hi` (the smaller of two uniform draws; the mean
   * is a third of the way up): the shape of the quotes, summaries and headlines in data/dataset.json.
   */
  shortLength(lo: number, hi: number): number {
    return Math.round(lo + Math.min(this.next(), this.next()) * (hi - lo));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Word lists and text

const WORDS = [
  'the',
  'the',
  'the',
  'of',
  'of',
  'to',
  'to',
  'and',
  'and',
  'a',
  'in',
  'in',
  'on',
  'for',
  'with',
  'that',
  'is',
  'will',
  'must',
  'should',
  'would',
  'cannot',
  'not',
  'no',
  'any',
  'all',
  'its',
  'their',
  'our',
  'we',
  'they',
  'it',
  'as',
  'by',
  'from',
  'under',
  'without',
  'before',
  'after',
  'until',
  'only',
  'also',
  'never',
  'again',
  'full',
  'Ukraine',
  'Ukraine’s',
  'Russia',
  'Russia’s',
  'NATO',
  'Kyiv',
  'Moscow',
  'Washington',
  'Brussels',
  'alliance',
  'allies',
  'talks',
  'negotiations',
  'ceasefire',
  'settlement',
  'agreement',
  'treaty',
  'guarantees',
  'security',
  'sovereignty',
  'territory',
  'borders',
  'withdrawal',
  'troops',
  'forces',
  'weapons',
  'sanctions',
  'membership',
  'neutrality',
  'referendum',
  'occupation',
  'Crimea',
  'Donbas',
  'Donetsk',
  'Luhansk',
  'Zaporizhzhia',
  'Kherson',
  'reparations',
  'tribunal',
  'prisoners',
  'exchange',
  'grain',
  'corridor',
  'Black',
  'Sea',
  'nuclear',
  'plant',
  'demilitarisation',
  'deployment',
  'missiles',
  'aid',
  'assets',
  'frozen',
  'reconstruction',
  'elections',
  'constitution',
  'status',
  'language',
  'rights',
  'minorities',
  'accession',
  'partners',
  'summit',
  'delegation',
  'minister',
  'president',
  'government',
  'parliament',
  'Kremlin',
  'statement',
  'position',
  'condition',
  'demand',
  'proposal',
  'framework',
  'principle',
  'compromise',
  'dialogue',
  'pressure',
  'escalation',
  'de-escalation',
  'aggression',
  'defence',
  'support',
  'integrity',
  'recognise',
  'accept',
  'reject',
  'require',
  'insist',
  'return',
  'restore',
  'guarantee',
  'negotiate',
  'discuss',
  'agree',
  'withdraw',
  'lift',
  'impose',
  'respect',
  'ensure',
  'international',
  'legal',
  'binding',
  'permanent',
  'temporary',
  'immediate',
  'unconditional',
  'direct',
  'new',
  'existing',
  'current',
  'future',
  'eastern',
  'western',
  'occupied',
  'annexed',
  'military',
  'political',
  'economic',
  'humanitarian',
  'European',
  'collective',
  'bilateral',
  'multilateral',
  'lasting',
  'just',
  'fair',
] as const;

const UK_WORDS = [
  'Україна',
  'Росія',
  'НАТО',
  'мир',
  'переговори',
  'безпека',
  'гарантії',
  'територія',
  'кордони',
  'війська',
  'санкції',
  'членство',
  'нейтралітет',
  'угода',
  'умови',
  'виведення',
  'суверенітет',
  'повернення',
  'і',
  'та',
  'не',
  'має',
  'щодо',
  'після',
  'без',
  'для',
  'вимагає',
  'підтримує',
  'відкидає',
  'союзники',
  'репарації',
  'трибунал',
] as const;

const RU_WORDS = [
  'Украина',
  'Россия',
  'НАТО',
  'мир',
  'переговоры',
  'безопасность',
  'гарантии',
  'территория',
  'границы',
  'войска',
  'санкции',
  'членство',
  'нейтралитет',
  'соглашение',
  'условия',
  'вывод',
  'суверенитет',
  'возвращение',
  'и',
  'не',
  'должна',
  'по',
  'после',
  'без',
  'для',
  'требует',
  'поддерживает',
  'отвергает',
  'союзники',
  'репарации',
  'трибунал',
] as const;

const TRANSLATION_WORDS: Record<TranslationLang, readonly string[]> = { uk: UK_WORDS, ru: RU_WORDS };

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Pseudo-sentences of about `target` characters (never more than `target`, at least one word). */
function prose(rng: Rng, target: number, words: readonly string[] = WORDS, end = '.'): string {
  let out = '';
  let sentenceStart = true;
  for (;;) {
    const word = rng.pick(words);
    const piece = sentenceStart ? capitalise(word) : word;
    const candidate = out === '' ? piece : `${out} ${piece}`;
    if (out !== '' && candidate.length + end.length > target) break;
    out = candidate;
    sentenceStart = false;
    // A sentence break now and then, a comma less often.
    if (out.length > 30 && rng.chance(0.07)) {
      out += '.';
      sentenceStart = true;
    } else if (rng.chance(0.05)) {
      out += ',';
    }
  }
  return out.replace(/[.,]$/, '') + end;
}

/** A short phrase of `min`..`max` words with no final punctuation (titles). */
function phrase(rng: Rng, min: number, max: number): string {
  const n = rng.int(min, max);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(rng.pick(WORDS));
  return capitalise(words.join(' '));
}

function slug(s: string, maxLength = 30): string {
  const out = s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return out === '' ? 'x' : out;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;
const FIRST_MS = Date.parse(`${FIRST_DATE}T00:00:00Z`);
const LAST_MS = Date.parse(`${LAST_DATE}T00:00:00Z`);
const DAY_COUNT = Math.round((LAST_MS - FIRST_MS) / DAY_MS) + 1;

function isoDay(dayIndex: number): string {
  return new Date(FIRST_MS + dayIndex * DAY_MS).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------------------------
// Structure

interface PartySeed {
  id: string;
  name: string;
  shortName: string;
  color: string;
  uk: string;
  ru: string;
  /** How often the party speaks, relative to the others. */
  weight: number;
}

// The three parties of the real dataset first, then the governments that most often state positions of their own.
// Colours: the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies.
const PARTY_SEEDS: readonly PartySeed[] = [
  { id: 'ukraine', name: 'Ukraine', shortName: 'Ukraine', color: '#0072B2', uk: 'Україна', ru: 'Украина', weight: 5 },
  { id: 'russia', name: 'Russia', shortName: 'Russia', color: '#D55E00', uk: 'Росія', ru: 'Россия', weight: 5 },
  {
    id: 'nato',
    name: 'NATO and allies',
    shortName: 'NATO',
    color: '#009E73',
    uk: 'НАТО і союзники',
    ru: 'НАТО и союзники',
    weight: 4,
  },
  { id: 'united-states', name: 'United States', shortName: 'US', color: '#E69F00', uk: 'США', ru: 'США', weight: 3 },
  { id: 'european-union', name: 'European Union', shortName: 'EU', color: '#56B4E9', uk: 'ЄС', ru: 'ЕС', weight: 2 },
  { id: 'turkey', name: 'Turkey', shortName: 'Turkey', color: '#CC79A7', uk: 'Туреччина', ru: 'Турция', weight: 1 },
  { id: 'china', name: 'China', shortName: 'China', color: '#F0E442', uk: 'Китай', ru: 'Китай', weight: 1 },
  {
    id: 'united-kingdom',
    name: 'United Kingdom',
    shortName: 'UK',
    color: '#000000',
    uk: 'Велика Британія',
    ru: 'Великобритания',
    weight: 1,
  },
];

const FIRST_NAMES = [
  'Olena',
  'Oleksandr',
  'Dmytro',
  'Iryna',
  'Andriy',
  'Yulia',
  'Sergei',
  'Maria',
  'Dmitry',
  'Anna',
  'Mikhail',
  'Natalia',
  'James',
  'Emily',
  'Thomas',
  'Sarah',
  'Jens',
  'Annalena',
  'Mark',
  'Ursula',
  'Mehmet',
  'Wang',
  'Rishi',
  'Catherine',
  'Pavlo',
  'Taras',
  'Viktor',
  'Kaja',
  'Antony',
  'Charles',
] as const;
const LAST_NAMES = [
  'Kovalenko',
  'Shevchenko',
  'Bondarenko',
  'Tkachenko',
  'Melnyk',
  'Kravchenko',
  'Ivanov',
  'Petrov',
  'Smirnov',
  'Volkov',
  'Sokolov',
  'Morozov',
  'Miller',
  'Johnson',
  'Baker',
  'Collins',
  'Schmidt',
  'Weber',
  'Laurent',
  'Dubois',
  'Rossi',
  'Yilmaz',
  'Demir',
  'Li',
  'Zhang',
  'Hughes',
  'Walsh',
  'Novak',
  'Lindqvist',
  'Jansen',
] as const;
const ROLES = [
  'President',
  'Prime minister',
  'Foreign minister',
  'Defence minister',
  'Spokesperson for the foreign ministry',
  'Head of the delegation to the peace talks',
  'Member of the delegation to the peace talks',
  'Ambassador to the UN',
  'Deputy foreign minister',
  'National security adviser',
  'Head of the presidential office',
  'Member of parliament',
  'Chief of the general staff',
  'Secretary-general',
  'Presidential spokesperson',
  'Speaker of parliament',
] as const;

const OUTLETS = [
  'Reuters',
  'Associated Press',
  'AFP',
  'BBC News',
  'Financial Times',
  'The Guardian',
  'The New York Times',
  'The Washington Post',
  'Bloomberg',
  'Al Jazeera',
  'Kyiv Independent',
  'Ukrainska Pravda',
  'Interfax-Ukraine',
  'Ukrinform',
  'TASS',
  'RIA Novosti',
  'Kommersant',
  'Meduza',
  'Politico Europe',
  'Deutsche Welle',
  'Le Monde',
  'Euronews',
  'Firstpost',
  'Fox News',
  'CNN',
  'Sky News',
  'Radio Free Europe/Radio Liberty',
  'Daily Sabah',
  'Xinhua',
  'Unnamed republisher of a wire report',
] as const;
/** Language of each outlet's reports, by outlet name (English when not listed). */
const OUTLET_LANGUAGE: Readonly<Record<string, string>> = {
  'Ukrainska Pravda': 'uk',
  Ukrinform: 'uk',
  'Interfax-Ukraine': 'uk',
  TASS: 'ru',
  'RIA Novosti': 'ru',
  Kommersant: 'ru',
  Meduza: 'ru',
};

/** How many parties, issues, actors and sources a dataset of `count` positions has. */
export interface Structure {
  parties: number;
  issues: number;
  actors: number;
  sources: number;
}

/**
 * The real dataset has 3 parties and 17 issues for 44 positions. Larger ones grow logarithmically to 8 parties and
 * ~60 issues at 100,000 positions; actors (~1 per 50 positions) and sources (~1 per 20) grow linearly, capped.
 */
export function structureFor(count: number): Structure {
  const decades = Math.max(0, Math.log10(Math.max(count, 1)) - 2); // 0 at ≤ 100 positions, 3 at 100,000
  const parties = Math.min(PARTY_SEEDS.length, 3 + Math.round((decades * 5) / 3));
  const issues = Math.min(80, 17 + Math.round((decades * 43) / 3));
  const actors = Math.max(2 * parties, Math.min(2_000, Math.round(count / 50)));
  const sources = Math.max(1, Math.min(5_000, Math.round(count / 20)));
  return { parties, issues, actors, sources };
}

function makeParties(n: number): Party[] {
  return PARTY_SEEDS.slice(0, n).map((p) => ({
    id: p.id,
    name: p.name,
    shortName: p.shortName,
    color: p.color,
    translations: { uk: { name: p.uk, shortName: p.uk }, ru: { name: p.ru, shortName: p.ru } },
  }));
}

function makeIssues(rng: Rng, n: number): Issue[] {
  const issues: Issue[] = [];
  for (let i = 0; i < n; i++) {
    const title = phrase(rng, 1, 3);
    issues.push({
      id: `${slug(title, 24)}-${i + 1}`,
      title,
      proposition: prose(rng, rng.length(30, 130)),
      category: CATEGORIES[i % CATEGORIES.length] ?? 'political',
      translations: {
        uk: {
          title: capitalise(prose(rng, rng.length(6, 25), UK_WORDS, '')),
          proposition: prose(rng, rng.length(30, 130), UK_WORDS),
        },
        ru: {
          title: capitalise(prose(rng, rng.length(6, 25), RU_WORDS, '')),
          proposition: prose(rng, rng.length(30, 130), RU_WORDS),
        },
      },
    });
  }
  return issues;
}

function makeActors(rng: Rng, n: number, parties: readonly Party[]): Actor[] {
  const actors: Actor[] = [];
  for (let i = 0; i < n; i++) {
    // Round-robin first, so every party has at least one actor; then in proportion to how often each party speaks.
    const party =
      i < parties.length
        ? parties[i]
        : parties[rng.weighted(PARTY_SEEDS.slice(0, parties.length).map((p) => p.weight))];
    if (party === undefined) throw new Error('no party for an actor');
    const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    const role = `${rng.pick(ROLES)}, ${party.name}`;
    actors.push({
      id: `${slug(name)}-${i + 1}`,
      name,
      role,
      party: party.id,
      translations: {
        uk: { role: prose(rng, rng.length(15, 50), UK_WORDS, '') },
        ru: { role: prose(rng, rng.length(15, 50), RU_WORDS, '') },
      },
    });
  }
  return actors;
}

function makeSources(rng: Rng, n: number): Source[] {
  const sources: Source[] = [];
  for (let i = 0; i < n; i++) {
    const outlet = rng.pick(OUTLETS);
    const published = isoDay(rng.int(0, DAY_COUNT - 1));
    const headline = prose(rng, rng.shortLength(60, 120), WORDS, '');
    const id = `${slug(outlet, 20)}-${published}-${i + 1}`;
    const hasUrl = rng.chance(0.6);
    const source: Source = {
      id,
      outlet,
      headline,
      published,
      language: OUTLET_LANGUAGE[outlet] ?? 'en',
      url: hasUrl
        ? `https://www.${slug(outlet, 20)}.example/${published.replaceAll('-', '/')}/${slug(headline, 60)}`
        : null,
      file: hasUrl
        ? null
        : `${String(i).padStart(3, '0')}_${Math.floor(rng.float() * 0xffffffff)
            .toString(16)
            .padStart(8, '0')}.txt`,
      note: rng.chance(0.3) ? prose(rng, rng.length(80, 300)) : null,
    };
    sources.push(source);
  }
  return sources;
}

/** Index of each party's actors, for picking an actor who belongs to a position's party. */
function actorsByParty(parties: readonly Party[], actors: readonly Actor[]): Map<string, Actor[]> {
  const byParty = new Map<string, Actor[]>(parties.map((p) => [p.id, []]));
  for (const a of actors) byParty.get(a.party)?.push(a);
  return byParty;
}

const STANCE_WEIGHTS: Readonly<Record<Stance, number>> = { supports: 0.5, opposes: 0.35, conditional: 0.15 };
const STANCE_LIST = Object.keys(STANCE_WEIGHTS) as Stance[];

function makePositions(
  rng: Rng,
  count: number,
  parties: readonly Party[],
  actors: readonly Actor[],
  issues: readonly Issue[],
  sources: readonly Source[],
): Position[] {
  const partyWeights = PARTY_SEEDS.slice(0, parties.length).map((p) => p.weight);
  const byParty = actorsByParty(parties, actors);
  const stanceWeights = STANCE_LIST.map((s) => STANCE_WEIGHTS[s]);
  const positions: Position[] = [];
  for (let i = 0; i < count; i++) {
    const party = parties[rng.weighted(partyWeights)];
    const source = rng.pick(sources);
    if (party === undefined) throw new Error('no party for a position');
    const issue = rng.pick(issues);
    const partyActors = byParty.get(party.id) ?? [];
    const actor = partyActors.length > 0 && rng.chance(0.75) ? rng.pick(partyActors) : null;
    const stance = STANCE_LIST[rng.weighted(stanceWeights)] ?? 'supports';

    // Most statements are dated by the report that carries them (ties with every other position from that source);
    // the rest a few days earlier, never before the range starts.
    const publishedDay = Math.round((Date.parse(`${source.published}T00:00:00Z`) - FIRST_MS) / DAY_MS);
    const daysEarlier = rng.chance(0.5) ? 0 : rng.int(1, 10);
    const date = isoDay(Math.max(0, publishedDay - daysEarlier));

    const quote = rng.chance(0.05) ? null : `“${prose(rng, rng.shortLength(80, 300) - 2)}”`;
    const sourceLang = source.language ?? 'en';
    // Now and then a quote in Ukrainian or Russian printed in an English report.
    const quoteLanguage =
      quote !== null && sourceLang === 'en' && rng.chance(0.05) ? rng.pick(['uk', 'ru'] as const) : undefined;
    const conditions = stance === 'conditional' ? prose(rng, rng.shortLength(60, 200)) : null;
    const summary = prose(rng, rng.shortLength(60, 200));

    const position: Position = {
      id: `${party.id}-${issue.id}-${date}-${i + 1}`,
      party: party.id,
      actor: actor?.id ?? null,
      issue: issue.id,
      stance,
      conditions,
      date,
      dateBasis: daysEarlier === 0 && rng.chance(0.5) ? 'report' : 'statement',
      summary,
      quote,
      ...(quoteLanguage === undefined ? {} : { quoteLanguage }),
      attribution: rng.chance(0.2) ? 'reported' : 'direct',
      source: source.id,
      note: rng.chance(0.1) ? prose(rng, rng.length(60, 300)) : null,
    };

    // A few positions carry translations: of the summary, of the conditions when there are any, and of the quote
    // into a language the quote is not already in.
    if (rng.chance(0.03)) {
      const quoteLang = quoteLanguage ?? sourceLang;
      const tr: NonNullable<Position['translations']> = {};
      for (const lang of ['uk', 'ru'] as const) {
        const words = TRANSLATION_WORDS[lang];
        tr[lang] = {
          summary: prose(rng, summary.length, words),
          ...(conditions === null ? {} : { conditions: prose(rng, conditions.length, words) }),
          ...(quote === null || quoteLang === lang ? {} : { quote: prose(rng, quote.length, words) }),
        };
      }
      position.translations = tr;
    }
    positions.push(position);
  }
  return positions;
}

/** A synthetic dataset of `count` positions, the same for the same count and seed. */
export function generateDataset(count: number, seed = 1): Dataset {
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a non-negative integer, not ${count}`);
  const rng = new Rng(seed);
  const shape = structureFor(count);
  const parties = makeParties(shape.parties);
  const issues = makeIssues(rng, shape.issues);
  const actors = makeActors(rng, shape.actors, parties);
  const sources = makeSources(rng, shape.sources);
  const positions = makePositions(rng, count, parties, actors, issues, sources);
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: {
      title: `Synthetic benchmark dataset: ${count} positions`,
      description: `Generated by scripts/bench/generate.ts (seed ${seed}) for load and rendering benchmarks. Not real statements.`,
      updated: LAST_DATE,
      credit: 'Synthetic data; no real sources.',
      license: 'CC0 1.0',
    },
    parties,
    actors,
    issues,
    sources,
    positions,
  };
}

/**
 * The bundled dataset with `extra` generated parties of `each` positions apiece, on its own issues and sources, and
 * no curator's default selection: the case of a dataset of many governments (27 in the EU), where pairs grow with the
 * square of the parties.
 */
export function manyPartiesDataset(base: Dataset, extra: number, each = 10, seed = 1): Dataset {
  const rng = new Rng(seed);
  const width = String(extra).length;
  const parties: Party[] = Array.from({ length: extra }, (_, i) => {
    const n = String(i + 1).padStart(width, '0');
    return { id: `generated-${n}`, name: `Generated party ${i + 1}`, shortName: `Party ${i + 1}` };
  });
  const positions: Position[] = parties.flatMap((party) =>
    Array.from({ length: each }, (_, k): Position => {
      const stance = rng.pick(STANCE_LIST);
      return {
        id: `${party.id}-${k + 1}`,
        party: party.id,
        actor: null,
        issue: rng.pick(base.issues).id,
        stance,
        conditions: stance === 'conditional' ? prose(rng, 80) : null,
        date: isoDay(rng.int(0, DAY_COUNT - 1)),
        summary: prose(rng, 160),
        quote: null,
        attribution: 'reported',
        source: rng.pick(base.sources).id,
        note: null,
      };
    }),
  );
  const { defaultParties: _none, ...meta } = base.meta;
  return {
    ...base,
    meta: { ...meta, title: `${base.meta.title} (with ${extra} generated parties)` },
    parties: [...base.parties, ...parties],
    positions: [...base.positions, ...positions],
    corrections: [],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// CLI

interface Options {
  counts: number[];
  seed: number;
  out: string;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { counts: [1_000, 10_000, 100_000], seed: 1, out: '.bench/data' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const value = () => {
      const v = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (v === undefined || v === '') throw new Error(`${name} needs a value`);
      return v;
    };
    const integer = (v: string) => {
      const n = Number(v.replaceAll('_', ''));
      if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${name}: "${v}" is not a non-negative integer`);
      return n;
    };
    if (name === '--counts')
      opts.counts = value()
        .split(',')
        .map((c) => integer(c.trim()));
    else if (name === '--seed') opts.seed = integer(value());
    else if (name === '--out') opts.out = value();
    else throw new Error(`unknown argument "${arg}" (expected --counts, --seed or --out)`);
  }
  return opts;
}

const ms = (start: number) => `${Math.round(performance.now() - start)} ms`;

function main(argv: readonly string[]): number {
  let opts: Options;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    console.error(`bench:data: ${(err as Error).message}`);
    return 1;
  }
  const outDir = resolve(opts.out);
  mkdirSync(outDir, { recursive: true });
  for (const count of opts.counts) {
    let t = performance.now();
    const dataset = generateDataset(count, opts.seed);
    const generateTime = ms(t);

    t = performance.now();
    const result = validateDataset(dataset);
    const validateTime = ms(t);
    if (!result.ok) {
      const first = result.problems[0];
      console.error(
        `bench:data: the generated dataset of ${count} positions is invalid (${result.problems.length} problem(s)); first: ${first === undefined ? '?' : formatProblem(first)}`,
      );
      return 1;
    }

    const file = resolve(outDir, `positions-${count}.json`);
    t = performance.now();
    const json = JSON.stringify(dataset);
    writeFileSync(file, json);
    const writeTime = ms(t);
    const bytes = Buffer.byteLength(json);
    const overCap =
      bytes > MAX_DATASET_BYTES
        ? ` — over MAX_DATASET_BYTES (${MAX_DATASET_BYTES.toLocaleString('en')}): the app refuses it`
        : '';
    console.log(
      `${file}: ${count.toLocaleString('en')} positions, ${bytes.toLocaleString('en')} bytes; generate ${generateTime}, validate ${validateTime}, write ${writeTime}${overCap}`,
    );
  }
  return 0;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(invokedPath).href) {
  process.exitCode = main(process.argv.slice(2));
}
