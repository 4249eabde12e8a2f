import { resolveAsOf, stanceKey } from '../../src/lib/asOf';
import { bundled as data, expect, open, stanceCell, test } from './fixtures';

// The 28-point plan's central terms, as of the day after Geneva (23 November 2025), read from the bundled dataset:
// the grid must show each party's standing position on them, and each cell must open its source with its address.

const AS_OF = '2025-11-23';
const TERMS = ['military-limits', 'nato-membership', 'donbas-withdrawal', 'amnesty', 'ukraine-elections'];
const PARTIES = ['ukraine', 'russia', 'united-states', 'europe'];
const STANCE: Record<string, string> = { supports: 'Supports', conditional: 'Conditional', opposes: 'Opposes' };

const current = resolveAsOf(data.positions, AS_OF);
const standing = (party: string, issue: string) => current.get(stanceKey(party, issue)) ?? null;
const name = (id: string) => data.parties.find((p) => p.id === id)?.shortName ?? id;
const title = (id: string) => data.issues.find((i) => i.id === id)?.title ?? id;

test('the dataset holds the United States’ 28-point plan on each central term, and Ukraine’s and Russia’s answers', () => {
  for (const issue of TERMS) expect(standing('united-states', issue), issue).not.toBeNull();
  const answered = (party: string) => TERMS.filter((issue) => standing(party, issue) !== null).length;
  expect(answered('ukraine')).toBeGreaterThanOrEqual(4);
  expect(answered('russia')).toBeGreaterThanOrEqual(3);
});

test('as of 23 November 2025 the grid shows every party’s stance on the plan’s central terms, each opening its source', async ({
  page,
}) => {
  await open(page, `?asOf=${AS_OF}&parties=${PARTIES.join(',')}&issues=${TERMS.join(',')}`);
  for (const issue of TERMS) {
    for (const party of PARTIES) {
      const p = standing(party, issue);
      const cell = stanceCell(page, name(party), title(issue));
      await expect(cell).toHaveAccessibleName(new RegExp(`: ${p === null ? 'No stated position' : STANCE[p.stance]}`));
      if (p === null) continue;
      await cell.click();
      const dialog = page.getByRole('dialog', { name: title(issue) });
      const url = data.sources.find((s) => s.id === p.source)?.url ?? null;
      const citation = dialog.locator('article').first().locator('.citation');
      if (url === null) await expect(citation).toContainText('No link: URL not known');
      else await expect(citation.getByRole('link', { name: 'Read the report' })).toHaveAttribute('href', url);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  }
});
