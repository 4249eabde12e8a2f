import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartFrame } from '../../src/components/charts/ChartFrame';
import { en } from '../../src/i18n/en';
import { loadFixture } from '../fixtures/load';
import { renderWith } from './render';

const ds = loadFixture('four-parties.json');

let broken = true;
function Chart(): React.ReactElement {
  if (broken) throw new Error('chart exploded');
  return <svg aria-label="the chart" />;
}

describe('a chart that throws', () => {
  beforeEach(() => {
    broken = true;
    // React logs caught errors; the app reports them through createRoot's callbacks instead.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('is contained: a message and "try again" instead of the chart, the frame around it intact', async () => {
    renderWith(
      <ChartFrame title="Trade over time" summary="As of 1 January 2024, nothing." table={<table />} text={en.charts}>
        {() => <Chart />}
      </ChartFrame>,
      ds,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Could not show Trade over time. The rest of the page still works.',
    );
    expect(screen.getByRole('heading', { name: 'Trade over time' })).toBeInTheDocument();
    expect(screen.getByText('Show the data as a table')).toBeInTheDocument();

    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('the chart')).toBeInTheDocument();
  });
});
