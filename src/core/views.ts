/**
 * Every view a reader can reach, in tab order: one row each, and nothing else lists them. The URL codec, the tabs, the
 * app's view switch, the filter panel, the export panel, the catalogs' view names (typed by this) and the screenshot
 * configs read it. A view is its folder under src/components, a row here, and a row in src/app/viewChunks.ts unless
 * it is `eager`; the compiler asks for the rest (its name in each catalog).
 */
export interface ViewSpec {
  /** Shown as a tab. The methodology page is reached from the header's link: seven tabs would not fit a phone. */
  tab: boolean;
  /** Part of the first bundle: the views a reader most often lands on. The others are fetched when first shown. */
  eager?: true;
  /**
   * The filters and date the view answers to, or null for a page they do not apply to (it then has no result count
   * and no export). `textSearch` and `dateRange` belong to the list of positions.
   */
  tools: { textSearch: boolean; dateRange: boolean } | null;
  /** Exports a picture (PNG, SVG), not only data: a table of every position has no picture worth printing. */
  picture: boolean;
  /** Draws pairs of parties: with too many parties, the pairs of one party (src/lib/pairs.ts), chosen above it. */
  pairs?: true;
  /** Address parameters the example screenshot configs add, to show the view at a size that reads. */
  screenshotParams?: Readonly<Record<string, string>>;
}

const FILTERS = { textSearch: false, dateRange: false } as const;

const VIEW_REGISTRY = {
  compare: { tab: true, eager: true, tools: FILTERS, picture: true, pairs: true },
  matrix: { tab: true, eager: true, tools: FILTERS, picture: true, pairs: true },
  agreement: { tab: true, tools: FILTERS, picture: true, pairs: true },
  timeline: { tab: true, tools: FILTERS, picture: true, pairs: true, screenshotParams: { issues: 'nato-membership' } },
  distribution: { tab: true, tools: FILTERS, picture: true },
  table: {
    tab: true,
    tools: { textSearch: true, dateRange: true },
    picture: false,
    screenshotParams: { issues: 'nato-membership' },
  },
  method: { tab: false, tools: null, picture: false },
} as const satisfies Record<string, ViewSpec>;

export type View = keyof typeof VIEW_REGISTRY;
export const VIEWS = Object.keys(VIEW_REGISTRY) as View[];
export const DEFAULT_VIEW: View = 'compare';

/** The views fetched on demand: each needs a loader in src/app/viewChunks.ts, which the compiler checks. */
export type LazyView = { [V in View]: (typeof VIEW_REGISTRY)[V] extends { eager: true } ? never : V }[View];

export const viewSpec = (view: View): ViewSpec => VIEW_REGISTRY[view];
