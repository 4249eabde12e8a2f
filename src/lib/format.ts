import { oncePer } from '../core/onceEach';
import { LANGUAGES, type Lang } from '../i18n/languages';

/** Dates, numbers and lists formatted for one language. */
export interface Formatter {
  lang: Lang;
  locale: string;
  date: (iso: string) => string;
  shortDate: (iso: string) => string;
  /** 0.753 → "75%" (whole percent). */
  percent: (index: number) => string;
  number: (n: number) => string;
  list: (items: readonly string[]) => string;
  /** "en" → "English" in this language; unknown tags are returned as given. */
  languageName: (tag: string) => string;
}

/** A calendar date at UTC midnight, parsed by hand so no time zone can shift the day. */
function utc(iso: string): Date | null {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined || [y, m, d].some(Number.isNaN)) return null;
  return new Date(Date.UTC(y, m - 1, d));
}

const cache = new Map<Lang, Formatter>();

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * A date format that writes each day once: the table writes a date per row, and a dataset has far fewer days than
 * positions (382 positions, 88 days), which a throttled phone feels before the first view.
 */
const byDay = (format: () => Intl.DateTimeFormat): ((iso: string) => string) =>
  oncePer((iso: string) => {
    const d = utc(iso);
    return d === null ? iso : format().format(d);
  });

export function formatterFor(lang: Lang): Formatter {
  const cached = cache.get(lang);
  if (cached) return cached;
  const locale = LANGUAGES[lang].locale;
  // Each Intl object is built on first use: building all six up front cost ~90 ms of a throttled phone's start-up.
  const long = once(
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  const short = once(
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  );
  const pct = once(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
  const num = once(() => new Intl.NumberFormat(locale));
  const list = once(() => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
  const names = once(() => new Intl.DisplayNames([locale], { type: 'language' }));
  const f: Formatter = {
    lang,
    locale,
    date: byDay(long),
    shortDate: byDay(short),
    percent: (index) => pct().format(index),
    number: (n) => num().format(n),
    list: (items) => list().format(items),
    languageName: (tag) => {
      try {
        return names().of(tag) ?? tag;
      } catch {
        return tag;
      }
    },
  };
  cache.set(lang, f);
  return f;
}
