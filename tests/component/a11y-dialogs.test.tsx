import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadBundled } from '../fixtures/load';
import { expectNoViolations, openPage } from './axe';

/**
 * The detail panel and the share dialogs, open; axe rules that need no layout. Dark themes change colours only
 * (a11y.test.tsx shows it); their contrast: tests/e2e/a11y.spec.ts, which opens these in both themes.
 */
const bundled = loadBundled();

/** A mark in each chart view, and the heading of the detail panel it opens. */
const MARKS = [
  { view: 'timeline&issues=nato-membership', mark: /^Ukraine, 6 April 2021:/, detail: 'NATO membership' },
  { view: 'agreement', mark: /^Ukraine – NATO: agreement index/, detail: 'Ukraine and NATO' },
  { view: 'distribution', mark: /^NATO membership: 1 of 3 parties oppose/, detail: 'NATO membership' },
];

describe('axe: the detail panel', () => {
  for (const { view, mark, detail } of MARKS)
    it(`detail panel opened from a mark in the ${view.split('&')[0] ?? view} view`, async () => {
      await openPage(bundled, `?view=${view}`);
      const [first] = screen.getAllByRole('button', { name: mark });
      if (first === undefined) throw new Error(`no mark ${String(mark)}`);
      await userEvent.click(first);
      await screen.findByRole('dialog', { name: detail });
      await expectNoViolations(`${view} detail`);
    }, 60_000);

  it('detail panel open', async () => {
    await openPage(bundled, '?view=matrix');
    await userEvent.click(screen.getByRole('button', { name: /^Ukraine and Russia on NATO membership:/ }));
    await screen.findByRole('dialog', { name: 'NATO membership' });
    await expectNoViolations('detail');
  }, 60_000);
});

describe('axe: the share dialogs', () => {
  it('download and embed dialogs', async () => {
    await openPage(bundled, '?view=agreement');
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    // The panel's code arrives on demand.
    await screen.findByRole('button', { name: /Download PNG/ }, { timeout: 10_000 });
    await expectNoViolations('download dialog');
    // Closed by its own button (Esc is the browser's part of a native dialog: tests/e2e/keyboard.spec.ts).
    const download = screen.getByRole('dialog');
    await userEvent.click(within(download).getByRole('button', { name: /^Close/ }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Embed' }));
    expect(screen.getByRole('dialog')).not.toBe(download);
    await expectNoViolations('embed dialog');
  }, 60_000);
});
