import { expect, it, vi } from 'vitest';
import { downloadOf } from '../../fixtures/download';

// A deploy that removed the checker's hashed chunk, or a connection lost as it downloads: the import fails, and a
// browser keeps the failed module, so only a reload can fetch it again.
vi.mock('../../../src/data/checkDataset', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

it('a checker that did not download ends the load with a message to reload, not an endless loading line', async () => {
  const { loadDataset } = await import('../../../src/data/load');
  const result = await loadDataset('/data/other.json', downloadOf([new TextEncoder().encode('{}')]));
  expect(result).toEqual({
    ok: false,
    title: 'The data could not be checked',
    problems: [{ path: '', message: 'The part of the dashboard that checks other.json did not download. Reload the page to try again.' }],
    retry: false,
  });
});
