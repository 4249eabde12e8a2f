import type { Messages } from '../../i18n/en';
import type { Hyphenate } from '../../i18n/languages';
import type { Formatter } from '../../lib/format';
import type { ChartPalette } from '../../lib/palette';

/**
 * Everything a chart is drawn with besides its data: colours, words, number formats and whether to animate. A
 * container builds it from the app's context (useChartEnv) and hands it down, so a chart renders the same from
 * props alone, on the page or for an export.
 */
export interface ChartEnv {
  palette: ChartPalette;
  m: Messages;
  fmt: Formatter;
  animate: boolean;
  /** Soft hyphens for a label's long words (see Language.hyphenate). */
  hy: Hyphenate;
}
