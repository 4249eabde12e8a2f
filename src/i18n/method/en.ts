import type { MethodText } from './types';

const n1 = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const en: MethodText = {
  eyebrow: 'Methodology',
  lead: 'How positions are coded, how verdicts and the agreement index are computed, where every position comes from, and what has been corrected.',
  back: 'Back to the dashboard',
  contents: 'On this page',
  headings: {
    codebook: 'The codebook',
    verdicts: 'How verdicts and the agreement index are computed',
    sources: 'Sources',
    corrections: 'Corrections log',
    report: 'Report an error',
    download: 'Download the dataset',
  },
  codebook: {
    intro: 'The rules the curators follow when they turn a news report into positions.',
    position: {
      title: 'What a position is',
      body: 'A position is one party’s stance on one issue’s proposition, as of the date it was said. Each issue is written as a single claim a party can support or oppose (“Ukraine should become a member of NATO.”). A position carries the report it comes from, a summary, and the verbatim quote where the report has one. A party’s position on an issue stands until the party states a new one; the earlier ones stay on record as its history.',
    },
    stances: {
      title: 'Stances',
      intro: 'Every stance is taken on the issue’s proposition:',
      supports: 'The party wants the proposition to hold.',
      conditional: 'The party supports it only under conditions, and the position names them.',
      opposes: 'The party rejects the proposition.',
      none: 'The sources give no position of the party on the issue. It is never imputed: silence is not counted as support or opposition, and comparisons with it have no basis.',
    },
    kinds: {
      title: 'Demands and concessions',
      demand: 'What a party wants. Positions are demands unless marked otherwise.',
      concession:
        'What a party says it would accept short of what it wants, usually in exchange for something: Ukraine’s 2022 offer of neutrality in exchange for security guarantees is a concession, not a change of what Ukraine wants.',
      count: (concessions, positions) =>
        `This dataset marks ${n1(concessions, 'position', 'positions')} of ${positions} as concessions.`,
    },
    basis: {
      title: 'Stated or inferred',
      stated: 'The party said it (the default).',
      inferred:
        'The curators read the position from an action, such as sanctions imposed, or from a linked demand; the position’s note says from what. Inferred positions are marked as inferred wherever they appear.',
      count: (inferred) => `This dataset has ${n1(inferred, 'inferred position', 'inferred positions')}.`,
    },
    attribution: {
      title: 'Direct or reported',
      direct: 'The report prints the party’s own words in quotation marks.',
      reported:
        'The outlet describes the position without quoting the party; the quote shown is then the report’s wording, and the page says so.',
    },
    translations: {
      title: 'Translations',
      body: 'The dataset is written in English. The Ukrainian and Russian summaries, conditions, issue titles and propositions are the editors’ own translations, checked against the English. A quote is never translated in place: it stays as printed in its source, marked with its language, and a translation, where there is one, is shown beside it.',
    },
    coding: {
      title: 'Two coders',
      body: 'Every source was coded twice: by a first coder, and blind by a second reader given only the text and this codebook. The two codings were compared position by position, each disagreement was resolved against the text, and every change to a published coding is in the corrections log. Reports that are not archived with the dataset carry no quote: a summary in the curators’ words and the report’s address.',
    },
    dates: {
      title: 'Dates',
      statement: 'Date of the statement',
      statementBody: 'The source gives the day it was said, and that is the position’s date.',
      report: 'Date of the report',
      reportBody:
        'The source gives no day (“earlier”, “last week”), so the report’s date is used. It means “by then it was said”: the position counts from the day it was known.',
      count: (reportDated, positions) => `${reportDated} of the ${positions} positions are dated by their report.`,
    },
    stale: {
      title: 'Stale positions',
      body: (days) =>
        `A position more than ${n1(days, 'day', 'days')} old at the date the dashboard shows is stale. It still counts, and the dashboard shows its age, since a party that has said nothing new may still hold it.`,
      control: (label) =>
        `The “${label}” control (fresh=1 in a link) treats stale positions as no stated position instead, so only what parties said within that window is compared.`,
    },
    parties: {
      title: 'Parties, by who speaks for them',
      intro: 'A statement is coded to the party its speaker speaks for.',
      speakers: 'Speakers in this dataset:',
      noSpeakers: 'No named speaker in this dataset; its positions come from reports that name none.',
      notes: {
        ukraine:
          'Its government: the President and the officials who speak for it, including its delegation to the peace talks.',
        russia: 'Its government: the President, the Kremlin and the officials who speak for it.',
        nato: 'The alliance itself: summit declarations, the Secretary General and NATO officials. Member governments speaking for themselves are not coded here.',
        'united-states': 'Its government: the President and the officials of the administration.',
        europe:
          'EU institutions and European governments: the UK, France, Germany, Poland, the E3 and the coalition of the willing.',
      },
    },
    mirrors: {
      title: 'Mirror issues',
      body: 'Some issues are two sides of one question and are read together: supporting one usually means opposing the other, as with NATO membership and neutral status. They stay separate issues, each compared on its own proposition, because parties often speak to only one of them.',
      pair: 'Read together:',
      none: 'This dataset links no issues as mirrors.',
    },
  },
  verdicts: {
    intro: 'For each issue and each pair of parties, the two standing positions give a verdict:',
    rulesCaption: 'Verdicts for a pair of parties on one issue, and the points each scores',
    columns: { verdict: 'Verdict', when: 'When', points: 'Points' },
    rules: {
      overlap: 'Both take the same stance: both support, both oppose, or both support with conditions.',
      concession:
        'The same stance, where either position is a concession: one side concedes what the other demands. It is not agreement, and the dashboard never calls it that; it scores as an overlap, because the positions meet.',
      partial: 'One is conditional and the other supports or opposes outright.',
      conflict: 'One supports and the other opposes.',
      'no-basis': 'Either party has no stated position. The issue is left out of the index and counted beside it.',
    },
    leftOut: 'left out',
    indexTitle: 'The agreement index',
    formula: 'Agreement index = (2 × overlaps and concessions + 1 × partials) ÷ (2 × issues both addressed)',
    formulaNote: (min) =>
      `This is how voting-advice applications such as Germany’s Wahl-O-Mat score agreement. A conflict scores 0. With no issue both parties addressed, the index is not computed (“n/a”), never 0. Over fewer than ${min} issues both addressed it is not shown either: the pair is “too few to compare”, with the count, and no sentence ranks it, because one coincidence would read as 100%.`,
    exampleTitle: 'A worked example',
    exampleIntro: (a, b, date) =>
      `${a} and ${b}, as of ${date}, the latest date in the dataset, on every issue and with no filter set. Computed from the dataset as this page opens.`,
    exampleCaption: (a, b, date) => `${a} and ${b} as of ${date}: the issues both addressed`,
    issue: 'Issue',
    verdict: 'Verdict',
    points: 'Points',
    stated: (date) => `stated ${date}`,
    stale: 'stale, still counted',
    excluded: (count, a, b) =>
      `Left out (no basis): ${n1(count, 'issue', 'issues')} on which ${a}, ${b} or both have no stated position:`,
    tallyCaption: 'Points',
    tallyColumns: { verdict: 'Verdict', issues: 'Issues', each: 'Points each', points: 'Points' },
    total: 'Total',
    arithmetic: 'The arithmetic:',
    result: (a, b, index) => `The agreement index of ${a} and ${b} is ${index}.`,
    seeAgreement: 'The Agreement view shows the same figure for the pair',
    noComparable: (a, b, date) =>
      `As of ${date}, ${a} and ${b} have not both stated a position on any issue, so their index is not computed.`,
  },
  sources: {
    intro: (count) =>
      `The ${n1(count, 'report', 'reports')} the positions are taken from, and what was taken from each.`,
    published: (date) => `Published ${date}`,
    read: 'Read the report',
    newTab: '(opens in a new tab)',
    noLink: 'No link: the URL is not known.',
    archived: 'Archived text:',
    taken: (positions) => `${n1(positions, 'position', 'positions')}, on:`,
    nothingTaken: 'No position is taken from it.',
    note: 'Curators’ note:',
  },
  corrections: {
    intro: 'Every change to a published position, newest first.',
    empty: 'No corrections have been made to this dataset.',
    positions: 'Positions concerned:',
    removed: (id) => `${id} (no longer in the dataset)`,
  },
  report: {
    withContact: 'Found a misquote, a wrong date or a missing position? Write to the dataset’s curators:',
    noContact:
      'This dataset names no contact address. To report an error, write to the publisher of the page you are reading it on.',
  },
  download: {
    intro: 'The dataset this page shows, as one JSON file, and the format it follows.',
    dataset: 'Download the dataset (JSON)',
    contents: (positions, parties, issues, sources) =>
      `${n1(positions, 'position', 'positions')}, ${n1(parties, 'party', 'parties')}, ${n1(issues, 'issue', 'issues')}, ${n1(sources, 'source', 'sources')}.`,
    updated: (date, licence) => `Updated ${date}. Licence: ${licence}.`,
    schema: 'The dataset format (JSON Schema)',
    schemaNote:
      'Every field is described there; a file that does not match it is refused with the path of each problem.',
  },
  preview: {
    heading: 'Preview your own data',
    intro:
      'Check a draft before it is published: choose a dataset (.json), a workbook (.xlsx) or a .zip of its CSV files, or drop it here. The file is read in this browser only and never uploaded; the dashboard then shows it under a bar that says it is a preview.',
    choose: 'Choose a file…',
    drop: 'or drop it here',
    reading: (name) => `Reading ${name}…`,
    failed: 'The file was not loaded:',
  },
  inEnglish: 'The dataset gives these notes in English only.',
};
