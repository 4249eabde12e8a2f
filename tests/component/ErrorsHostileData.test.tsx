import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { junkQueries } from '../fixtures/junkQueries';
import { readJson } from '../fixtures/load';
import { bootMain, serveBundled, serveJson, unmountMain } from './bootMain';

vi.mock('react-dom/client', async (original) =>
  (await import('./bootMain')).trackRoots(await original<typeof import('react-dom/client')>()),
);

// Moved from e2e/hostile.spec.ts: a dataset whose text fields carry HTML and script, loaded through ?data= by the real
// entry point (src/main.tsx) and shown in every view. Markup that reached the page as markup would be elements here.

const PAYLOAD = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
// shortName is left out: its 40-character limit is shorter than the payload.
const TEXT = new Set([
  'title',
  'description',
  'credit',
  'name',
  'role',
  'proposition',
  'quote',
  'summary',
  'conditions',
  'note',
  'outlet',
  'headline',
]);
const poison = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(poison);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, TEXT.has(k) && typeof v === 'string' ? `${v} ${PAYLOAD}` : poison(v)]),
    );
  return value;
};
const answer = serveJson(poison(readJson('four-parties.json')), '/poisoned.json');
const pwned = () => (window as unknown as { pwned?: number }).pwned;

afterEach(unmountMain);

describe('hostile dataset text', { timeout: 30_000 }, () => {
  it('HTML and script in every text field of a dataset render as inert text', async () => {
    for (const view of ['compare', 'table', 'matrix', 'agreement', 'timeline', 'distribution']) {
      await bootMain(`?view=${view}&data=poisoned.json`, { answer });
      expect(document.documentElement, view).toHaveAttribute('data-ready', 'true');
      expect(pwned(), view).toBeUndefined();
      expect(document.querySelectorAll('main img, main script'), view).toHaveLength(0);
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('<script>window.pwned=1</script>');
    }
    expect(document.querySelectorAll('img[src="x"], body script')).toHaveLength(0);

    await bootMain('?view=table&data=poisoned.json', { answer });
    await userEvent.click(screen.getAllByRole('button', { name: /^Show quote and source for / })[0]!);
    const quote = document.querySelector('.detail-row blockquote');
    expect(quote).toHaveTextContent('onerror="window.pwned=1"');
    expect(quote?.querySelector('img, script')).toBeNull();
    expect(pwned()).toBeUndefined();
  });
});

describe('malformed addresses', { timeout: 60_000 }, () => {
  it('a sample of the seeded junk queries each boot a usable dashboard or the clear error panel, with no error', async () => {
    const errors = vi.spyOn(console, 'error');
    // Every 20th of the 200 queries the unit test (tests/unit/property/hostileQueries.test.ts) runs through the boot steps.
    const sample = junkQueries(200).filter((_, i) => i % 20 === 0);
    for (const query of sample) {
      await bootMain(`?${query}`, { answer: serveBundled });
      // Either the dashboard or, for a refused data= URL, the clear error panel: never a blank page.
      expect(screen.getAllByRole('heading', { level: 1 }), query).toHaveLength(1);
    }
    expect(errors).not.toHaveBeenCalled();
  });
});
