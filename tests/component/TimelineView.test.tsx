import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TimelineView } from '../../src/components/timeline/TimelineView';
import { MARKER_TARGET, markerReach, targetLeft } from '../../src/components/timeline/markers';
import { loadFixture } from '../fixtures/load';
import { renderWith } from './render';

const ds = loadFixture('four-parties.json');

const markers = () => screen.getAllByRole('button', { name: /Show the source$/ });
/** The vertical position of a marker: smaller is higher on the chart. */
const markerY = (name: RegExp) => {
  const mark = screen.getByRole('button', { name });
  const shape = mark.querySelector('.marker-shape');
  const cy =
    shape?.getAttribute('cy') ??
    (shape?.getAttribute('y') !== null
      ? Number(shape?.getAttribute('y')) + Number(shape?.getAttribute('height')) / 2
      : null);
  if (cy === null || cy === undefined) throw new Error('marker has no position');
  return Number(cy);
};

describe('Timeline with four parties', () => {
  it('follows the issue chosen by issues= and marks each statement up to the as-of date', () => {
    renderWith(<TimelineView />, ds, { issues: ['trade'], asOf: '2023-12-31' });
    expect(screen.getByRole('combobox', { name: 'Issue' })).toHaveValue('trade');
    // Trade: alpha on 10 Jan (reported) and 1 Jun; beta and gamma on 1 Feb. Delta never spoke.
    expect(markers().map((m) => m.getAttribute('aria-label'))).toEqual([
      'Alpha, 10 January 2023: Opposes (reported). Show the source',
      'Alpha, 1 June 2023: Conditional. Show the source',
      'Beta, 1 February 2023: Supports. Show the source',
      'Gamma, 1 February 2023: Supports. Show the source',
    ]);
  });

  it('draws one step line per party, stepping up as a stance moves towards support', () => {
    const { container } = renderWith(<TimelineView />, ds, { issues: ['trade'], asOf: '2023-12-31' });
    const stanceChart = container.querySelector('figure.chart');
    expect(stanceChart?.querySelectorAll('.recharts-line-curve')).toHaveLength(4);
    expect(markerY(/^Alpha, 1 June 2023: Conditional/)).toBeLessThan(markerY(/^Alpha, 10 January 2023: Opposes/));
    expect(markerY(/^Beta, 1 February 2023: Supports/)).toBeLessThan(markerY(/^Alpha, 1 June 2023: Conditional/));
  });

  it('shows nothing said after the as-of date', () => {
    renderWith(<TimelineView />, ds, { issues: ['trade'], asOf: '2023-03-01' });
    expect(markers()).toHaveLength(3);
    expect(screen.queryByRole('button', { name: /1 June 2023/ })).toBeNull();
  });

  it('defaults to the issue with the most positions', () => {
    renderWith(<TimelineView />, ds);
    expect(screen.getByRole('combobox', { name: 'Issue' })).toHaveValue('trade');
  });

  it('gives every marker an invisible target of at least 24 × 24 px, centred on it where its neighbours leave room', () => {
    renderWith(<TimelineView />, ds, { issues: ['trade'], asOf: '2023-12-31' });
    const num = (el: Element, name: string) => Number(el.getAttribute(name));
    let checked = 0;
    for (const mark of markers()) {
      const target = mark.querySelector('rect.marker-target');
      const shape = mark.querySelector('.marker-shape');
      if (target === null || shape === null)
        throw new Error(`${mark.getAttribute('aria-label') ?? ''}: no target or no shape`);
      expect(target).toHaveAttribute('fill', 'transparent');
      expect(num(target, 'width')).toBeGreaterThanOrEqual(24);
      expect(num(target, 'height')).toBeGreaterThanOrEqual(24);
      // Circles and squares give their centre directly (the fixture's first two parties).
      const centre =
        shape.tagName === 'circle'
          ? { x: num(shape, 'cx'), y: num(shape, 'cy') }
          : shape.tagName === 'rect'
            ? { x: num(shape, 'x') + num(shape, 'width') / 2, y: num(shape, 'y') + num(shape, 'height') / 2 }
            : null;
      if (centre === null) continue;
      // The fixture's markers are weeks apart at this width: room enough to centre every target.
      expect(num(target, 'x') + num(target, 'width') / 2).toBeCloseTo(centre.x);
      expect(num(target, 'y') + num(target, 'height') / 2).toBeCloseTo(centre.y);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('slides a marker’s target away from a close neighbour or the plot’s edge instead of covering it', () => {
    const T = MARKER_TARGET;
    // Alone, or with room: centred.
    expect(targetLeft(100)).toBe(100 - T / 2);
    expect(targetLeft(100, { prev: 50, next: 150, reach: 7, left: 0, right: 300 })).toBe(100 - T / 2);
    // A neighbour 10 px to the right: the target ends at the midpoint, 5 px right of the marker…
    expect(targetLeft(100, { prev: 40, next: 110 })).toBe(105 - T);
    // …and the neighbour's starts there: the two targets meet without overlapping.
    expect(targetLeft(110, { prev: 100, next: 200 })).toBe(105);
    // Markers 4 px apart overlap where they are drawn: each target also keeps clear of the other's shape (reach 7), so
    // the earlier one's ends 7 px before the later marker and the later one's starts 7 px after the earlier marker.
    expect(targetLeft(100, { prev: 40, next: 104, reach: 7 })).toBe(97 - T);
    expect(targetLeft(104, { prev: 100, next: 200, reach: 7 })).toBe(107);
    // The plot clips its marks: a marker at its edge keeps its target inside.
    expect(targetLeft(92, { left: 90 })).toBe(90);
    expect(targetLeft(298, { right: 300 })).toBe(300 - T);
    // No room either side: centred in the room there is, overlapping (the data table holds an equivalent button)…
    expect(targetLeft(100, { prev: 95, next: 105 })).toBe(100 - T / 2);
    // …but never cut off by the plot's edge: a first marker by the edge, its neighbour 4 px on.
    expect(targetLeft(95, { next: 99, reach: 7, left: 90 })).toBe(90);
    expect(markerReach(5.5)).toBeCloseTo(7.35);
  });

  it('shows a marker’s quote on focus and hides it on Escape', () => {
    renderWith(<TimelineView />, ds, { issues: ['borders'] });
    const mark = screen.getByRole('button', { name: /^Alpha, 10 January 2023: Supports/ });
    fireEvent.focus(mark);
    expect(screen.getByRole('tooltip')).toHaveTextContent('“Our borders must be restored.”');
    fireEvent.keyDown(mark, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('opens the statement behind a marker', async () => {
    const { store } = renderWith(<TimelineView />, ds, { issues: ['borders'] });
    await userEvent.click(screen.getByRole('button', { name: /^Beta, 12 January 2023: Opposes/ }));
    expect(store.getState().selection).toEqual({ kind: 'position', id: 'b-borders-1' });
  });

  it('summarises each party’s path in one sentence', () => {
    renderWith(<TimelineView />, ds, { issues: ['trade'], asOf: '2023-12-31' });
    expect(screen.getByRole('figure', { name: 'Trade: each party’s stance over time' })).toHaveAccessibleDescription(
      'As of 31 December 2023, on Trade: Alpha went from opposition (10 Jan 2023) to conditional support (1 Jun 2023); Beta supports throughout (first stated 1 Feb 2023); Gamma supports throughout (first stated 1 Feb 2023); Delta has no stated position.',
    );
  });

  it('plots every pair’s agreement over time, one line per pair', () => {
    const { container } = renderWith(<TimelineView />, ds, { asOf: '2023-12-31' });
    const chart = container.querySelectorAll('figure.chart')[1];
    expect(chart?.querySelectorAll('.recharts-line-curve')).toHaveLength(6);
  });
});
