import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/core/dates';
import { timeTicks } from '../../../src/lib/timeTicks';

const span = (from: string, to: string) => [dayNumber(from), dayNumber(to)] as const;
const labels = (from: string, to: string, locale = 'en-GB', max = 8) =>
  timeTicks(span(from, to), locale, max).map((t) => t.label);

describe('timeTicks', () => {
  it('gives a March–June span month ticks, the first with its year (year ticks alone would give none)', () => {
    expect(labels('2022-03-01', '2022-06-30')).toEqual(['Mar 2022', 'Apr', 'May', 'Jun']);
  });

  it('gives five years year ticks, and ten years every other year when the room allows only six', () => {
    expect(labels('2021-04-02', '2026-02-26')).toEqual(['2022', '2023', '2024', '2025', '2026']);
    expect(labels('2014-02-01', '2026-02-26', 'en-GB', 6)).toEqual(['2016', '2018', '2020', '2022', '2024', '2026']);
  });

  it('says the year again where a new year starts inside a month axis', () => {
    expect(labels('2021-10-15', '2022-05-01')).toEqual(['Nov 2021', 'Dec', 'Jan 2022', 'Feb', 'Mar', 'Apr', 'May']);
  });

  it('gives a few weeks day ticks on the 1st, 8th, 15th and 22nd, and a few days each day', () => {
    expect(labels('2022-03-01', '2022-03-31')).toEqual(['1 Mar 2022', '8 Mar', '15 Mar', '22 Mar']);
    expect(labels('2022-03-14', '2022-03-17')).toEqual(['14 Mar 2022', '15 Mar', '16 Mar', '17 Mar']);
  });

  it('never gives more ticks than the room, and names months in the reader’s language', () => {
    for (const max of [2, 3, 5, 8])
      expect(timeTicks(span('2021-04-02', '2026-02-26'), 'en-GB', max).length).toBeLessThanOrEqual(max);
    expect(labels('2022-03-01', '2022-06-30', 'uk-UA')[1]).toBe('квіт.');
    expect(labels('2022-03-01', '2022-06-30', 'ru-RU')[1]).toBe('апр.');
  });

  it('puts every tick inside the span, on the day its label names', () => {
    const [from, to] = span('2022-03-10', '2022-06-20');
    const ticks = timeTicks([from, to], 'en-GB');
    expect(ticks.map((t) => t.label)).toEqual(['15 Mar 2022', '1 Apr', '15 Apr', '1 May', '15 May', '1 Jun', '15 Jun']);
    const named = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
    for (const t of ticks) {
      expect(t.day).toBeGreaterThanOrEqual(from);
      expect(t.day).toBeLessThanOrEqual(to);
      expect(t.label.startsWith(named.format(new Date(t.day * 86_400_000)))).toBe(true);
    }
  });
});
