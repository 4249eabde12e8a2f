import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// An axe scan of the 34-issue compare grid takes 10–15 s on a shared two-core CI machine, and some tests scan twice.
test.describe.configure({ timeout: 90_000 });

const VIEWS = ['compare', 'matrix', 'agreement', 'timeline', 'distribution', 'table'] as const;
// The positions table repeats one row structure for each of the bundled dataset's ~400 positions, and axe takes about
// a minute over all of them on a shared two-core machine: its scans look at the rows stated since November 2025, every
// kind of cell and mark included. The whole table is checked for overflow and printing elsewhere.
const scope = (view: string) => (view === 'table' ? '&from=2025-11-01' : '');

/** WCAG 2.5.3 Label in Name: axe ships it as experimental (off by default), so it is switched on here. */
const LABEL_IN_NAME = 'label-content-name-mismatch';

async function expectNoViolations(page: Page, label: string) {
  // options() first: it replaces the run options, and withTags() then adds the tags to them.
  const { violations, passes, inapplicable, incomplete } = await new AxeBuilder({ page })
    .options({ rules: { [LABEL_IN_NAME]: { enabled: true } } })
    .withTags(TAGS)
    .analyze();
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact ?? ''}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary, label).toEqual([]);
  // Every rule that ran, whatever it found (incomplete: needs a human, e.g. an icon-only button's aria-label).
  return [...passes, ...inapplicable, ...incomplete].map((p) => p.id);
}

for (const lang of ['en', 'uk', 'ru'])
  test(`axe: every control’s name contains its visible text (label in name), ${lang}`, async ({ page }) => {
    await open(page, `?lang=${lang}&asOf=2022-03-29`);
    const ran = await expectNoViolations(page, `compare ${lang}`);
    // It ran. The cells have no aria-label to check: their names are built from what they show (VerdictCell.tsx).
    expect(ran, 'the rule ran').toContain(LABEL_IN_NAME);
  });

for (const theme of ['light', 'dark'] as const)
  for (const view of VIEWS)
    test(`axe: ${view} view, ${theme} theme`, async ({ page }) => {
      await open(page, `?view=${view}&theme=${theme}${scope(view)}`);
      await expectNoViolations(page, `${view} ${theme}`);
    });

for (const view of VIEWS)
  test(`axe: ${view} view in embed mode with controls`, async ({ page }) => {
    await open(page, `?view=${view}&embed=1&controls=1${scope(view)}`);
    await expectNoViolations(page, `${view} embed`);
  });

for (const view of VIEWS)
  test(`axe: ${view} view in embed mode, dark theme, without and with controls`, async ({ page }) => {
    for (const query of [
      `?view=${view}&embed=1&theme=dark${scope(view)}`,
      `?view=${view}&embed=1&theme=dark&controls=1${scope(view)}`,
    ]) {
      await open(page, query);
      await expect(page.locator('.embed-controls')).toHaveCount(query.includes('controls=1') ? 1 : 0);
      await expectNoViolations(page, query);
    }
  });

test('axe: embed mode with the detail card open, light and dark', async ({ page }) => {
  for (const theme of ['light', 'dark']) {
    await open(page, `?embed=1&view=matrix&theme=${theme}`);
    await page.getByRole('button', { name: /^Russia and NATO on Sanctions relief:/ }).click();
    await expect(page.getByRole('dialog', { name: 'Sanctions relief' })).toBeVisible();
    await expectNoViolations(page, `embed detail ${theme}`);
  }
});

/** A mark in each chart view, and the heading of the detail panel it opens. */
const MARKS = [
  { view: 'timeline&issues=nato-membership', mark: /^Ukraine, 6 April 2021:/, detail: 'NATO membership' },
  { view: 'agreement', mark: /^Ukraine – NATO: agreement index/, detail: 'Ukraine and NATO' },
  { view: 'distribution', mark: /^NATO membership: 1 of 3 parties oppose/, detail: 'NATO membership' },
];

for (const { view, mark, detail } of MARKS)
  test(`axe: detail panel opened from a mark in the ${view.split('&')[0] ?? view} view, light and dark`, async ({
    page,
  }) => {
    // Measured at rest: chart entry animations start marks at zero size.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const theme of ['light', 'dark']) {
      await open(page, `?view=${view}&theme=${theme}`);
      await page.getByRole('button', { name: mark }).first().click();
      await expect(page.getByRole('dialog', { name: detail })).toBeVisible();
      await expectNoViolations(page, `${view} detail ${theme}`);
    }
  });

test('axe: detail panel open, light and dark', async ({ page }) => {
  for (const theme of ['light', 'dark']) {
    await open(page, `?view=matrix&theme=${theme}`);
    await page.getByRole('button', { name: /^Ukraine and Russia on NATO membership:/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoViolations(page, `detail ${theme}`);
  }
});

test('axe: download and embed dialogs', async ({ page }) => {
  await open(page, '?view=agreement');
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  await expect(page.getByRole('button', { name: /Download PNG/ })).toBeVisible();
  await expectNoViolations(page, 'download dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  await expectNoViolations(page, 'embed dialog');
});

for (const lang of ['uk', 'ru'] as const)
  test(`axe: ${lang} interface`, async ({ page }) => {
    await open(page, `?view=matrix&lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expectNoViolations(page, lang);
  });
