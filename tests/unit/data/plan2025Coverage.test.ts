import { describe, expect, it } from 'vitest';
import { resolveAsOf, stanceKey } from '../../../src/lib/asOf';
import { loadBundled } from '../../fixtures/load';

// Moved from tests/e2e/coverage2025.spec.ts: a check of the bundled data, no page needed.
const data = loadBundled();
const TERMS = ['military-limits', 'nato-membership', 'donbas-withdrawal', 'amnesty', 'ukraine-elections'];
const current = resolveAsOf(data.positions, '2025-11-23');
const standing = (party: string, issue: string) => current.get(stanceKey(party, issue)) ?? null;

describe('the 28-point plan in the bundled dataset', () => {
  it('the dataset holds the United States’ 28-point plan on each central term, and Ukraine’s and Russia’s answers', () => {
    for (const issue of TERMS) expect(standing('united-states', issue), issue).not.toBeNull();
    const answered = (party: string) => TERMS.filter((issue) => standing(party, issue) !== null).length;
    expect(answered('ukraine')).toBeGreaterThanOrEqual(4);
    expect(answered('russia')).toBeGreaterThanOrEqual(3);
  });
});
