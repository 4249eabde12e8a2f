import type { Dataset } from '../data/schema';
import type { Problem } from '../data/problem';
import { colorDistance, DISTINCT_DELTA_E } from './colorDistance';
import { contrast } from './contrast';
import { CHART_PALETTES, partyColors, THEMES } from './palette';

/** WCAG 2.1's 1.4.11: a line, dot or swatch needs 3:1 against the page it is drawn on. */
const MIN_GRAPHIC_CONTRAST = 3;

/**
 * What a dataset's colours would cost a reader, as warnings (the data is valid; the chart may mislead): two parties
 * whose colours are too close to tell apart, and a colour too faint on the light or the dark page. A party without a
 * colour is checked with the one the fallback palette gives it.
 */
export function colorWarnings(dataset: Pick<Dataset, 'parties'>): Problem[] {
  const colors = partyColors(dataset.parties);
  const color = (i: number) => colors.get(dataset.parties[i]?.id ?? '') ?? '';
  const where = (i: number) =>
    dataset.parties[i]?.color === undefined ? `parties[${i}] (fallback colour)` : `parties[${i}].color`;
  const warnings: Problem[] = [];
  dataset.parties.forEach((_, j) => {
    for (let i = 0; i < j; i++) {
      const other = dataset.parties[i];
      const distance = colorDistance(color(i), color(j));
      if (other !== undefined && distance < DISTINCT_DELTA_E)
        warnings.push({
          path: where(j),
          message: `${color(j)} is too close to ${other.name}’s ${color(i)} to tell apart (CIEDE2000 ΔE ${distance.toFixed(1)}; at least ${DISTINCT_DELTA_E} wanted)`,
        });
    }
    for (const theme of THEMES) {
      const ratio = contrast(color(j), CHART_PALETTES[theme].paper);
      if (ratio < MIN_GRAPHIC_CONTRAST)
        warnings.push({
          path: where(j),
          message: `${color(j)} has ${ratio.toFixed(2)}:1 contrast on the ${theme} page (${CHART_PALETTES[theme].paper}); lines and dots need ${MIN_GRAPHIC_CONTRAST}:1`,
        });
    }
  });
  return warnings;
}
