import { describe, expect, it } from 'vitest';
import { keptWithLang, readAddress } from '../../../src/lib/address';

const PAGE = 'https://news.example/graphics/dashboard/';
const read = (search: string, browser: string[] = [], origins: string[] = []) =>
  readAddress(search, `${PAGE}${search}`, browser, origins);

describe('reading the address once at boot', () => {
  it('gives the state, the presentation, the language and the kept parameters from one query', () => {
    const a = read('?view=matrix&embed=1&theme=dark&lang=uk&parties=ua,ru');
    expect(a.state.view).toBe('matrix');
    expect(a.state.parties).toEqual(['ua', 'ru']);
    expect(a.presentation.embed).toBe(true);
    expect(a.lang).toBe('uk');
    expect(a.langInAddress).toBe(true);
    expect(a.kept).toEqual({ embed: '1', theme: 'dark' });
    expect(a.data).toBeNull();
    expect(a.notices).toEqual([]);
  });

  it('an unknown lang= is a notice and is not kept; the browser language then decides outside embeds only', () => {
    const page = read('?lang=zz', ['ru-RU']);
    expect(page.lang).toBe('ru');
    expect(page.langInAddress).toBe(false);
    expect(page.notices.map((n) => n.param)).toEqual(['lang']);
    expect(read('?lang=zz&embed=1', ['ru-RU']).lang).toBe('en');
  });

  it('checks a data= address against the allowlist', () => {
    expect(read('?data=https://other.example/d.json').data).toMatchObject({ ok: false });
    expect(read('?data=https://data.example/d.json', [], ['https://data.example']).data).toEqual({
      ok: true,
      url: 'https://data.example/d.json',
    });
  });

  it('keeps lang= beside the state only once the address or the reader named a language', () => {
    expect(keptWithLang({ theme: 'dark' }, 'ru', false)).toEqual({ theme: 'dark' });
    expect(keptWithLang({ theme: 'dark' }, 'ru', true)).toEqual({ theme: 'dark', lang: 'ru' });
  });
});
