import { chooseLang, isLang, LANGS, type Lang } from '../i18n/languages';
import { checkDataUrl, type DataUrlCheck } from './dataUrl';
import { parsePresentation, type Presentation } from './embedParams';
import { keptParams, parseUrl, type Notice, type UrlState } from './urlState';

/** Everything the page's address says, read once at boot; afterwards the store is the truth and the address follows. */
export interface Address {
  state: UrlState;
  presentation: Presentation;
  lang: Lang;
  /** `lang=` named a language the interface has: links and embed codes keep naming it. */
  langInAddress: boolean;
  /** Parameters that ride along with every state (data=, embed=, theme= …), without lang= (the store holds it). */
  kept: Readonly<Record<string, string>>;
  /** A `?data=` dataset checked against the allowlist, or null for the bundled dataset. */
  data: DataUrlCheck | null;
  notices: Notice[];
}

export function readAddress(
  search: string,
  pageHref: string,
  browserLangs: readonly string[],
  allowedOrigins: readonly string[],
): Address {
  const url = parseUrl(search);
  const { presentation, notices: presentationNotices } = parsePresentation(search);
  const langParam = new URLSearchParams(search).get('lang');
  const langNotices: Notice[] =
    langParam !== null && !isLang(langParam)
      ? [{ kind: 'notOneOf', param: 'lang', value: langParam.slice(0, 20), expected: LANGS }]
      : [];
  const { lang: _lang, ...kept } = keptParams(search);
  return {
    state: url.state,
    presentation,
    lang: chooseLang(langParam, browserLangs, presentation.embed),
    langInAddress: langParam !== null && isLang(langParam),
    kept,
    data: url.data === null ? null : checkDataUrl(url.data, pageHref, allowedOrigins),
    notices: [...url.notices, ...presentationNotices, ...langNotices],
  };
}

/** The parameters a link or the address carries beside the state: `lang=` once the address or the reader named one. */
export const keptWithLang = (
  kept: Readonly<Record<string, string>>,
  lang: Lang,
  langInAddress: boolean,
): Readonly<Record<string, string>> => (langInAddress ? { ...kept, lang } : kept);
