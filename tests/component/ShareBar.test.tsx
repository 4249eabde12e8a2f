import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ShareBar } from '../../src/components/share/ShareBar';
import { MAX_LIST_ITEMS, MAX_QUERY_LENGTH } from '../../src/lib/urlState';
import { loadFixture } from '../fixtures/load';
import { renderWith } from './render';

const ds = loadFixture('four-parties.json');
const ids = (n: number) => Array.from({ length: n }, (_, i) => `issue-${i}`);

describe('the share bar says when a link cannot carry the whole state', () => {
  it('names the over-long selection and the search, with what the link keeps', () => {
    renderWith(<ShareBar />, ds, { issues: ids(MAX_LIST_ITEMS + 12), q: 'x'.repeat(MAX_QUERY_LENGTH + 5) });
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent(
      `Issues: links to this view keep the first ${MAX_LIST_ITEMS} of the ${MAX_LIST_ITEMS + 12} selected`,
    );
    expect(note).toHaveTextContent(
      `Search: links to this view keep the first ${MAX_QUERY_LENGTH} of its ${MAX_QUERY_LENGTH + 5} characters`,
    );
  });

  it('stays silent when the link holds everything', () => {
    renderWith(<ShareBar />, ds, { issues: ids(MAX_LIST_ITEMS), q: 'x'.repeat(MAX_QUERY_LENGTH) });
    expect(screen.queryByRole('note')).toBeNull();
  });
});
