import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadBundled } from '../fixtures/load';
import { expectNoViolations, openPage } from './axe';

/** The embeds (embed=1), with and without their controls, light and dark; axe rules that need no layout. */
const bundled = loadBundled();
const VIEWS = ['compare', 'matrix', 'agreement', 'timeline', 'distribution', 'table'] as const;
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

  for (const view of VIEWS)
    it(`${view} view in embed mode, dark theme, without and with controls`, async () => {
      for (const query of [
        `?view=${view}&embed=1&theme=dark${scope(view)}`,
        `?view=${view}&embed=1&theme=dark&controls=1${scope(view)}`,
      ]) {
        const { unmount } = await openPage(bundled, query);
        expect(controls() !== null, query).toBe(query.includes('controls=1'));
        expect(screen.queryByRole('navigation', { name: 'Views' })).toBeNull();
        await expectNoViolations(query);
        unmount();
      }
    }, 60_000);
});

describe('axe: the embed’s detail card', () => {
  it('embed mode with the detail card open, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const { unmount } = await openPage(bundled, `?embed=1&view=matrix&theme=${theme}`);
      await userEvent.click(screen.getByRole('button', { name: /^Russia and NATO on Sanctions relief:/ }));
      const dialog = await screen.findByRole('dialog', { name: 'Sanctions relief' });
      expect(within(dialog).getByRole('heading', { name: 'Sanctions relief' })).toBeInTheDocument();
      await expectNoViolations(`embed detail ${theme}`);
      unmount();
    }
  }, 60_000);
});
