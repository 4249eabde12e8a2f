import { render, screen, waitFor, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { parseUrl } from '../../src/lib/urlState';
import { createDashboardStore, StoreContext } from '../../src/state/store';

it('a load that fails in a way no load result names still ends the loading line with a message and a retry', async () => {
  const { state, notices } = parseUrl('');
  const store = createDashboardStore(state, notices, 'en');
  render(
    <StoreContext.Provider value={store}>
      <App load={() => Promise.reject(new Error('the body stream was already read'))} />
    </StoreContext.Provider>,
  );
  const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
  expect(within(alert).getByRole('heading')).toHaveTextContent('The data could not be loaded');
  expect(alert).toHaveTextContent('the body stream was already read');
  expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  // Marked for screenshot tools and tests once the failure is drawn (an effect after it).
  await waitFor(() => expect(document.documentElement).toHaveAttribute('data-error', 'true'));
});
