import { en, type Messages } from '../i18n/en';
import { DEFAULT_LANG, type Lang } from '../i18n/languages';
import { NOT_SHARED, serializeUrl, type UrlState } from './urlState';

export interface EmbedCodeInput {
  /** The dashboard page without its query, e.g. https://graphics.example.org/overlap/ */
  pageUrl: string;
  state: UrlState;
  /** Kept parameters (data=, lang=, theme= …); embed-only ones are replaced. */
  kept: Readonly<Record<string, string>>;
  /** The date in force, pinned by the frozen variant. */
  asOf: string;
  /** The dataset's title, in the interface language. */
  title: string;
  height: number;
  /**
   * The interface language. Pinned in the embed's URL unless it is the default: an embed never follows the reader's
   * browser, so an editor reading in Ukrainian would otherwise paste an English graphic.
   */
  lang?: Lang;
  /** The interface text of `lang`, for the iframe's title (default English). */
  m?: Messages;
}

export interface EmbedCodes {
  /** iframe + the host script: resizes with the content. */
  responsive: string;
  /** For pages that already use NPR's pym.js. */
  pym: string;
  /** Pins the view and the as-of date: the graphic does not change when the dataset grows. */
  frozen: string;
  src: string;
  frozenSrc: string;
}

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A JS string literal that cannot close the surrounding <script>. */
const jsString = (s: string) => JSON.stringify(s).replace(/</g, '\\u003c');

function embedSrc(input: EmbedCodeInput, frozen: boolean): string {
  const kept = Object.fromEntries(Object.entries(input.kept).filter(([k]) => !NOT_SHARED.includes(k)));
  if (input.lang !== undefined && (input.lang !== DEFAULT_LANG || 'lang' in kept)) kept.lang = input.lang;
  const params = new URLSearchParams(serializeUrl(input.state, { ...kept, embed: '1' }));
  if (frozen) {
    params.set('view', input.state.view);
    params.set('asOf', input.asOf);
  }
  return `${input.pageUrl}?${params.toString()}`;
}

/** The iframe's accessible name: the dataset and the view, so that two graphics in one article can be told apart. */
function frameTitle(input: Pick<EmbedCodeInput, 'title' | 'state' | 'm'>): string {
  const m = input.m ?? en;
  return m.share.frameTitle(input.title, m.views[input.state.view]);
}

const iframe = (src: string, title: string, input: EmbedCodeInput) =>
  `<iframe src="${attr(src)}" title="${attr(title)}" loading="lazy" width="100%" height="${Math.round(input.height)}" style="width:100%;border:0;"></iframe>`;

/** The snippets an editor pastes into an article, for the current state. */
export function embedCodes(input: EmbedCodeInput): EmbedCodes {
  const src = embedSrc(input, false);
  const frozenSrc = embedSrc(input, true);
  const host = new URL('embed.js', input.pageUrl).href;
  const hostScript = `<script src="${attr(host)}" async></script>`;
  const id = `overlap-dashboard-${input.state.view}`;
  const title = frameTitle(input);
  return {
    src,
    frozenSrc,
    responsive: `${iframe(src, title, input)}\n${hostScript}`,
    frozen: `${iframe(frozenSrc, title, input)}\n${hostScript}`,
    pym: [
      `<div id="${id}"></div>`,
      '<script src="https://pym.nprapps.org/pym.v1.min.js"></script>',
      `<script>new pym.Parent(${jsString(id)}, ${jsString(src)}, { title: ${jsString(title)} });</script>`,
    ].join('\n'),
  };
}
