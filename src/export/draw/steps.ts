import type { Draw } from './drawn';
import { legend, type LegendEntry } from './legend';
import { fitLines, line, text, textBlock } from './primitives';
import { levelOffset } from '../../lib/timeline';

export interface StepsPicture {
  /** The stance levels, bottom (no stated position) to top (supports), as the page's y axis names them. */
  levels: readonly string[];
  series: readonly {
    label: string;
    color: string;
    dash: string;
    /** `level` null: no stated position, drawn as a gap in the party's line, never on or between levels. */
    points: readonly { day: number; level: number | null; statement: boolean }[];
  }[];
  domain: readonly [number, number];
  /** The axis's ticks when it has room for at most `max`. */
  ticks: (max: number) => readonly { day: number; label: string }[];
}

/**
 * Each party's stance on one issue as a step line over time, a dot at each statement: the timeline view redrawn from
 * its data. The lines of parties on the same level sit a little apart, each named in the legend with its dash.
 */
export const drawSteps: Draw<StepsPicture> = (steps, width, maxHeight, pen, pal) => {
  const { base } = pen;
  const pad = base * 0.5;
  const levelWidth = Math.min(Math.max(...steps.levels.map((l) => pen.measure(l, base, 400))) + pad, width * 0.3);
  const levels = steps.levels.map((l) => fitLines(l, levelWidth - pad, base, 400, pen, 2));
  const x0 = levelWidth + pad;
  const plot = width - x0 - pad;
  if (plot < base * 8) return { tooWide: true };
  const entries: LegendEntry[] = steps.series.map((s) => ({ label: s.label, line: { color: s.color, dash: s.dash } }));
  const key = legend(entries, new Set(), width, pen, pal);
  const axis = base * 2;
  const least = Math.max(base * 1.6, ...levels.map((l) => l.lines.length * base * 1.3 + pad));
  // A fixed format gives the levels the room it has, up to four times the least that reads.
  const fill = maxHeight === null ? base * 3.2 : (maxHeight - axis - key.gap - key.height) / steps.levels.length;
  const gap = Math.max(least, Math.min(fill, least * 4));
  const plotHeight = gap * steps.levels.length;
  const height = plotHeight + axis + key.gap + key.height;
  if (maxHeight !== null && height > maxHeight) return { shown: 0, total: 1, markup: '', width, height: 0 };
  const [from, to] = steps.domain;
  const xOf = (day: number) => x0 + ((day - from) / Math.max(1, to - from)) * plot;
  const yOf = (level: number) => plotHeight - gap * (level + 0.5);
  const parts: string[] = [];
  levels.forEach((l, i) => {
    const y = yOf(i);
    parts.push(line(x0, y, x0 + plot, y, pal.rule));
    parts.push(
      textBlock(
        0,
        y - (l.lines.length * base * 1.25) / 2,
        l.lines,
        { size: base, fill: pal.inkMuted },
        levelWidth - pad,
      ),
    );
  });
  parts.push(line(x0, plotHeight, x0 + plot, plotHeight, pal.inkMuted));
  for (const t of steps.ticks(Math.max(2, Math.floor(plot / (base * 6))))) {
    const x = xOf(t.day);
    parts.push(line(x, plotHeight, x, plotHeight + base * 0.3, pal.inkMuted));
    const w = pen.measure(t.label, base, 400);
    parts.push(
      text(
        Math.min(Math.max(x, x0 + w / 2), x0 + plot - w / 2),
        plotHeight + base * 1.45,
        t.label,
        { size: base, fill: pal.inkMuted, anchor: 'middle' },
        w + 1,
      ),
    );
  }
  const n = steps.series.length;
  steps.series.forEach((s, i) => {
    const dy = -levelOffset(i, n) * gap;
    const d = s.points
      .map((p, j) => {
        const x = xOf(p.day).toFixed(1);
        const prev = s.points[j - 1]?.level ?? null;
        // A stance runs to the day it lapses; no stated position is a gap; a stance after a gap starts afresh.
        if (p.level === null) return prev === null ? '' : `H${x}`;
        const y = (yOf(p.level) + dy).toFixed(1);
        if (prev === null) return `M${x} ${y}`;
        return `H${x}${prev !== p.level ? `V${y}` : ''}`;
      })
      .join('');
    const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
    parts.push(
      `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="${Math.max(2, base * 0.16).toFixed(1)}"${dash}/>`,
    );
    for (const p of s.points)
      if (p.statement && p.level !== null)
        parts.push(
          `<circle cx="${xOf(p.day).toFixed(1)}" cy="${(yOf(p.level) + dy).toFixed(1)}" r="${(base * 0.3).toFixed(1)}" fill="${s.color}" stroke="${pal.paper}" stroke-width="1.5"/>`,
        );
  });
  parts.push(`<g transform="translate(0 ${(plotHeight + axis + key.gap).toFixed(1)})">${key.markup}</g>`);
  return { markup: parts.join(''), width, height, shown: 1, total: 1 };
};
