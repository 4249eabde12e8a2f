import type { Verdict } from '../../core/vocabulary';

/**
 * The methodology page's prose in one language (en.ts, uk.ts, ru.ts), fetched with the page, never with the
 * dashboard. Short labels other parts of the page use (the view's name, the header link) stay in src/i18n.
 * Names, titles and dates arrive formatted for the language; counts arrive as numbers, for the plural forms.
 */
export interface MethodText {
  /** Above the contents: what the page is. */
  eyebrow: string;
  lead: string;
  back: string;
  contents: string;
  headings: {
    codebook: string;
    verdicts: string;
    sources: string;
    corrections: string;
    report: string;
    download: string;
  };
  codebook: {
    intro: string;
    position: { title: string; body: string };
    stances: { title: string; intro: string; supports: string; conditional: string; opposes: string; none: string };
    kinds: {
      title: string;
      demand: string;
      concession: string;
      count: (concessions: number, positions: number) => string;
    };
    basis: { title: string; stated: string; inferred: string; count: (inferred: number) => string };
    attribution: { title: string; direct: string; reported: string };
    /** Who wrote the summaries' translations, and that quotes are never translated in place. */
    translations: { title: string; body: string };
    /** How each source was coded: two readers, blind, then compared. */
    coding: { title: string; body: string };
    dates: {
      title: string;
      statement: string;
      statementBody: string;
      report: string;
      reportBody: string;
      count: (reportDated: number, positions: number) => string;
    };
    stale: { title: string; body: (days: number) => string; control: (label: string) => string };
    parties: {
      title: string;
      intro: string;
      speakers: string;
      noSpeakers: string;
      notes: Partial<Record<string, string>>;
    };
    mirrors: { title: string; body: string; pair: string; none: string };
  };
  verdicts: {
    intro: string;
    rulesCaption: string;
    columns: { verdict: string; when: string; points: string };
    rules: Record<Verdict, string>;
    leftOut: string;
    indexTitle: string;
    formula: string;
    formulaNote: (min: number) => string;
    exampleTitle: string;
    exampleIntro: (a: string, b: string, date: string) => string;
    exampleCaption: (a: string, b: string, date: string) => string;
    issue: string;
    verdict: string;
    points: string;
    stated: (date: string) => string;
    /** Beside a position older than the staleness window at the example's date. */
    stale: string;
    excluded: (count: number, a: string, b: string) => string;
    tallyCaption: string;
    tallyColumns: { verdict: string; issues: string; each: string; points: string };
    total: string;
    arithmetic: string;
    result: (a: string, b: string, index: string) => string;
    seeAgreement: string;
    noComparable: (a: string, b: string, date: string) => string;
  };
  sources: {
    intro: (count: number) => string;
    published: (date: string) => string;
    read: string;
    newTab: string;
    noLink: string;
    archived: string;
    taken: (positions: number) => string;
    nothingTaken: string;
    note: string;
  };
  corrections: {
    intro: string;
    empty: string;
    positions: string;
    removed: (id: string) => string;
  };
  report: { withContact: string; noContact: string };
  download: {
    intro: string;
    dataset: string;
    contents: (positions: number, parties: number, issues: number, sources: number) => string;
    updated: (date: string, licence: string) => string;
    schema: string;
    schemaNote: string;
  };
  /** Choosing or dropping a local file to preview (on this page and on the error panel). */
  preview: {
    heading: string;
    intro: string;
    choose: string;
    drop: string;
    reading: (name: string) => string;
    failed: string;
  };
  /** Said once above texts the dataset holds only in English (curators' notes on sources, correction texts). */
  inEnglish: string;
}
