import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { resolveAsOf } from '../../src/lib/asOf';
import { agreement } from '../../src/lib/overlap';
import { uk } from '../../src/i18n/uk';
import { LANGS } from '../../src/i18n/languages';
import { loadBundled } from '../fixtures/load';
import { expectNoViolations, openPage } from './axe';
import { METHOD_TEXT } from './MethodSections';
import { longDate } from '../fixtures/dates';

/**
 * The methodology page inside the whole dashboard (header, tabs, footer), from its address, with the bundled dataset.
 * What needs a browser (sideways scrolling at phone widths, scrolling to a part, the real download, printing):
 * tests/e2e/method.spec.ts.
 */
const dataset = loadBundled();

const latest =
  dataset.positions
    .map((p) => p.date)
    .sort()
    .at(-1) ?? '';
const [A, B] = dataset.parties;
/** The agreement index of the first two parties on every issue as of the latest date, as the engine computes it. */
const engine = agreement(
  resolveAsOf(dataset.positions, latest),
  dataset.issues.map((i) => i.id),
  A?.id ?? '',
  B?.id ?? '',
);
const percent = (index: number | null) =>
  index === null ? 'n/a' : new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(index);
const main = () => screen.getByRole('main');
const headings = () =>
  within(main())
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);

describe('the methodology page', () => {
  for (const lang of LANGS)
    it(`renders in ${lang}: six parts in order, a table of contents, no filters or date; axe finds nothing`, async () => {
      await openPage(dataset, `?view=method&lang=${lang}`);
      await waitFor(() => expect(headings()).toEqual(METHOD_TEXT[lang]));
      expect(document.documentElement).toHaveAttribute('lang', lang);
      const toc = within(main()).getByRole('navigation');
      const links = within(toc).getAllByRole('link');
      expect(links.map((a) => a.textContent)).toEqual(METHOD_TEXT[lang]);
      // Each entry of the contents leads to its part.
      const corrections = within(main()).getByRole('heading', { level: 2, name: METHOD_TEXT[lang][3] });
      expect(links[3]).toHaveAttribute('href', '#method-corrections');
      expect(corrections).toHaveAttribute('id', 'method-corrections');
      // Every source and every correction of the dataset is listed.
      const items = (name: string) =>
        within(screen.getByRole('region', { name }))
          .getAllByRole('listitem')
          .filter((li) => li.parentElement?.classList.contains('method-list'));
      expect(items(METHOD_TEXT[lang][2] ?? '')).toHaveLength(dataset.sources.length);
      expect(
        within(screen.getByRole('region', { name: METHOD_TEXT[lang][3] }))
          .queryAllByRole('listitem')
          .filter((li) => li.parentElement?.classList.contains('method-list')),
      ).toHaveLength(dataset.corrections?.length ?? 0);
      // Every party of the dataset, by its name in the reader's language.
      const codebook = screen.getByRole('region', { name: METHOD_TEXT[lang][0] });
      const terms = [...codebook.querySelectorAll('.method-parties dt')].map((dt) => dt.textContent ?? '');
      for (const p of dataset.parties) {
        const name = lang === 'en' ? p.name : (p.translations?.[lang]?.name ?? p.name);
        expect(
          terms.filter((t) => t.includes(name)),
          name,
        ).toHaveLength(1);
      }
      // The date and the filters do not apply here; the view tabs stay, as a way back, none of them current.
      expect(screen.queryByRole('slider')).toBeNull();
      expect(document.querySelector('.filters')).toBeNull();
      expect(document.querySelector('.share-bar')).toBeNull();
      const tabs = within(screen.getAllByRole('navigation')[0] ?? document.body).getAllByRole('button');
      expect(tabs).toHaveLength(6);
      expect(tabs.filter((t) => t.getAttribute('aria-pressed') === 'true')).toHaveLength(0);
      // A box that scrolls can be scrolled from the keyboard: it takes focus and is named.
      const boxes = [...document.querySelectorAll('.method-scroll')];
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) {
        expect(box).toHaveAttribute('tabindex', '0');
        expect(box).toHaveAccessibleName(/.+/);
      }
      await expectNoViolations(lang);
    }, 60_000);

  // The page in each language is scanned above; here its embed (controls=1 adds nothing to it: the page has no date or
  // filters). Dark themes change colours only (a11y.test.tsx shows it); their contrast: tests/e2e/method.spec.ts.
  it('axe: the methodology page in an embed, with controls asked for and none shown', async () => {
    await openPage(dataset, '?view=method&embed=1&controls=1');
    await waitFor(() => expect(headings()).toHaveLength(6));
    expect(screen.queryByRole('slider')).toBeNull();
    await expectNoViolations('method embed');
  }, 60_000);

  it('the worked example is computed from the data and matches the agreement view', async () => {
    await openPage(dataset, '?view=method');
    const expected = percent(engine.index);
    expect(screen.getByTestId('method-result')).toHaveTextContent(
      `The agreement index of ${A?.name} and ${B?.name} is ${expected}.`,
    );
    expect(screen.getByTestId('method-arithmetic')).toHaveTextContent(`= ${expected}`);
    // One row per issue both addressed.
    const example = screen.getByRole('table', {
      name: new RegExp(`^${A?.name} and ${B?.name} as of ${longDate(latest)}`),
    });
    expect(
      within(example)
        .getAllByRole('row')
        .filter((r) => r.closest('tbody') !== null),
    ).toHaveLength(engine.comparable);
    // The link to the agreement view opens it in place, with no filter set, showing the same figure.
    await userEvent.click(screen.getByRole('link', { name: 'The Agreement view shows the same figure for the pair' }));
    expect(
      await screen.findAllByRole(
        'button',
        {
          name: new RegExp(`^${A?.shortName} – ${B?.shortName}: agreement index ${expected},`),
        },
        { timeout: 10_000 },
      ),
    ).toHaveLength(1);
  }, 60_000);

  it('with no contact address in the dataset, the page says so and invents none', async () => {
    expect(dataset.meta.contact).toBeUndefined();
    await openPage(dataset, '?view=method');
    const report = screen.getByRole('region', { name: 'Report an error' });
    expect(report).toHaveTextContent('This dataset names no contact address.');
    expect(within(report).queryAllByRole('link')).toHaveLength(0);
    expect(document.querySelectorAll('a[href^="mailto:"]')).toHaveLength(0);
  }, 60_000);

  it('the header link reaches the page by keyboard, and the page leads back', async () => {
    const { store } = await openPage(dataset, '?view=matrix&parties=ukraine,russia');
    const user = userEvent.setup();
    const header = screen.getByRole('banner');
    const methodLink = within(header).getByRole('link', { name: 'Methodology' });
    for (let i = 0; i < 80 && document.activeElement !== methodLink; i++) await user.tab();
    expect(methodLink).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(store.getState().url.view).toBe('method');
    expect(await screen.findByRole('heading', { level: 2, name: 'The codebook' })).toBeInTheDocument();
    // Focus moved to the new content, and the reader's choices wait for the way back.
    await waitFor(() => expect(main()).toHaveFocus());
    expect(store.getState().url.parties).toEqual(['ukraine', 'russia']);
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Methodology' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const back = screen.getByRole('link', { name: /Back to the dashboard/ });
    for (let i = 0; i < 80 && document.activeElement !== back; i++) await user.tab();
    expect(back).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(store.getState().url.view).toBe('compare');
    expect(await screen.findByRole('region', { name: 'Filters' })).toBeInTheDocument();
    expect(store.getState().url.parties).toEqual(['ukraine', 'russia']);
  }, 60_000);

  it('every embed’s footer links to the methodology page, in a new tab', async () => {
    await openPage(dataset, '?embed=1&view=agreement&lang=uk');
    // Its name says it opens a new tab. (jsdom joins the hidden note without the space a browser keeps.)
    const words = (text: string) => text.replace(/\s+/g, '');
    const link = within(screen.getByRole('contentinfo')).getByRole('link', {
      name: (name) => words(name) === words(`${uk.header.methodology} ${uk.header.newTab}`),
    });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    const href = new URL(link.getAttribute('href') ?? '', 'http://localhost/');
    expect(href.searchParams.get('view')).toBe('method');
    expect(href.searchParams.has('embed')).toBe(false);
    expect(href.searchParams.get('lang')).toBe('uk');
  }, 60_000);

  it('switching the language on the page rewrites it in the new language', async () => {
    await openPage(dataset, '?view=method');
    for (const lang of ['ru', 'uk', 'en'] as const) {
      await userEvent.selectOptions(within(screen.getByRole('banner')).getByRole('combobox'), lang);
      await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', lang));
      await waitFor(() => expect(headings()).toEqual(METHOD_TEXT[lang]));
    }
  }, 60_000);
});
