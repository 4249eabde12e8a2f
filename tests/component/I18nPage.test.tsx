import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { latestDate } from '../../src/lib/datasetIndex';
import { formatterFor } from '../../src/lib/format';
import { ru } from '../../src/i18n/ru';
import { uk } from '../../src/i18n/uk';
import { readJson } from '../fixtures/load';
import { bootMain, bundledDataset as dataset, serveJson, unmountMain, waitForView } from './bootMain';

vi.mock('react-dom/client', async (original) =>
  (await import('./bootMain')).trackRoots(await original<typeof import('react-dom/client')>()),
);

const LATEST = latestDate(dataset.positions) ?? '';
const nato = dataset.issues.find((i) => i.id === 'nato-membership');
const html = () => document.documentElement;

afterEach(unmountMain);

describe('the interface language (moved from e2e/i18n.spec.ts)', { timeout: 30_000 }, () => {
  it('lang=uk: Ukrainian interface, dates, issue titles and html lang; quotes stay as printed', async () => {
    await bootMain('?view=matrix&lang=uk');
    expect(html()).toHaveAttribute('lang', 'uk');
    expect(screen.getByRole('button', { name: uk.views.matrix })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('as-of')).toHaveTextContent(formatterFor('uk').date(LATEST));
    const title = nato?.translations?.uk?.title ?? '';
    expect(title).not.toBe('');
    // The row header carries soft hyphens where the title may break (a screen reader does not voice them).
    const header = screen.getByRole('rowheader', { name: (name) => name.replaceAll('\u00ad', '') === title });
    expect(header.textContent).toContain('\u00ad');

    await userEvent.click(screen.getAllByRole('button', { name: new RegExp(title) })[0]!);
    const dialog = await screen.findByRole('dialog', { name: title });
    // The quote is the English original, marked as such, with a note in Ukrainian.
    // (from the issue, its history, or the mirror issues read together with it)
    const quote = dialog.querySelector('blockquote p[lang="en"]');
    expect(quote).not.toBeNull();
    const shownIssues = new Set(['nato-membership', ...(nato?.related ?? [])]);
    const original = dataset.positions.filter((p) => shownIssues.has(p.issue)).map((p) => `“${p.quote ?? ''}”`);
    expect(original).toContain(quote?.textContent);
    expect(within(dialog).getAllByText(uk.position.quoteIn(formatterFor('uk').languageName('en')))[0]).toBeVisible();
  });

  it('lang=ru: Russian interface and summary sentence', async () => {
    await bootMain('?view=distribution&lang=ru');
    expect(html()).toHaveAttribute('lang', 'ru');
    expect(screen.getByRole('heading', { name: ru.distribution.title })).toBeInTheDocument();
    const summaries = [...document.querySelectorAll('.chart-summary')].map((p) => p.textContent ?? '');
    expect(summaries.join(' ')).toContain(ru.summary.asOf(formatterFor('ru').date(LATEST)));
  });

  it('the browser’s language is used outside embeds, never inside them; lang= wins', async () => {
    const small = { languages: ['ru-RU', 'ru'], answer: serveJson(readJson('four-parties.json')) };
    await bootMain('', small);
    expect(html()).toHaveAttribute('lang', 'ru');
    await bootMain('?embed=1', small);
    expect(html()).toHaveAttribute('lang', 'en');
    await bootMain('?lang=uk', small);
    expect(html()).toHaveAttribute('lang', 'uk');
  });

  it('the language switch changes the interface and keeps lang= in the address', async () => {
    const page = await bootMain('?view=agreement');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'uk');
    await waitForView(uk.agreement.barsTitle);
    expect(html()).toHaveAttribute('lang', 'uk');
    await waitFor(() => expect(page.address().get('lang')).toBe('uk'));
    expect(page.address().get('view')).toBe('agreement');
  });

  it('an unknown lang= is ignored with a notice', async () => {
    await bootMain('?lang=de');
    expect(html()).toHaveAttribute('lang', 'en');
    const notice = screen.getAllByRole('status').find((s) => s.textContent?.includes('lang'));
    expect(notice).toHaveTextContent('ignored lang="de"');
  });

  it('a Ukrainian page says in Ukrainian what of its link it ignored', async () => {
    await bootMain('?lang=uk&view=pie&asOf=2022-02-30&utm_source=x');
    const notice = screen.getAllByRole('status').find((s) => s.textContent?.includes(uk.notices.heading));
    expect(notice).toHaveTextContent(
      'проігноровано view="pie": очікувалося одне з: compare, matrix, agreement, timeline, distribution, table, method',
    );
    expect(notice).toHaveTextContent('проігноровано asOf="2022-02-30": очікувалася дата у форматі РРРР-ММ-ДД');
    // Tracking tags are not the page's: nothing said of them. And no English line, marked or not.
    expect(notice?.textContent).not.toMatch(/utm_source|ignored|expected/);
    expect(notice?.querySelector('[lang="en"]')).toBeNull();
  });
});
