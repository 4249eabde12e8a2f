import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadBundled } from '../fixtures/load';
import { VIEWS as DASHBOARD_VIEWS, viewSpec } from '../../src/core/views';
import { expectNoViolations, openPage } from './axe';

/** The embeds (embed=1), with and without their controls; axe rules that need no layout. */
const bundled = loadBundled();
const VIEWS = DASHBOARD_VIEWS.filter((view) => viewSpec(view).tools !== null);
const scope = (view: string) => (view === 'table' ? '&from=2025-11-01' : '');
/** The embed's controls: the as-of slider and the compact filters, shown with controls=1 only. */
const controls = () => screen.queryByRole('slider');

describe('axe: every view embedded', () => {
  for (const view of VIEWS)
    it(`${view} view in embed mode with controls`, async () => {
      await openPage(bundled, `?view=${view}&embed=1&controls=1${scope(view)}`);
      expect(controls()).not.toBeNull();
      await expectNoViolations(`${view} embed`);
    }, 60_000);

  // Dark themes change colours only (a11y.test.tsx shows it); their contrast is checked in Chromium.
  for (const view of VIEWS)
    it(`${view} view in embed mode without controls`, async () => {
      const query = `?view=${view}&embed=1${scope(view)}`;
      await openPage(bundled, query);
      expect(controls()).toBeNull();
      expect(screen.queryByRole('navigation', { name: 'Views' })).toBeNull();
      await expectNoViolations(query);
    }, 60_000);
});

describe('axe: the embed’s detail card', () => {
  it('embed mode with the detail card open', async () => {
    await openPage(bundled, `?embed=1&view=matrix`);
    await userEvent.click(screen.getByRole('button', { name: /^Russia and NATO on Sanctions relief:/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Sanctions relief' });
    expect(within(dialog).getByRole('heading', { name: 'Sanctions relief' })).toBeInTheDocument();
    await expectNoViolations(`embed detail light`);
  }, 60_000);
});
