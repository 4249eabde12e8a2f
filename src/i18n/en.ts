/**
 * The English interface text: the reference catalog. uk.ts and ru.ts are typed as `Messages`,
 * so a missing or extra key in either fails the typecheck. Functions build text with numbers,
 * names and dates already formatted for the language by the caller.
 */
import type { Notice } from '../core/notice';
import type { View } from '../core/views';

const n1 = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a pair's sentence counts: the issues by verdict, and who conceded on how many. */
export interface Counts {
  overlap: number;
  partial: number;
  conflict: number;
  comparable: number;
  concededBy: { a: number; b: number };
}

/** The facts a data download's citation file states; each catalog words them. */
export interface CitationFacts {
  title: string;
  view: string;
  asOf: string;
  retrieved: string;
  url: string;
  credit: string;
  licence: string;
  filters: string;
  sources: string;
  files: readonly string[];
  separator: string;
}

export const en = {
  app: {
    loading: 'Loading positions…',
    loadingChart: 'Loading the chart…',
    skipTo: (target: string) => `Skip to the ${target}`,
    language: 'Language',
    tryAgain: 'Try again',
    problemsFound: (n: number, shown: number) =>
      n > shown ? `${n} problems found; the first ${shown}:` : `${n} problems found:`,
    partFailed: (what: string) => `Could not show ${what}.`,
    partFailedHint: 'The rest of the page still works.',
  },
  preview: {
    bar: (name: string) => `Preview of a local file (${name}) — not published`,
    barNote: 'Read in this browser only; readers see the published data.',
    back: 'Back to the published data',
    imageLine: (name: string) => `PREVIEW of a local file (${name}), not published data`,
  },
  scope: {
    firstParties: (shown: number, total: number, filter: string) =>
      `The dataset has ${total} parties; the first ${shown} are shown. Choose others under “${filter}”.`,
    pairsOf: (shown: number, total: number) =>
      `${total} pairs are too many to draw: shown are the ${shown} pairs of one party.`,
    focus: 'Pairs of',
    everyPair: (max: number) => `Choose ${max} parties or fewer to see every pair.`,
  },
  views: {
    label: 'Views',
    compare: 'Compare',
    matrix: 'Overlap matrix',
    agreement: 'Agreement',
    timeline: 'Timeline',
    distribution: 'Distribution',
    table: 'All positions',
    method: 'Methodology',
  } satisfies Record<View | 'label', string>,
  skipTargets: {
    compare: 'comparison',
    matrix: 'matrix',
    agreement: 'agreement charts',
    timeline: 'timeline',
    distribution: 'distribution chart',
    table: 'table',
    method: 'methodology',
  } satisfies Record<View, string>,
  header: {
    positionsAsOf: 'Positions as of',
    updated: (date: string) => `Dataset updated ${date}`,
    sources: 'Sources:',
    licence: (licence: string) => `Licence: ${licence}.`,
    footerNote:
      'Every stance links to its verbatim quote and source; “reported” marks positions the outlet describes without quoting the party.',
    embedDates: (asOf: string, updated: string) => `Positions as of ${asOf}; dataset updated ${updated}.`,
    openFull: 'Open the full dashboard',
    newTab: '(opens in a new tab)',
    methodology: 'Methodology',
  },
  notices: {
    heading: 'Some of the link’s settings were ignored:',
    more: (n: number) => `…and ${n} more.`,
    dismiss: 'Dismiss',
    dismissLabel: 'Dismiss notice',
    text: (n: Notice): string => {
      switch (n.kind) {
        case 'unreadable':
          return 'the address could not be read; showing the default view';
        case 'repeated':
          return `${n.param} is given more than once; the first value was used`;
        case 'tooLong':
          return `ignored ${n.param}: value longer than ${n.max} characters`;
        case 'notOneOf':
          return `ignored ${n.param}="${n.value}": expected ${n.expected.length === 1 ? `"${n.expected[0] ?? ''}"` : `one of ${n.expected.join(', ')}`}`;
        case 'notADate':
          return `ignored ${n.param}="${n.value}": expected a date as YYYY-MM-DD`;
        case 'notAllowed':
          return n.allowed === 'childId'
            ? `ignored ${n.param}: expected letters, digits, - or _`
            : `ignored "${n.value}" in ${n.param}: not a valid value`;
        case 'notInDataset':
          return `ignored "${n.value}" in ${n.param}: not in this dataset`;
        case 'tooMany':
          return `${n.param} lists more than ${n.max} values; the rest were ignored`;
        case 'searchCut':
          return `search text cut to ${n.max} characters`;
        case 'fromAfterTo':
          return `ignored from/to: ${n.from} is after ${n.to}`;
      }
    },
  },
  asOf: {
    latest: 'Latest',
    play: 'Play through the dates',
    pause: 'Pause',
    reducedMotion: 'Steps through the dates without animation',
  },
  filters: {
    region: 'Filters',
    searchLabel: 'Search quotes, summaries, speakers and issues',
    searchPlaceholder: 'Search quotes, speakers, issues…',
    toggle: (active: number) => (active > 0 ? `Filters (${active})` : 'Filters'),
    clearAll: 'Clear all filters',
    parties: 'Parties',
    categories: 'Categories',
    issues: 'Issues',
    stance: 'Stance',
    attribution: 'Attribution',
    basis: 'Basis',
    statedBetween: 'Stated between',
    fromDate: 'From date',
    toDate: 'To date',
    datePattern: 'YYYY-MM-DD',
    notADate: (text: string) => `“${text}” is not a date: type it as 2022-03-15.`,
    all: 'All',
    selected: (n: number) => `${n} selected`,
    showAll: 'Show all',
    names: {
      parties: 'party',
      issues: 'issue',
      categories: 'category',
      stances: 'stance',
      attribution: 'attribution',
      basis: 'basis',
      from: '“from” date',
      to: '“to” date',
      q: 'search',
    },
  },
  stance: { supports: 'Supports', conditional: 'Conditional', opposes: 'Opposes', none: 'No stated position' },
  verdict: {
    overlap: 'Overlap',
    concession: 'Concession',
    partial: 'Partial',
    conflict: 'Conflict',
    'no-basis': 'No basis',
  },
  verdictExplanation: {
    overlap: 'both take the same stance',
    concession: 'one accepts, as a concession, the stance the other demands',
    partial: 'one is conditional, the other is not',
    conflict: 'one supports, the other opposes',
    'no-basis': 'at least one has no stated position',
  },
  attribution: { direct: 'Direct quote', reported: 'Reported by outlet' },
  attributionOnly: { direct: 'direct quote', reported: 'reported by outlet' },
  basis: { stated: 'Stated', inferred: 'Inferred' },
  basisOnly: { stated: 'stated positions', inferred: 'inferred positions' },
  kind: { demand: 'Demand', concession: 'Concession' },
  stale: {
    age: (count: number, unit: 'year' | 'month' | 'day') => `stated ${n1(count, unit, `${unit}s`)} earlier`,
    freshLabel: 'Current positions only',
    freshHint: (days: number) => `Positions stated more than ${days} days before the date count as no stated position.`,
  },
  /** Known category ids; others are shown as written in the dataset. */
  categories: {
    security: 'Security',
    military: 'Military',
    territory: 'Territory',
    political: 'Political',
    economy: 'Economy',
    justice: 'Justice',
  } as Record<string, string>,
  legend: {
    label: 'Legend',
    stances: 'Stances:',
    stancesNote: '— each on the issue’s proposition.',
    verdicts: 'Verdicts:',
    index:
      'Agreement index: 2 points per overlap or concession (the positions meet, though one side gave way), 1 per partial, 0 per conflict, divided by 2 × the issues both parties addressed. Issues with no basis are left out and counted beside it.',
  },
  detail: {
    close: 'Close details',
    asOf: (date: string) => `As of ${date}`,
    oneStatement: 'One statement',
    proposition: (text: string) => `Proposition: ${text}`,
    everyIssue: 'Every issue shown',
    inCategory: (category: string) => `Issues in the category “${category}”`,
    pair: (a: string, b: string) => `${a} and ${b}`,
    verdictLine: (a: string, b: string, explanation: string) => `${a} and ${b}: ${explanation}.`,
    related: (title: string) => `Read together with “${title}”`,
    conceded: (conceder: string, other: string) => `${conceder} concedes what ${other} demands.`,
    bothConcede: (a: string, b: string) => `${a} and ${b} each concede the same stance.`,
    noPosition: 'No stated position on this issue in the dataset as of this date.',
    earlier: 'Earlier positions',
    foot: 'Positions counted here follow the attribution filter; earlier positions stay on record as history.',
    agreementIndex: 'Agreement index',
    notComputed: 'not computed (no basis)',
    issueCount: (n: number) => n1(n, 'issue', 'issues'),
    silent: (issue: string, party: string) => `${issue}: ${party} has no stated position`,
    bothSilent: (issue: string, a: string, b: string) => `${issue}: neither ${a} nor ${b} has a stated position`,
    notInDataset: 'This position is not in the dataset.',
    unknown: 'Unknown position',
  },
  position: {
    noSpeaker: (party: string) => `${party} (no named speaker)`,
    reportedUndated: (date: string) => `Reported ${date} (statement undated)`,
    reportWording: 'Wording of the report, not of the speaker.',
    quoteIn: (language: string) => `Quote as printed, in ${language}.`,
    translation: 'Translation:',
    noQuote: 'No quotable sentence in the source; summary only.',
    inferred: 'Inferred by the curators, not stated by the party: the note says from what.',
    concession: 'A concession: what the party says it would accept short of what it wants.',
    conditions: 'Conditions:',
    note: 'Note:',
    source: 'Source:',
    readReport: 'Read the report',
    noLink: 'No link: URL not known',
    archived: ' (its text is archived with the dataset)',
  },
  compare: {
    empty: 'No issues or parties match the filters. Clear the party, issue or category filter to compare.',
    pairsLabel: 'Agreement between parties',
    counts: (comparable: number, excluded: number) => `${comparable} comparable · ${excluded} not comparable`,
    notApplicable: 'n/a',
    region: 'Comparison grid, scrolls sideways',
    caption: (date: string) =>
      `Each party’s stance on each issue as of ${date}, and whether each pair of parties overlaps or conflicts`,
    issue: 'Issue',
    // A cell's accessible name is this prefix, the cell's visible text and the action (WCAG 2.5.3, label in name).
    stanceCell: (party: string, issue: string) => `${party} on ${issue}:`,
    stanceCellAction: 'Show the positions behind it',
    verdictCell: (a: string, b: string, issue: string) => `${a} and ${b} on ${issue}:`,
    verdictCellAction: 'Show why',
    concession: 'concession',
    reported: 'reported',
    inferred: 'inferred',
    concedes: (party: string) => `${party} concedes`,
  },
  matrix: {
    title: 'Where each pair of parties overlaps or conflicts',
    empty: (fewerThanTwo: boolean) =>
      `The matrix compares pairs of parties: the filters leave ${fewerThanTwo ? 'fewer than two parties' : 'no issues'}. Clear the party, issue or category filter.`,
    region: 'Overlap matrix, scrolls sideways',
    caption: (date: string, byConflicts: boolean) =>
      `Verdict of each pair of parties on each issue as of ${date}; ${byConflicts ? 'most conflicted issues first' : 'issues in dataset order'}`,
    issue: 'Issue',
    conflicts: 'Conflicts',
    conflictsOf: (pairs: number) => ` of ${pairs} pairs conflict`,
    order: 'Order of the issues',
    datasetOrder: 'Dataset order',
    mostConflicts: 'Most conflicts first',
  },
  charts: {
    showData: 'Show the data as a table',
    dataRegion: (title: string) => `${title}: data table, scrolls sideways`,
    noBasis: 'no basis',
    noBasisCap: 'No basis',
    // The base is in the words: a reader must not take a withheld figure for a low one.
    tooFew: (n: number) => `too few to compare (${n1(n, 'issue', 'issues')})`,
    tooFewCap: (n: number) => `Too few to compare (${n1(n, 'issue', 'issues')})`,
  },
  agreement: {
    empty: 'Agreement needs two parties and at least one issue: clear the party, issue or category filter.',
    barsTitle: 'Agreement index of each pair of parties',
    barsNote:
      'Bars run from 0% (conflict on every issue both addressed) to 100% (same stance on all of them). Select a bar for the positions behind it.',
    counts: (compared: number, excluded: number) => `${compared} compared · ${excluded} excluded`,
    barLabel: (pair: string, index: string, counts: string) =>
      `${pair}: agreement index ${index}, ${counts}. Show the comparisons`,
    pair: 'Pair',
    index: 'Agreement index',
    overlap: 'Overlap',
    partial: 'Partial',
    conflict: 'Conflict',
    compared: 'Compared',
    excluded: 'Excluded (no basis)',
    categoryTitle: 'Agreement by category of issue',
    categoryNote:
      '“No basis”: the two parties have not both stated a position on any issue in the category, so no index is computed.',
    category: 'Category',
    issues: 'Issues',
    issueCount: (n: number) => n1(n, 'issue', 'issues'),
    comparedCount: (n: number) => `(${n} compared)`,
    categoryBar: (pair: string, category: string, index: string, compared: number) =>
      `${pair} on ${category}: ${index}, ${compared} compared. Show the comparisons`,
    pairs: 'Pairs',
  },
  timeline: {
    issue: 'Issue',
    firstOfMany: (n: number) =>
      `The timeline follows one issue: showing the first of the ${n} chosen. The agreement chart below counts all of them.`,
    proposition: (text: string) => `Proposition: ${text}`,
    empty: 'The timeline needs an issue and a party: clear the party, issue or category filter.',
    stepsTitle: (issue: string) => `${issue}: each party’s stance over time`,
    stepsNote:
      'Each line steps when a party’s stance changes; a marker is a statement. Hover or focus a marker for its quote, select it for the full source.',
    parties: 'Parties',
    party: 'Party',
    date: 'Date',
    stanceFrom: 'Stance from this date',
    statements: 'Statements',
    showQuote: (stance: string) => `${stance}: show quote`,
    markerLabel: (party: string, date: string, stance: string, more: number) =>
      `${party}, ${date}: ${stance}${more > 0 ? ` and ${more} more on this date` : ''}. Show the source`,
    asOfLine: (date: string) => `As of ${date}`,
    reportedBy: ' — reported',
    agreementTitle: 'Agreement index of each pair over time',
    agreementNote:
      'Recomputed at every date on which any position changes; gaps mean the pair had no stated issue in common yet.',
    nothingYet: (date: string) => `No positions were stated on these issues by ${date}.`,
    agreementSummary: (date: string, issues: number, values: string) =>
      `As of ${date}, over ${issues === 1 ? 'the one issue' : `the ${issues} issues`} shown: ${values}.`,
  },
  distribution: {
    empty: 'No issues or parties match the filters. Clear the party, issue or category filter.',
    title: 'How many parties support or oppose each proposition',
    propositions: (n: number) => `The propositions the stances are on (${n1(n, 'issue', 'issues')})`,
    note: (parties: number) =>
      `Each bar counts the ${parties} parties shown; select a segment for every party’s position on that issue.`,
    issue: 'Issue',
    segment: (issue: string, count: number, parties: number, phrase: string) =>
      `${issue}: ${count} of ${n1(parties, 'party', 'parties')} ${phrase}. Show the positions`,
    phrase: {
      supports: 'support',
      conditional: 'support with conditions',
      opposes: 'oppose',
      none: 'have no stated position',
    },
  },
  table: {
    showing: (shown: number, total: number) => `Showing ${shown} of ${n1(total, 'position', 'positions')}`,
    sortBy: 'Sort by',
    oldest: '(oldest first)',
    newest: '(newest first)',
    az: '(A–Z)',
    za: '(Z–A)',
    group: 'Group by issue',
    region: 'Positions table',
    caption: (rows: number) => `Positions, ${n1(rows, 'row', 'rows')}; sortable by column headers`,
    details: 'Details',
    expand: (open: boolean, party: string, issue: string) =>
      `${open ? 'Hide' : 'Show'} quote and source for ${party} on ${issue}`,
    columns: {
      date: 'Date',
      party: 'Party',
      actor: 'Speaker',
      issue: 'Issue',
      stance: 'Stance',
      summary: 'Summary',
      source: 'Source',
    },
    noMatch: 'No positions match.',
    culprit: (filter: string) => `The ${filter} filter leaves nothing to show with the others.`,
    together: 'The filters together leave nothing to show.',
    clearOne: (filter: string) => `Clear the ${filter} filter`,
  },
  share: {
    download: 'Download',
    embed: 'Embed',
    embedTitle: 'Embed this view',
    loading: 'Loading…',
    close: (title: string) => `Close ${title.toLowerCase()}`,
    copy: 'Copy',
    copied: 'Copied.',
    selected: 'Selected: press Ctrl+C (⌘C on a Mac) to copy.',
    responsive: 'Responsive iframe (recommended)',
    responsiveHint:
      'Resizes to its content through the small host script (MIT, no dependencies). Include the script once per page.',
    pym: 'pym.js',
    pymHint: 'For pages that already load NPR’s pym.js.',
    frozen: 'Frozen',
    frozenHint:
      'Pins this view and the date, so the graphic in a published article does not change when positions are added.',
    /** The iframe's `title`: a screen reader announces it, so it names the view as well as the dataset. */
    frameTitle: (title: string, view: string) => `${title} — ${view}`,
    linkCutList: (filter: string, kept: number, total: number) =>
      `${filter}: links to this view keep the first ${kept} of the ${total} selected; this page shows all of them.`,
    linkCutSearch: (kept: number, total: number) =>
      `Search: links to this view keep the first ${kept} of its ${total} characters; this page searches for all of it.`,
    sandboxNote:
      'Sandboxed iframes work with sandbox="allow-scripts allow-popups" when the dashboard’s assets and data are served with Access-Control-Allow-Origin: *; see the README.',
  },
  export: {
    image: 'Image',
    size: 'Size',
    presets: {
      article: 'Article (width of the view)',
      social: 'Social 1200 × 628',
      square: 'Square 1080 × 1080',
      portrait: 'Portrait 1080 × 1350',
      custom: 'Custom width',
    },
    headline: 'Headline',
    note: 'Note under the picture (optional)',
    stated: (n: number, total: number) => `${n} of ${total} stated`,
    shownOf: (shown: number, total: number, unit: 'issues' | 'pairs') =>
      `Showing ${shown} of the ${total} ${unit === 'issues' ? 'issues' : 'pairs'}; all of them at the link below.`,
    fit: {
      partial: (shown: number, total: number, unit: 'issues' | 'pairs') =>
        `At this size the picture holds ${shown} of the ${total} ${unit === 'issues' ? 'issues' : 'pairs'} with text large enough to read, and says so. For all of them, choose a taller size or filter the ${unit === 'issues' ? 'issues' : 'parties'}.`,
      tooWide: 'Too many columns for this size with text large enough to read: choose fewer parties or a wider size.',
      none: 'Nothing fits this size with text large enough to read: choose a taller size.',
      filter: (n: number) => `Filter to the issues shown (${n})`,
      taller: (size: string) => `Use ${size}`,
    },
    widthLabel: 'Width in pixels',
    widthError: 'Enter a whole number from 320 to 3000.',
    png: (scale: number) => `Download PNG (${scale}×)`,
    svg: 'Download SVG',
    copyImage: 'Copy image',
    preparing: 'Preparing…',
    imageNote:
      'Each image carries the title, the filters and date, the sources, the credit and a link back to this view.',
    noPicture: 'The positions table has no picture: download its data below, or switch to a chart or the comparison.',
    data: 'Data',
    dataNote: (date: string) =>
      `What this view shows as of ${date}, with the positions behind every figure and their sources. CSV files are UTF-8; open them in a spreadsheet through its import, with columns as text.`,
    tables: {
      verdicts: 'Pair verdicts',
      agreement: 'Agreement by pair',
      distribution: 'Stances by issue',
      positions: 'Positions in force',
    },
    positionsListed: 'Positions listed',
    positionsHistory: 'Positions up to the date',
    tableCsv: (table: string, rows: number) => `${table} (CSV, ${n1(rows, 'row', 'rows')})`,
    history: 'Include earlier statements (each position’s history up to the date)',
    json: 'Everything as JSON',
    citationFile: 'Citation (text)',
    citation: (c: CitationFacts) =>
      [
        c.title,
        `${c.view}, positions as of ${c.asOf}.`,
        c.filters,
        '',
        `Cite as: ${c.credit} “${c.title}”, ${c.view}, positions as of ${c.asOf}. Retrieved ${c.retrieved} from ${c.url}`,
        c.sources,
        `Licence: ${c.licence}.`,
        '',
        `Files: ${c.files.join(', ')}.`,
        `Lists inside a cell are separated by “${c.separator}”. Each position’s id leads to its quote or summary and its source in the positions file.`,
      ].join('\n'),
    svgSaved: (w: number, h: number) => `SVG saved, ${w} × ${h}.`,
    pngSaved: (w: number, h: number) => `PNG saved, ${w} × ${h} pixels.`,
    fontsNotReady: 'the image’s fonts did not load in time; try again',
    copiedImage: 'Image copied to the clipboard.',
    failed: (why: string) => `Export failed: ${why}`,
    creditShort: (updated: string, licence: string) => `Dataset updated ${updated}. Licence: ${licence}.`,
    credit: (credit: string, updated: string, licence: string) =>
      `${credit} Dataset updated ${updated}. Licence: ${licence}.`,
    subtitle: {
      parties: (names: string) => `Parties: ${names}`,
      pairsOf: (name: string) => `pairs of ${name} only`,
      categories: (names: string) => `Categories: ${names}`,
      issues: (names: string) => `Issues: ${names}`,
      stances: (names: string) => `Stances: ${names}`,
      only: (names: string) => `Only: ${names}`,
      fresh: (days: number) => `Current positions only (stated within ${days} days of the date)`,
      from: (date: string) => `from ${date}`,
      to: (date: string) => `to ${date}`,
      stated: (range: string) => `Stated ${range}`,
      matching: (q: string) => `Matching “${q}”`,
      asOf: (date: string) => `Positions as of ${date}`,
    },
    sources: (outlets: string) => `Sources: ${outlets}.`,
    /** The outlets behind most positions, and how many more the methodology page lists. */
    sourcesMore: (outlets: string, more: number) =>
      `Sources: ${outlets} and ${more} more (all listed on the methodology page).`,
  },
  summary: {
    asOf: (date: string) => `As of ${date}`,
    noneTogether: (when: string, a: string, b: string) =>
      `${when}, ${a} and ${b} have not both stated a position on any of these issues.`,
    oneIssue: (when: string, a: string, b: string, verdict: 'overlap' | 'partial' | 'conflict') =>
      `${when}, ${a} and ${b} ${verdict === 'overlap' ? 'agree' : verdict === 'partial' ? 'partly agree' : 'conflict'} on the one issue both addressed.`,
    oneConcession: (when: string, conceder: string, other: string) =>
      `${when}, on the one issue both addressed, ${conceder} concedes what ${other} demands.`,
    counts: (when: string, a: string, b: string, c: Counts, list: (parts: string[]) => string) => {
      const parts: string[] = [];
      if (c.overlap > 0) parts.push(`agree on ${c.overlap}`);
      if (c.partial > 0) parts.push(`partly agree on ${c.partial}`);
      if (c.conflict > 0) parts.push(`conflict on ${c.conflict}`);
      const conceded = [
        ...(c.concededBy.a > 0 ? [`on ${c.concededBy.a}, ${a} concedes what ${b} demands`] : []),
        ...(c.concededBy.b > 0 ? [`on ${c.concededBy.b}, ${b} concedes what ${a} demands`] : []),
      ];
      const of = `of the ${n1(c.comparable, 'issue', 'issues')} both addressed`;
      if (parts.length === 0) return `${when}, ${of}: ${conceded.join('; ')}.`;
      return `${when}, ${a} and ${b} ${list(parts)} ${of}${conceded.length > 0 ? `; ${conceded.join('; ')}` : ''}.`;
    },
    noPairs: (when: string) => `${when}, no two parties have stated positions on a common issue.`,
    tooFewPairs: (when: string, min: number) =>
      `${when}, no two parties have both stated positions on ${min} or more of these issues: too few to compare.`,
    allSame: (when: string, pct: string, all: boolean) =>
      `${when}, every pair of parties${all ? '' : ' with enough issues in common to compare'} scores the same agreement index, ${pct}.`,
    pairName: (a: string, b: string) => `${a} and ${b}`,
    // "Score", not "agree": an index can be high because one side conceded.
    rankedOne: (pair: string, most: boolean, pct: string, comparable: number) =>
      `${pair} score ${most ? 'highest' : 'lowest'} (${pct} over ${n1(comparable, 'issue', 'issues')} both addressed)`,
    // Every figure with its base: the fewest and most issues the tied pairs' scores rest on.
    rankedTie: (pairs: string, most: boolean, pct: string, least: number, greatest: number) =>
      `${pairs} score ${most ? 'highest' : 'lowest'} (${pct} each, over ${least === greatest ? n1(least, 'issue', 'issues') : `${least} to ${greatest} issues`} both addressed)`,
    ranking: (when: string, top: string, bottom: string) => `${when}, ${top}; ${bottom}.`,
    matrix: (when: string, pairCount: number, conflicted: number, issues: number, allOverlap: number) => {
      const of = `of the ${n1(issues, 'issue', 'issues')} shown`;
      // "On 0 of …" reads as a slip: a zero is said as "none".
      const on = (n: number) => (n === 0 ? 'none' : String(n));
      if (pairCount === 1)
        return `${when}, the two parties conflict on ${on(conflicted)} ${of}, and overlap on ${on(allOverlap)}.`;
      const tail = allOverlap === 0 ? 'and on none do all pairs overlap' : `and every pair overlaps on ${allOverlap}`;
      if (conflicted === 0) return `${when}, no pair of parties conflicts on any ${of}, ${tail}.`;
      return `${when}, at least one pair of parties conflicts on ${conflicted} ${of}, ${tail}.`;
    },
    stanceNoun: { supports: 'support', conditional: 'conditional support', opposes: 'opposition' },
    stanceVerb: { supports: 'supports', conditional: 'supports with conditions', opposes: 'opposes' },
    silentParty: (party: string) => `${party} has no stated position`,
    throughout: (party: string, verb: string, first: string) => `${party} ${verb} throughout (first stated ${first})`,
    path: (party: string, steps: { noun: string; date: string }[]) =>
      `${party} went ${steps.map((s, i) => `${i === 0 ? 'from' : 'to'} ${s.noun} (${s.date})`).join(' ')}`,
    timeline: (when: string, issue: string, parts: string[]) => `${when}, on ${issue}: ${parts.join('; ')}.`,
    distribution: (when: string, split: number, issues: number, united: number) => {
      const splitOn = split === 0 ? 'none' : String(split);
      const tail =
        united === 0
          ? 'on none does every party that has spoken take the same stance'
          : `on ${united}, every party that has spoken takes the same stance`;
      return `${when}, the parties are split — at least one supports and one opposes — on ${splitOn} of the ${n1(issues, 'issue', 'issues')} shown; ${tail}.`;
    },
    categoryIntro: (date: string) => `As of ${date}: the agreement index of each pair within each category of issues.`,
    categoryNone: 'No pair shares a stated issue in any category.',
    categoryHighest: (pair: string, category: string, pct: string, n: number) =>
      `Highest: ${pair} on ${category}, ${pct} over ${n1(n, 'issue', 'issues')}.`,
  },
  live: {
    results: (view: string, count: number, date: string) =>
      `${view}: ${n1(count, 'position', 'positions')} match the filters; positions as of ${date}.`,
  },
};

export type Messages = typeof en;
