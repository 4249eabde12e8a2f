import { act, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../../src/lib/urlState';
import { useFilters } from '../../src/state/derived';
import { createDashboardStore, StoreContext } from '../../src/state/store';

describe('useFilters', () => {
  it('is the same object while no filter changes, and a new one with the change when one does', () => {
    const store = createDashboardStore({ ...DEFAULT_STATE, stances: ['supports'] });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
    );
    const { result } = renderHook(() => useFilters(), { wrapper });
    const first = result.current;
    expect(first.stances).toEqual(['supports']);
    // An as-of step, a grouping or a view change leaves the filters as they were: the views need not filter again.
    act(() => store.getState().setAsOf('2022-03-01'));
    act(() => store.getState().setGroup(true));
    expect(result.current).toBe(first);
    act(() => store.getState().setFilter('parties', ['ukraine']));
    expect(result.current).not.toBe(first);
    expect(result.current).toMatchObject({ parties: ['ukraine'], stances: ['supports'] });
  });

  it('gives each of two stores on one page its own filters', () => {
    // Two dashboards (or a test's two trees) each keep their own filters; a cache shared between them would hand
    // each the other's and never settle.
    const Stances = () => <p>{useFilters().stances.join(',')}</p>;
    const tree = (stances: ('supports' | 'opposes')[]) => (
      <StoreContext.Provider value={createDashboardStore({ ...DEFAULT_STATE, stances })}>
        <Stances />
      </StoreContext.Provider>
    );
    render(
      <>
        {tree(['supports'])}
        {tree(['opposes'])}
      </>,
    );
    expect(screen.getByText('supports')).toBeInTheDocument();
    expect(screen.getByText('opposes')).toBeInTheDocument();
  });
});
