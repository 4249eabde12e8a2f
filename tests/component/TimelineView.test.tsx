import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TimelineView } from '../../src/components/timeline/TimelineView';
import { loadFixture } from '../fixtures/load';
import { renderWith } from './render';

const ds = loadFixture('four-parties.json');

const markers = () => screen.getAllByRole('button', { name: /Show the source$/ });
/** The vertical position of a marker: smaller is higher on the chart. */
const markerY = (name: RegExp) => {
  const mark = screen.getByRole('button', { name });
  const shape = mark.querySelector('circle:last-child, rect, path');
  const cy = shape?.getAttribute('cy') ?? (shape?.getAttribute('y') !== null ? Number(shape?.getAttribute('y')) + Number(shape?.getAttribute('height')) / 2 : null);
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
